// engin's Redis block reads `RedisConfig` from `REDIS_*`, and the
// application provides its own as well.
use engin::config::ConfigError;
use engin::redis::{Redis, RedisBlock, RedisConfig};

#[engin::provide]
fn valkey_settings() -> Result<RedisConfig, ConfigError> {
    RedisConfig::from_env()
}

#[engin::invoke]
fn greet(_redis: &Redis) {}

#[engin::app(RedisBlock, valkey_settings, greet)]
struct App;

fn main() {}
