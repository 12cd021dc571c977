use engin::{app, provide};

struct Config;
struct Publisher;
struct Client;

#[provide]
fn config(publisher: &Publisher) -> Config {
    let _ = publisher;
    Config
}

#[provide]
fn publisher(client: &Client) -> Publisher {
    let _ = client;
    Publisher
}

#[provide]
fn client(config: &Config) -> Client {
    let _ = config;
    Client
}

#[app(config, publisher, client)]
struct App;

fn main() {}
