use engin::{block, provide};

struct Config;
struct ConfigBlock;

#[block(includes = [crate::Other])]
impl ConfigBlock {
    #[provide]
    fn config() -> Config {
        Config
    }
}

fn main() {}
