#[derive(Clone)]
pub struct Config;

#[engin::provide]
fn config() -> Config {
    Config
}

#[engin::invoke]
fn check(_config: &Box<Config>) {}

#[engin::app(config, check)]
struct App;

fn main() {}
