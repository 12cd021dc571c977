use engin::provide;

struct Config;

#[provide(name = "config", name = "settings")]
fn config() -> Config {
    Config
}

fn main() {}
