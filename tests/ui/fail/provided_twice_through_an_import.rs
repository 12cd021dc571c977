// The same type from two providers that write it differently: rustc finds
// that the two names are one type.
mod settings {
    #[derive(Clone)]
    pub struct Config;
}

mod a {
    use crate::settings::Config;

    #[engin::provide]
    pub fn config() -> Config {
        Config
    }
}

#[engin::provide]
fn config_from_env() -> settings::Config {
    settings::Config
}

#[engin::app(a::config, config_from_env)]
struct App;

fn main() {}
