use engin::{app, provide};

struct Config;
struct Client;

#[provide]
fn config() -> Config {
    Config
}

#[provide]
fn client(config: Config) -> Client {
    let _ = config;
    Client
}

#[app(config, client)]
struct App;

fn main() {}
