//! A long-running service used to show (and test) shutdown by signal.
//!
//! `cargo run --example service`, then press Ctrl-C: the worker task is
//! cancelled, then the hooks stop in reverse order. Settings come from the
//! environment:
//!
//! - `SERVICE_SLOW_STOP_MS`: how long the database's stop hook takes (default 0)
//! - `SERVICE_FAIL_AFTER_MS`: make the worker task fail after this many ms
//! - `SERVICE_STOP_TIMEOUT_MS`: the per-hook stop limit (default 15000)

mod support;

use std::time::Duration;

use engin::{app, provide, BoxError, Lifecycle, Options};

fn env_ms(name: &str) -> Option<Duration> {
    std::env::var(name).ok().map(|v| {
        Duration::from_millis(
            v.parse()
                .unwrap_or_else(|_| panic!("{name} must be a number of milliseconds")),
        )
    })
}

/// Prints and flushes one line, so a parent process sees it at once.
fn say(line: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

#[derive(Clone)]
struct Database;

#[provide]
fn database(lifecycle: &Lifecycle) -> Database {
    let slow = env_ms("SERVICE_SLOW_STOP_MS").unwrap_or_default();
    lifecycle.on_start_stop(
        "database",
        || async {
            say("start database");
            Ok(())
        },
        move || async move {
            say("stopping database");
            tokio::time::sleep(slow).await;
            say("stop database");
            Ok(())
        },
    );
    Database
}

#[derive(Clone)]
struct Cache;

#[provide]
fn cache(_db: &Database, lifecycle: &Lifecycle) -> Cache {
    lifecycle.on_start_stop(
        "cache",
        || async {
            say("start cache");
            Ok(())
        },
        || async {
            say("stop cache");
            Ok(())
        },
    );
    Cache
}

#[derive(Clone)]
struct Worker;

#[provide]
fn worker(_cache: &Cache, _db: &Database, lifecycle: &Lifecycle) -> Worker {
    let fail_after = env_ms("SERVICE_FAIL_AFTER_MS");
    lifecycle.add_task("worker", move |cancel| async move {
        say("ready");
        match fail_after {
            Some(after) => {
                tokio::select! {
                    _ = tokio::time::sleep(after) => Err::<(), BoxError>("worker lost its upstream".into()),
                    _ = cancel.cancelled() => Ok(()),
                }
            }
            None => {
                cancel.cancelled().await;
                say("worker cancelled");
                Ok(())
            }
        }
    });
    Worker
}

#[app(database, cache, worker)]
struct Service;

#[tokio::main]
async fn main() -> engin::Exit {
    support::init_tracing();
    let mut options = Options::default();
    if let Some(limit) = env_ms("SERVICE_STOP_TIMEOUT_MS") {
        options = options.stop_timeout(limit);
    }
    Service::run_with(options).await
}
