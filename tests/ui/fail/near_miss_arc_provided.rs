use std::sync::Arc;

#[derive(Clone)]
pub struct Config;

#[engin::provide]
fn config() -> Arc<Config> {
    Arc::new(Config)
}

#[engin::invoke]
fn check(_config: &Config) {}

#[engin::app(config, check)]
struct App;

fn main() {}
