#[derive(Clone)]
pub struct Config;

pub struct ConfigBlock;

#[engin::block]
impl ConfigBlock {
    #[engin::provide]
    #[engin::decorate]
    fn config() -> Config {
        Config
    }
}

fn main() {}
