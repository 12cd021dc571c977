//! The Lilya "lifespan" page, ported: a database connected when the
//! application starts and disconnected when it stops, around an HTTP server
//! whose routes use it. `cargo run --example lifespan --features axum`, then
//! `curl 127.0.0.1:8000/`, `curl 127.0.0.1:8000/ready`, and Ctrl-C.
//!
//! Python (Lilya):
//!
//! ```python
//! @asynccontextmanager
//! async def lifespan(app):
//!     await database.connect()
//!     yield
//!     await database.disconnect()
//!
//! app = Lilya(routes=[Path("/", home)], lifespan=lifespan)
//! ```
//!
//! Here the database's hooks do the same, the server starts once the
//! database has, and at shutdown the requests in flight finish before the
//! database disconnects. Settings (environment):
//!
//! - `ADDR`: where to listen (default `127.0.0.1:8000`)
//! - `DRAIN_TIMEOUT_MS`: how long requests in flight have at shutdown (default 10000)
//! - `SHUTDOWN_DELAY_MS`: how long to keep accepting, not ready, once shutdown begins (default 0)
//! - `WARMUP_MS`: a cache warm-up that the routes do not use, started alongside (default none)
//! - `HEADER_READ_TIMEOUT_MS`, `MAX_CONNECTIONS`, `REQUEST_TIMEOUT_MS`: the
//!   limits against slow and hostile clients (defaults 10000, 1024, none)

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use engin::config::{ConfigError, Settings};
use engin::http::axum::extract::{RawQuery, State};
use engin::http::axum::http::StatusCode;
use engin::http::axum::routing::get;
use engin::http::axum::{Json, Router};
use engin::http::{HttpConfig, HttpServerBlock};
use engin::{app, provide, Lifecycle};

/// Prints and flushes one line, so a parent process sees it at once.
fn say(line: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

/// A database-like resource: connected at start, disconnected at stop.
#[derive(Clone, Default)]
struct Database {
    connected: Arc<AtomicBool>,
}

impl Database {
    async fn connect(&self) -> Result<(), engin::BoxError> {
        tokio::time::sleep(Duration::from_millis(20)).await;
        self.connected.store(true, Ordering::Release);
        say("database connected");
        Ok(())
    }

    async fn disconnect(&self) -> Result<(), engin::BoxError> {
        self.connected.store(false, Ordering::Release);
        say("database disconnected");
        Ok(())
    }

    fn is_connected(&self) -> bool {
        self.connected.load(Ordering::Acquire)
    }
}

#[provide]
fn database(lifecycle: &Lifecycle) -> Database {
    let db = Database::default();
    let (up, down) = (db.clone(), db.clone());
    lifecycle.on_start_stop(
        "database",
        move || async move { up.connect().await },
        move || async move { down.disconnect().await },
    );
    db
}

/// `GET /`: answers from the database.
async fn home(State(db): State<Database>) -> (StatusCode, Json<serde_json::Value>) {
    if db.is_connected() {
        (
            StatusCode::OK,
            Json(serde_json::json!({ "database": "connected" })),
        )
    } else {
        // Never seen: the server runs only while the database is connected.
        let body = serde_json::json!({ "database": "disconnected" });
        (StatusCode::INTERNAL_SERVER_ERROR, Json(body))
    }
}

/// `GET /slow?ms=N`: takes N milliseconds (default 1000).
async fn slow(State(db): State<Database>, RawQuery(query): RawQuery) -> (StatusCode, &'static str) {
    let ms = query
        .as_deref()
        .and_then(|q| q.strip_prefix("ms="))
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    say("slow request started");
    tokio::time::sleep(Duration::from_millis(ms)).await;
    say("slow request done");
    if db.is_connected() {
        (StatusCode::OK, "done")
    } else {
        (StatusCode::INTERNAL_SERVER_ERROR, "the database went away")
    }
}

/// The routes use the database: it starts before the server, and stops
/// after the server has drained.
#[provide]
fn routes(db: &Database) -> Router {
    Router::new()
        .route("/", get(home))
        .route("/slow", get(slow))
        .with_state(db.clone())
}

/// `ADDR`, `DRAIN_TIMEOUT_MS`, `SHUTDOWN_DELAY_MS` and the client limits.
#[provide]
fn http_config() -> Result<HttpConfig, ConfigError> {
    Settings::from_env("")
        .only(&[
            "addr",
            "drain_timeout_ms",
            "shutdown_delay_ms",
            "header_read_timeout_ms",
            "max_connections",
            "request_timeout_ms",
        ])
        .load()
}

/// A start hook the routes do not use: it runs alongside the others, and
/// the server is not ready until it is done.
#[derive(Clone)]
struct Cache;

#[provide]
fn cache(lifecycle: &Lifecycle) -> Cache {
    if let Some(ms) = std::env::var("WARMUP_MS").ok().and_then(|v| v.parse().ok()) {
        lifecycle.on_start("cache warm-up", move || async move {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            say("warm-up done");
            Ok(())
        });
    }
    Cache
}

#[app(HttpServerBlock, http_config, routes, database, cache)]
struct Lifespan;

#[tokio::main]
async fn main() -> engin::Exit {
    engin::logging::init();
    Lifespan::run().await
}
