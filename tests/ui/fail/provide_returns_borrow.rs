#[derive(Clone)]
pub struct Config {
    pub url: String,
}

#[engin::provide]
fn config() -> Config {
    Config { url: "redis://".into() }
}

#[engin::provide]
fn url(config: &Config) -> &str {
    &config.url
}

fn main() {}
