// The same type from two blocks, a file's and the environment's.
use engin::{app, block, provide};

#[derive(Clone)]
pub struct Config;

pub struct FileConfigBlock;

#[block]
impl FileConfigBlock {
    #[provide]
    fn from_file() -> Config {
        Config
    }
}

pub struct EnvConfigBlock;

#[block]
impl EnvConfigBlock {
    #[provide]
    fn from_env() -> Config {
        Config
    }
}

#[engin::invoke]
fn show(_config: &Config) {}

#[app(FileConfigBlock, EnvConfigBlock, show)]
struct App;

fn main() {}
