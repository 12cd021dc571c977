use engin::{app, provide};

#[derive(Clone)]
struct Config;

#[provide]
fn config() -> Config {
    Config
}

#[provide]
fn config_from_env() -> Config {
    Config
}

#[app(config, config_from_env)]
struct App;

fn main() {}
