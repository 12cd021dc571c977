#[derive(Clone)]
pub struct Config;

#[engin::provide]
fn config() -> Config {
    Config
}

#[engin::app(config)]
struct App;

#[engin::app(extends = "App")]
struct TestApp;

fn main() {}
