//! The lifecycle inside one process, one module per concern: `order`,
//! `rollback` (failures and panics), `cleanup` (stop hooks), `shutdown`
//! (requests, the budget, a dropped application), `tasks` and `traces`.
//! This file holds the fixtures several of them use. Each test supplies
//! its own state to its application, so they run in parallel.

use std::future::pending;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use engin::{
    app, block, invoke, provide, BoxError, Error, Lifecycle, Options, Phase, Policy, Restart,
    Shutdown,
};

#[path = "../common/mod.rs"]
mod common;

mod cleanup;
mod order;
mod rollback;
mod shutdown;
mod tasks;
mod traces;

use common::Events;

fn hooked(lifecycle: &Lifecycle, events: &Events, name: &'static str) {
    events.log(format!("build {name}"));
    let (on_start, on_stop) = (events.clone(), events.clone());
    lifecycle.on_start_stop(
        name,
        move || async move {
            on_start.log(format!("start {name}"));
            Ok(())
        },
        move || async move {
            on_stop.log(format!("stop {name}"));
            Ok(())
        },
    );
}

// A diamond with a shared dependency: Config <- Db, Cache <- Api.
#[derive(Clone)]
struct Config;
#[derive(Clone)]
struct Db;
#[derive(Clone)]
struct Cache;
#[derive(Clone)]
struct Api;

#[provide]
fn config(lifecycle: &Lifecycle, events: &Events) -> Config {
    hooked(lifecycle, events, "config");
    Config
}

#[provide]
async fn db(_config: &Config, lifecycle: &Lifecycle, events: &Events) -> Db {
    hooked(lifecycle, events, "db");
    Db
}

#[provide]
fn cache(_config: Config, lifecycle: Lifecycle, events: Events) -> Result<Cache, std::io::Error> {
    hooked(&lifecycle, &events, "cache");
    Ok(Cache)
}

#[provide]
fn api(_db: &Db, _cache: &Cache, lifecycle: &Lifecycle, events: &Events) -> Api {
    hooked(lifecycle, events, "api");
    Api
}

// Listed in an order that is not the dependency order.
#[app(api, cache, db, config, supply(events: Events))]
struct Diamond;

// A provider that fails: the values already built are dropped in reverse.
struct Noisy(&'static str, Events);

impl Drop for Noisy {
    fn drop(&mut self) {
        self.1.log(format!("drop {}", self.0));
    }
}

struct First(#[allow(dead_code)] Noisy);
struct Second(#[allow(dead_code)] Noisy);
// An invocation that fails or panics.
#[derive(Clone)]
struct Seed;

#[provide]
fn seed(lifecycle: &Lifecycle, events: &Events) -> Seed {
    hooked(lifecycle, events, "seed");
    Seed
}

struct InvokeBlock;

#[block]
impl InvokeBlock {
    #[invoke]
    fn check(_seed: &Seed) -> Result<(), BoxError> {
        Err("schema mismatch".into())
    }
}

#[app(seed, InvokeBlock, supply(events: Events))]
struct FailingInvoke;

#[invoke]
fn explode(_seed: Seed) {
    panic!("invariant broken");
}

#[app(seed, explode, supply(events: Events))]
struct PanickingInvoke;

#[derive(Clone)]
struct Worker;

#[provide]
fn worker(lifecycle: &Lifecycle, events: &Events) -> Worker {
    let events = events.clone();
    lifecycle.add_task("worker", |cancel| async move {
        cancel.cancelled().await;
        events.log("worker saw cancellation");
        Ok(())
    });
    lifecycle.add_supervised_task("ignored", Policy::Ignore, |_| async {
        Err("not important".into())
    });
    Worker
}

#[app(worker, supply(events: Events))]
struct Working;
