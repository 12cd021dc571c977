#[derive(Clone)]
pub struct Config;

#[engin::provide]
fn config() -> Config {
    Config
}

#[engin::app(config)]
struct App;

#[engin::provide]
fn other_config() -> Config {
    Config
}

#[engin::app(extends = App, replace(settings => other_config))]
struct TestApp;

fn main() {}
