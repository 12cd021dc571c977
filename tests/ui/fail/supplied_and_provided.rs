#[derive(Clone)]
pub struct Config;

#[engin::provide]
fn config() -> Config {
    Config
}

#[engin::app(config, supply(config: Config))]
struct App;

fn main() {}
