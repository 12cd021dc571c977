//! The tutorial's application (docs/tutorial.md), whole: settings from the
//! environment, a Valkey/Redis connection that closes at stop, a publisher
//! built from it, and a producer run as a supervised task.
//!
//! ```text
//! redis-server --port 6379 --save '' &
//! VALKEY_URL=redis://127.0.0.1:6379 cargo run --example tutorial --features redis
//! ```
//!
//! Settings (environment): `VALKEY_URL`, `VALKEY_CONNECT_TIMEOUT_MS`,
//! `VALKEY_RESPONSE_TIMEOUT_MS`; `APP_CHANNEL` (the stream, default
//! `events`) and `APP_INTERVAL_MS` (between two messages, default 1000).

use std::time::Duration;

use engin::config::{ConfigError, Settings};
use engin::redis::{driver, Redis, RedisConfig};
use engin::{BoxError, Lifecycle};
use serde::Deserialize;

/// Step 1: Settings: the application's own, from `APP_*`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct AppConfig {
    /// The stream the messages go to.
    pub channel: String,
    /// The pause between two messages.
    pub interval_ms: u64,
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            channel: "events".into(),
            interval_ms: 1000,
        }
    }
}

#[engin::provide]
fn app_config() -> Result<AppConfig, ConfigError> {
    Settings::from_env("APP_").load()
}

/// Step 2: The client: engin's Redis client block, with its settings from
/// `VALKEY_*`. It connects at start and closes at stop.
pub struct ValkeyBlock;

#[engin::block(include = [engin::redis::RedisClientBlock])]
impl ValkeyBlock {
    /// `VALKEY_URL`, `VALKEY_CONNECT_TIMEOUT_MS`, `VALKEY_RESPONSE_TIMEOUT_MS`.
    #[engin::provide(name = "valkey config")]
    pub fn config() -> Result<RedisConfig, ConfigError> {
        Settings::from_env("VALKEY_").load()
    }
}

/// Step 3: The publisher, built from the client.
#[derive(Clone)]
pub struct Publisher {
    redis: Redis,
    channel: String,
}

impl Publisher {
    /// Adds `message` to the stream.
    pub async fn publish(&self, message: &str) -> Result<(), BoxError> {
        let mut conn = self.redis.connection()?;
        driver::cmd("XADD")
            .arg(&self.channel)
            .arg("*")
            .arg("message")
            .arg(message)
            .query_async::<String>(&mut conn)
            .await?;
        Ok(())
    }
}

#[engin::provide]
fn publisher(redis: &Redis, config: &AppConfig) -> Publisher {
    Publisher {
        redis: redis.clone(),
        channel: config.channel.clone(),
    }
}

/// Step 4: The producer: a supervised task, stopped before the connection closes.
#[engin::invoke]
fn produce(publisher: &Publisher, config: &AppConfig, lifecycle: &Lifecycle) {
    let publisher = publisher.clone();
    let interval = Duration::from_millis(config.interval_ms);
    lifecycle.add_task("producer", move |cancel| async move {
        let mut n = 0u64;
        loop {
            publisher.publish(&format!("hello {n}")).await?;
            n += 1;
            tokio::select! {
                _ = tokio::time::sleep(interval) => {}
                _ = cancel.cancelled() => return Ok(()),
            }
        }
    });
}

/// Step 5: The application.
#[engin::app(ValkeyBlock, app_config, publisher, produce)]
struct App;

#[tokio::main]
async fn main() -> engin::Exit {
    engin::logging::init();
    App::run().await
}
