//! Health that follows the dependency graph: an HTTP service that publishes
//! messages to a Redis stream, with readiness, liveness and start-up probes.
//!
//! ```text
//! redis-server --port 6379 &
//! cargo run --example health --features axum,redis
//! curl -X POST 127.0.0.1:8000/publish -d hello
//! curl 127.0.0.1:8000/ready           # 200, every component healthy
//! kill -STOP $(pidof redis-server)    # pause Redis
//! curl 127.0.0.1:8000/ready           # 503 within 1 s + 5 s: `redis` failing,
//!                                     # `routes` degraded: depends on `redis`
//! curl 127.0.0.1:8000/live            # 200: a dependency never fails liveness
//! kill -CONT $(pidof redis-server)    # 200 again at the next check
//! ```
//!
//! engin's Redis block registers a `PING` health check. By default it only
//! reports a failure; this service cannot publish without Redis, so it
//! makes the check count for readiness (`REDIS_READINESS=false` reports it
//! only). Settings (environment): `ADDR` (default `127.0.0.1:8000`),
//! `REDIS_URL` and the other `REDIS_*` settings of [`engin::redis`].

use engin::config::{ConfigError, Settings};
use engin::http::axum::extract::State;
use engin::http::axum::http::StatusCode;
use engin::http::axum::routing::{get, post};
use engin::http::axum::Router;
use engin::http::{HttpConfig, HttpServer, HttpServerBlock};
use engin::redis::driver::AsyncCommands;
use engin::redis::{Redis, RedisClientBlock, RedisConfig};
use engin::{app, invoke, provide, Lifecycle};

/// Prints and flushes one line, so a parent process sees it at once.
fn say(line: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

/// `REDIS_*`, with the health check counting for readiness unless
/// `REDIS_READINESS` says otherwise.
#[provide(name = "redis settings")]
fn redis_settings() -> Result<RedisConfig, ConfigError> {
    let config: RedisConfig = Settings::from_env("REDIS_").load()?;
    let readiness = std::env::var_os("REDIS_READINESS").is_none() || config.readiness;
    Ok(RedisConfig {
        readiness,
        ..config
    })
}

/// `ADDR` and the other settings at their defaults.
#[provide(name = "http settings")]
fn http_settings() -> Result<HttpConfig, ConfigError> {
    Settings::from_env("").only(&["addr"]).load()
}

/// `POST /publish`: adds the body to the `engin:health` stream.
async fn publish(State(redis): State<Redis>, body: String) -> (StatusCode, String) {
    let added = async {
        let mut conn = redis.connection()?;
        let id: String = conn.xadd("engin:health", "*", &[("message", body)]).await?;
        Ok::<_, engin::BoxError>(id)
    };
    match added.await {
        Ok(id) => (StatusCode::OK, id),
        Err(e) => (StatusCode::SERVICE_UNAVAILABLE, e.to_string()),
    }
}

/// The routes use Redis, so the report shows them degraded while Redis
/// fails. `GET /status` shows the same report: the routes read health from
/// the lifecycle, without depending on the server.
#[provide]
fn routes(redis: &Redis, lifecycle: &Lifecycle) -> Router {
    let health = lifecycle.health();
    Router::new()
        .route("/publish", post(publish))
        .with_state(redis.clone())
        .route(
            "/status",
            get(move || async move { health.report().to_json() }),
        )
}

/// Says when the service is up (after every start hook, before `/ready`
/// answers 200) and when it goes (after `/ready` answers 503, before the
/// server drains): where a service registers with discovery and leaves it.
#[invoke]
fn announce(server: &HttpServer, lifecycle: &Lifecycle) {
    let server = server.clone();
    lifecycle.on_started("announce", move || async move {
        let addr = server.local_addr().expect("listening");
        say(&format!("serving on {addr}"));
        Ok(())
    });
    lifecycle.on_stopping("deregister", || async {
        say("deregistered");
        Ok(())
    });
}

#[app(
    HttpServerBlock,
    http_settings,
    RedisClientBlock,
    redis_settings,
    routes,
    announce
)]
struct HealthService;

#[tokio::main]
async fn main() -> engin::Exit {
    engin::logging::init();
    HealthService::run().await
}
