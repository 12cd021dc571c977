use engin::{app, provide};

struct Config;

#[provide]
fn config() -> Config {
    Config
}

#[app(config, timeout = "5s")]
struct App;

fn main() {}
