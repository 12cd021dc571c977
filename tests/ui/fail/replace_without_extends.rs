#[derive(Clone)]
pub struct Config;

#[engin::provide]
fn config() -> Config {
    Config
}

#[engin::provide]
fn other_config() -> Config {
    Config
}

#[engin::app(other_config, replace(config => other_config))]
struct App;

fn main() {}
