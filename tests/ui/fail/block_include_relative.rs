use engin::{block, provide};

#[derive(Clone)]
struct Config;
struct Client;

struct ConfigBlock;

#[block]
impl ConfigBlock {
    #[provide]
    fn config() -> Config {
        Config
    }
}

struct ClientBlock;

#[block(include = [ConfigBlock])]
impl ClientBlock {
    #[provide]
    fn client(_config: &Config) -> Client {
        Client
    }
}

fn main() {}
