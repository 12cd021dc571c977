use engin::{app, provide};

struct Config;
struct Metrics;
struct Client;

#[provide]
fn client(config: &Config, metrics: &Metrics) -> Client {
    let _ = (config, metrics);
    Client
}

#[app(client)]
struct App;

fn main() {}
