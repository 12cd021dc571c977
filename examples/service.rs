//! A long-running service used to show (and test) shutdown by signal.
//!
//! `cargo run --example service`, then press Ctrl-C: the worker task is
//! cancelled, then the hooks stop in reverse order. Settings come from the
//! environment:
//!
//! - `SERVICE_SLOW_BUILD_MS`: how long building the database takes (default 0)
//! - `SERVICE_SLOW_START_MS`: how long the database's start hook takes (default 0)
//! - `SERVICE_SLOW_STOP_MS`: how long the database's stop hook takes (default 0)
//! - `SERVICE_BLOCKING_STOP`: the database's stop hook blocks its thread for a minute
//! - `SERVICE_FAIL_AFTER_MS`: make the worker task fail after this many ms
//! - `SERVICE_IGNORE_TOKEN`: the worker never looks at its cancellation token
//! - `SERVICE_STOP_TIMEOUT_MS`: the per-hook stop limit (default 15000)
//! - `SERVICE_SHUTDOWN_TIMEOUT_MS`: the shutdown budget (default 20000)
//! - `SERVICE_FORCE_EXIT_MS`: the margin after the budget before a forced exit (default 5000)
//! - `SERVICE_CONNECTIONS_MS`: five independent connections get a start hook;
//!   connection `i` takes `i + 1` times this long to open (they open concurrently)
//! - `SERVICE_FAIL_CONNECTION`: connection `i` fails half a step before it would open
//! - `SERVICE_GUARDS_MS`: a comma-separated list of setup times; connection
//!   provider `i` also registers guard `i`, set up in the `i`-th time (they
//!   set up concurrently), which prints `enter guard{i}` as its setup ends
//!   and `exit guard{i}` at its teardown
//! - `SERVICE_SEQUENTIAL`: start and stop hooks strictly one at a time
//! - `SERVICE_PHASES_MS`: the cache gets an `on_started` hook that takes this
//!   long and an `on_stopping` hook

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
async fn database(lifecycle: &Lifecycle) -> Database {
    // Opened as the build begins: closed at stop whatever happens next.
    lifecycle.on_stop("pool", || async {
        say("close pool");
        Ok(())
    });
    if let Some(slow) = env_ms("SERVICE_SLOW_BUILD_MS") {
        say("building database");
        tokio::time::sleep(slow).await;
    }
    let slow_start = env_ms("SERVICE_SLOW_START_MS");
    let slow = env_ms("SERVICE_SLOW_STOP_MS").unwrap_or_default();
    let blocking = std::env::var_os("SERVICE_BLOCKING_STOP").is_some();
    lifecycle.on_start_stop(
        "database",
        move || async move {
            if let Some(slow) = slow_start {
                say("starting database");
                tokio::time::sleep(slow).await;
            }
            say("start database");
            Ok(())
        },
        move || async move {
            say("stopping database");
            if blocking {
                // Blocks the runtime's thread: no async limit can end this.
                std::thread::sleep(Duration::from_secs(60));
            }
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
    if let Some(took) = env_ms("SERVICE_PHASES_MS") {
        lifecycle.on_started("announce", move || async move {
            say("on_started begin");
            tokio::time::sleep(took).await;
            say("on_started end");
            Ok(())
        });
        lifecycle.on_stopping("deregister", || async {
            say("on_stopping");
            Ok(())
        });
    }
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
    let ignore_token = std::env::var_os("SERVICE_IGNORE_TOKEN").is_some();
    lifecycle.add_task("worker", move |cancel| async move {
        say("ready");
        if ignore_token {
            // Ported as written: a loop that never looks at its token.
            loop {
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        }
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

/// Registers guard `i`, when `SERVICE_GUARDS_MS` lists a setup time for it.
fn guard(lifecycle: &Lifecycle, i: usize) {
    let Ok(list) = std::env::var("SERVICE_GUARDS_MS") else {
        return;
    };
    let Some(setup) = list.split(',').nth(i) else {
        return;
    };
    let setup = Duration::from_millis(setup.parse().expect("SERVICE_GUARDS_MS lists milliseconds"));
    lifecycle.guard(format!("guard{i}"), move |guard| async move {
        tokio::time::sleep(setup).await;
        say(&format!("enter guard{i}"));
        guard.started().await;
        say(&format!("exit guard{i}"));
        Ok(())
    });
}

/// Registers connection `i`'s hooks, when `SERVICE_CONNECTIONS_MS` is set.
fn connect(lifecycle: &Lifecycle, i: u32) {
    guard(lifecycle, i as usize);
    let Some(step) = env_ms("SERVICE_CONNECTIONS_MS") else {
        return;
    };
    let fails = std::env::var("SERVICE_FAIL_CONNECTION").is_ok_and(|v| v == i.to_string());
    lifecycle.on_start_stop(
        format!("conn{i}"),
        move || async move {
            say(&format!("open conn{i}"));
            if fails {
                tokio::time::sleep(step * (2 * i + 1) / 2).await;
                return Err("connection refused".into());
            }
            tokio::time::sleep(step * (i + 1)).await;
            say(&format!("opened conn{i}"));
            Ok(())
        },
        move || async move {
            say(&format!("close conn{i}"));
            Ok(())
        },
    );
}

/// Stamps out connection providers that depend on nothing, so their hooks
/// start concurrently.
macro_rules! connections {
    ($($f:ident: $t:ident = $i:literal),*) => {$(
        #[derive(Clone)]
        struct $t;

        #[provide]
        fn $f(lifecycle: &Lifecycle) -> $t {
            connect(lifecycle, $i);
            $t
        }
    )*};
}

connections!(conn0: Conn0 = 0, conn1: Conn1 = 1, conn2: Conn2 = 2, conn3: Conn3 = 3, conn4: Conn4 = 4);

#[app(database, cache, worker, conn0, conn1, conn2, conn3, conn4)]
struct Service;

#[tokio::main]
async fn main() -> engin::Exit {
    engin::logging::init();
    let mut options = Options::default();
    if let Some(limit) = env_ms("SERVICE_STOP_TIMEOUT_MS") {
        options = options.stop_timeout(limit);
    }
    if let Some(limit) = env_ms("SERVICE_SHUTDOWN_TIMEOUT_MS") {
        options = options.shutdown_timeout(limit);
    }
    if let Some(margin) = env_ms("SERVICE_FORCE_EXIT_MS") {
        options = options.force_exit_after(Some(margin));
    }
    if std::env::var_os("SERVICE_SEQUENTIAL").is_some() {
        options = options.sequential(true);
    }
    Service::run_with(options).await
}
