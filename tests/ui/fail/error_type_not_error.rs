use engin::{app, provide};

struct Config;

#[provide]
fn config() -> Result<Config, u32> {
    Ok(Config)
}

#[app(config)]
struct App;

fn main() {}
