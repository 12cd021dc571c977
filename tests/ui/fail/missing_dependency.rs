use engin::{app, provide};

struct Config;
struct Client;

#[provide]
fn client(config: &Config) -> Client {
    let _ = config;
    Client
}

#[app(client)]
struct App;

fn main() {}
