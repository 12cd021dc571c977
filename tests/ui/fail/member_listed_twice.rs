use engin::{app, provide};

struct Config;

#[provide]
fn config() -> Config {
    Config
}

#[app(config, config)]
struct App;

fn main() {}
