//! A ready-made Redis block (feature `redis`): typed settings from the
//! environment (through [`config`](crate::config)) and a connection checked
//! with `PING` at start and closed at stop.
//!
//! Commands go through [`driver`], the `redis` crate this block is built
//! with, so an application needs no `redis` dependency of its own (nor has
//! to match its version and features).
//!
//! ```no_run
//! use engin::redis::driver::AsyncCommands;
//! use engin::redis::{Redis, RedisBlock};
//! use engin::{BoxError, Lifecycle};
//!
//! #[engin::invoke]
//! fn greeter(redis: &Redis, lifecycle: &Lifecycle) {
//!     let redis = redis.clone();
//!     // The connection exists once the lifecycle has started.
//!     lifecycle.add_task("greeter", move |_cancel| async move {
//!         let mut conn = redis.connection()?;
//!         conn.set::<_, _, ()>("greeting", "hello").await?;
//!         let greeting: String = conn.get("greeting").await?;
//!         println!("{greeting}");
//!         Ok::<(), BoxError>(())
//!     });
//! }
//!
//! #[engin::app(RedisBlock, greeter)]
//! struct App;
//! ```
//!
//! [`RedisBlock`] reads its settings from `REDIS_*`:
//!
//! | variable | default | meaning |
//! |---|---|---|
//! | `REDIS_URL` | `redis://127.0.0.1:6379` | server address (`redis://`, `rediss://`, `unix://`); its password is never logged |
//! | `REDIS_CONNECT_TIMEOUT_MS` | `5000` | limit on connecting and the start-up `PING` |
//! | `REDIS_RESPONSE_TIMEOUT_MS` | `5000` | limit on each command's reply |
//! | `REDIS_READINESS` | `false` | whether a failing `PING` health check makes the application not ready |
//! | `REDIS_HEALTH_INTERVAL_MS` | `5000` | time between health checks |
//! | `REDIS_HEALTH_TIMEOUT_MS` | `1000` | limit on each health check |
//!
//! The block registers a health check, `redis`: a `PING` every interval.
//! While it fails, the health report shows `redis` failing and every
//! component that uses it degraded; liveness never depends on it.
//!
//! For another prefix or a settings file, use [`RedisClientBlock`] and
//! provide the [`RedisConfig`] yourself, in one line:
//!
//! ```
//! use engin::config::{ConfigError, Settings};
//! use engin::redis::{RedisClientBlock, RedisConfig};
//!
//! #[engin::provide] // VALKEY_URL, VALKEY_CONNECT_TIMEOUT_MS, ...
//! fn valkey_settings() -> Result<RedisConfig, ConfigError> {
//!     Settings::from_env("VALKEY_").load()
//! }
//!
//! #[engin::app(RedisClientBlock, valkey_settings)]
//! struct App;
//! # fn main() {}
//! ```

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use engin_core::{BoxError, CheckKind, Lifecycle};
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use serde::Deserialize;

use crate::config::{ConfigError, SecretUrl, Settings};

/// The [`redis`](https://docs.rs/redis) crate engin's Redis block is built
/// with (version 1, features `tokio-comp`, `connection-manager`, `streams`).
#[doc(no_inline)]
pub use ::redis as driver;

/// Settings of the Redis connection: `url`, `connect_timeout_ms` and
/// `response_timeout_ms`, read with [`Settings`] under a prefix of your
/// choice ([`RedisConfig::from_env`]: `REDIS_`).
///
/// ```
/// use engin::redis::RedisConfig;
/// let config = RedisConfig::default();
/// assert_eq!(config.url.expose(), "redis://127.0.0.1:6379");
/// assert_eq!(config.connect_timeout, std::time::Duration::from_secs(5));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct RedisConfig {
    /// The server's URL; checked when read.
    #[serde(deserialize_with = "redis_url")]
    pub url: SecretUrl,
    /// Limit on connecting and on the `PING` at start (`connect_timeout_ms`).
    #[serde(rename = "connect_timeout_ms", with = "crate::config::millis")]
    pub connect_timeout: Duration,
    /// Limit on each command's reply (`response_timeout_ms`).
    #[serde(rename = "response_timeout_ms", with = "crate::config::millis")]
    pub response_timeout: Duration,
    /// Whether the `PING` health check failing makes the application not
    /// ready (`readiness`, default `false`: it is reported, and the
    /// components that use Redis show as degraded, but `/ready` stays 200;
    /// every replica going unready at once over a shared Redis would turn
    /// failing requests into no service at all).
    pub readiness: bool,
    /// Time between health checks (`health_interval_ms`, 5000).
    #[serde(rename = "health_interval_ms", with = "crate::config::millis")]
    pub health_interval: Duration,
    /// Limit on each health check (`health_timeout_ms`, 1000).
    #[serde(rename = "health_timeout_ms", with = "crate::config::millis")]
    pub health_timeout: Duration,
}

impl Default for RedisConfig {
    fn default() -> Self {
        RedisConfig {
            url: SecretUrl::new("redis://127.0.0.1:6379"),
            connect_timeout: Duration::from_secs(5),
            response_timeout: Duration::from_secs(5),
            readiness: false,
            health_interval: engin_core::health::CHECK_INTERVAL,
            health_timeout: engin_core::health::CHECK_TIMEOUT,
        }
    }
}

/// A URL the `redis` crate accepts.
fn redis_url<'de, D: serde::Deserializer<'de>>(d: D) -> Result<SecretUrl, D::Error> {
    let url = String::deserialize(d)?;
    match redis::Client::open(url.as_str()) {
        Ok(_) => Ok(SecretUrl::new(url)),
        Err(e) => Err(serde::de::Error::custom(format!("not a Redis URL: {e}"))),
    }
}

impl RedisConfig {
    /// Reads the settings from `REDIS_URL`, `REDIS_CONNECT_TIMEOUT_MS`,
    /// `REDIS_RESPONSE_TIMEOUT_MS`, `REDIS_READINESS`,
    /// `REDIS_HEALTH_INTERVAL_MS` and `REDIS_HEALTH_TIMEOUT_MS`.
    pub fn from_env() -> Result<Self, ConfigError> {
        Settings::from_env("REDIS_").load()
    }
}

/// An error of the Redis block, naming the setting or the address at fault.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RedisError {
    /// A setting could not be parsed.
    #[error("invalid {name} `{value}`: {reason}")]
    InvalidSetting {
        /// The setting.
        name: &'static str,
        /// Its value.
        value: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The server did not answer in time or refused the connection.
    #[error("cannot reach Redis at {address} within {timeout:?}: {reason}")]
    Unreachable {
        /// The server's address.
        address: String,
        /// The connect timeout.
        timeout: Duration,
        /// What happened.
        reason: String,
    },
    /// The connection is not open: the application has not started, or has stopped.
    #[error("the Redis connection is not open (the application is not running)")]
    NotConnected,
}

/// A handle on the Redis connection, cheap to clone.
///
/// The connection is opened by the block's start hook and closed by its
/// stop hook; [`Redis::connection`] fails outside that window. The
/// connection reconnects by itself when the server comes back.
#[derive(Clone, Debug)]
pub struct Redis {
    client: redis::Client,
    address: String,
    connection: Arc<Mutex<Option<ConnectionManager>>>,
}

impl Redis {
    /// A connection for issuing commands (a clone of the shared multiplexed one).
    pub fn connection(&self) -> Result<ConnectionManager, RedisError> {
        self.connection
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
            .ok_or(RedisError::NotConnected)
    }

    /// The server's address, as shown in errors.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// The underlying client, for connections of other kinds (pub/sub).
    pub fn client(&self) -> &redis::Client {
        &self.client
    }
}

/// The Redis block: provides [`RedisConfig`] (from `REDIS_*`) and, through
/// [`RedisClientBlock`], [`Redis`].
#[derive(Debug)]
pub struct RedisBlock;

#[crate::block(include = [crate::redis::RedisClientBlock])]
impl RedisBlock {
    /// Reads [`RedisConfig`] from `REDIS_*`.
    #[crate::provide(name = "redis config")]
    pub fn config() -> Result<RedisConfig, ConfigError> {
        RedisConfig::from_env()
    }
}

/// Provides [`Redis`] (connected and `PING`ed at start, closed at stop)
/// from the [`RedisConfig`] the application provides.
#[derive(Debug)]
pub struct RedisClientBlock;

#[crate::block]
impl RedisClientBlock {
    /// Builds the [`Redis`] handle and registers its start and stop.
    #[crate::provide(name = "redis")]
    pub fn redis(config: &RedisConfig, lifecycle: &Lifecycle) -> Result<Redis, RedisError> {
        let client =
            redis::Client::open(config.url.expose()).map_err(|e| RedisError::InvalidSetting {
                name: "url",
                value: config.url.to_string(),
                reason: e.to_string(),
            })?;
        let address = client.get_connection_info().addr().to_string();
        let handle = Redis {
            client: client.clone(),
            address: address.clone(),
            connection: Arc::default(),
        };
        let (opened, closed) = (handle.connection.clone(), handle.connection.clone());
        let config = config.clone();
        let pinged = handle.clone();
        lifecycle
            .health_check("redis")
            .kind(if config.readiness {
                CheckKind::Readiness
            } else {
                CheckKind::Report
            })
            .interval(config.health_interval)
            .timeout(config.health_timeout)
            .check(move || {
                let redis = pinged.clone();
                async move {
                    let mut conn = redis.connection()?;
                    redis::cmd("PING").query_async::<String>(&mut conn).await?;
                    Ok::<(), BoxError>(())
                }
            });
        lifecycle.on_start_stop(
            "redis",
            move || async move {
                let began = Instant::now();
                let manager_config = ConnectionManagerConfig::new()
                    .set_connection_timeout(Some(config.connect_timeout))
                    .set_response_timeout(Some(config.response_timeout))
                    .set_number_of_retries(1);
                let unreachable = |reason: String| RedisError::Unreachable {
                    address: address.clone(),
                    timeout: config.connect_timeout,
                    reason,
                };
                let connect = async {
                    let mut manager = ConnectionManager::new_with_config(client, manager_config).await?;
                    redis::cmd("PING").query_async::<String>(&mut manager).await?;
                    Ok::<_, redis::RedisError>(manager)
                };
                let manager = match tokio::time::timeout(config.connect_timeout, connect).await {
                    Ok(Ok(m)) => m,
                    Ok(Err(e)) => return Err(unreachable(e.to_string()).into()),
                    Err(_) => return Err(unreachable("timed out".into()).into()),
                };
                tracing::info!(target: "engin::redis", %address, elapsed = ?began.elapsed(), "connected");
                *opened.lock().unwrap_or_else(|e| e.into_inner()) = Some(manager);
                Ok(())
            },
            move || async move {
                // Dropping the last handle closes the connection; commands in
                // flight keep their own clone until they finish.
                let manager = closed.lock().unwrap_or_else(|e| e.into_inner()).take();
                drop(manager);
                tracing::info!(target: "engin::redis", "closed");
                Ok(())
            },
        );
        Ok(handle)
    }
}
