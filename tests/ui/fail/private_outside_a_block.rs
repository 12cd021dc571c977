#[derive(Clone)]
pub struct Config;

#[engin::provide(private)]
fn config() -> Config {
    Config
}

fn main() {}
