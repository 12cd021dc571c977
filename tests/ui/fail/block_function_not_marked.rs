#[derive(Clone)]
pub struct Config;

#[derive(Clone)]
pub struct Client;

pub struct ClientBlock;

#[engin::block]
impl ClientBlock {
    // Forgot `#[provide]`.
    pub fn config() -> Result<Config, std::io::Error> {
        Ok(Config)
    }

    #[engin::provide]
    pub fn client(_config: &Config) -> Client {
        Client
    }
}

#[engin::app(ClientBlock)]
struct App;

fn main() {}
