//! Distinct types that share a name never collide: rustc tells them apart,
//! whether each side writes a full path, an import or an alias.

use std::sync::Arc;

mod redisish {
    #[derive(Clone)]
    pub struct Client(pub &'static str);
}

mod httpish {
    #[derive(Clone)]
    pub struct Client(pub &'static str);
}

mod config_a {
    #[derive(Clone)]
    pub struct Config(pub u8);

    #[engin::provide]
    pub fn config() -> Config {
        Config(1)
    }
}

mod config_b {
    #[derive(Clone)]
    pub struct Config(pub u16);

    #[engin::provide]
    pub fn config() -> Config {
        Config(2)
    }
}

/// A user type named like one of engin's.
mod jobs {
    #[derive(Clone)]
    pub struct Lifecycle(pub &'static str);
}

#[engin::provide]
fn redis_client() -> redisish::Client {
    redisish::Client("redis")
}

#[engin::provide]
fn http_client() -> httpish::Client {
    httpish::Client("http")
}

#[engin::provide]
fn job_lifecycle() -> jobs::Lifecycle {
    jobs::Lifecycle("nightly")
}

#[engin::provide]
fn shared() -> std::sync::Arc<config_a::Config> {
    Arc::new(config_a::Config(3))
}

#[engin::provide]
fn senders() -> tokio::sync::mpsc::Sender<u8> {
    tokio::sync::mpsc::channel(1).0
}

#[engin::provide]
fn broadcaster() -> tokio::sync::broadcast::Sender<u8> {
    tokio::sync::broadcast::channel(1).0
}

mod consumers {
    // Imported names on the consumer's side, full paths on the providers'.
    use crate::httpish::Client;
    use crate::jobs::Lifecycle;
    use std::sync::Arc;
    use tokio::sync::mpsc::Sender;

    #[engin::invoke]
    pub fn use_all(
        http: &Client,
        redis: crate::redisish::Client,
        a: &crate::config_a::Config,
        b: &crate::config_b::Config,
        jobs: &Lifecycle,
        lifecycle: &engin::Lifecycle,
        shared: &Arc<crate::config_a::Config>,
        tx: &Sender<u8>,
        broadcast: &tokio::sync::broadcast::Sender<u8>,
    ) {
        assert_eq!((http.0, redis.0), ("http", "redis"));
        assert_eq!((a.0, b.0, shared.0), (1, 2, 3));
        assert_eq!(jobs.0, "nightly");
        assert!(lifecycle.is_empty());
        assert_eq!(tx.capacity(), 1);
        assert_eq!(broadcast.receiver_count(), 0);
    }
}

#[engin::app(
    redis_client,
    http_client,
    config_a::config,
    config_b::config,
    job_lifecycle,
    shared,
    senders,
    broadcaster,
    consumers::use_all
)]
struct App;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let exit = App::start().await.expect("starts").stop().await;
    assert!(exit.is_success(), "{exit}");
}
