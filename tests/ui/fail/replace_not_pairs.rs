#[derive(Clone)]
pub struct Config;

#[engin::provide]
fn config() -> Config {
    Config
}

#[engin::app(config)]
struct App;

#[engin::app(extends = App, replace = config)]
struct TestApp;

fn main() {}
