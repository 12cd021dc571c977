#[derive(Clone)]
pub struct Config;

#[derive(Clone)]
pub struct Pool;

pub struct DbBlock;

#[engin::block]
impl DbBlock {
    #[engin::provide]
    fn config() -> Config {
        Config
    }

    #[engin::provide]
    fn pool(_config: &Config) -> Pool {
        Pool
    }
}

#[engin::app(DbBlock)]
struct App;

// Provides a `Pool`, but no `Config`.
pub struct MemoryBlock;

#[engin::block]
impl MemoryBlock {
    #[engin::provide]
    fn pool() -> Pool {
        Pool
    }
}

#[engin::app(extends = App, replace(DbBlock => MemoryBlock))]
struct TestApp;

fn main() {}
