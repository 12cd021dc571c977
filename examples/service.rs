//! A long-running service stopped by a signal.
//!
//! `cargo run --example service`, then press Ctrl-C: the worker task is
//! cancelled, then the hooks stop in reverse order of their dependencies
//! (the cache before the database), and the process exits 0.

use engin::{app, provide, Lifecycle};

#[derive(Clone)]
struct Database;

#[provide]
async fn database(lifecycle: &Lifecycle) -> Database {
    lifecycle.on_start_stop(
        "database",
        || async {
            println!("database connected");
            Ok(())
        },
        || async {
            println!("database disconnected");
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
            println!("cache warmed");
            Ok(())
        },
        || async {
            println!("cache flushed");
            Ok(())
        },
    );
    Cache
}

#[derive(Clone)]
struct Worker;

#[provide]
fn worker(_cache: &Cache, _db: &Database, lifecycle: &Lifecycle) -> Worker {
    // Runs once the application has started; stopped through its token.
    lifecycle.add_task("worker", |cancel| async move {
        println!("ready: press Ctrl-C to stop");
        cancel.cancelled().await;
        println!("worker cancelled");
        Ok(())
    });
    Worker
}

#[app(database, cache, worker)]
struct Service;

#[tokio::main]
async fn main() -> engin::Exit {
    engin::logging::init();
    Service::run().await
}
