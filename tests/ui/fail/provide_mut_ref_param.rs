use engin::provide;

struct Config;
struct Client;

#[provide]
fn client(config: &mut Config) -> Client {
    let _ = config;
    Client
}

fn main() {}
