use engin::provide;

struct Config;

#[provide(nmae = "config")]
fn config() -> Config {
    Config
}

fn main() {}
