use engin::{app, provide};

struct Config;

#[provide]
fn config() -> Config {
    Config
}

#[app(config)]
struct App {
    name: String,
}

fn main() {}
