use engin::{app, block, provide};

#[derive(Clone)]
pub struct Config;

pub struct SettingsBlock;

#[block]
impl SettingsBlock {
    #[provide]
    fn config() -> Config {
        Config
    }

    #[provide]
    fn config_from_env() -> Config {
        Config
    }
}

#[app(SettingsBlock)]
struct App;

fn main() {}
