mod settings {
    #[derive(Clone)]
    pub struct Config;

    // Not visible outside `settings`.
    #[engin::provide]
    fn config() -> Config {
        Config
    }
}

#[engin::invoke]
fn check(_config: &settings::Config) {}

#[engin::app(settings::config, check)]
struct App;

fn main() {}
