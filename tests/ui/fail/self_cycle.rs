#[derive(Clone)]
pub struct Config;

#[engin::provide]
fn config(previous: &Config) -> Config {
    previous.clone()
}

#[engin::app(config)]
struct App;

fn main() {}
