//! A small engin application: a configuration, a store client in a block with
//! its lifecycle, a publisher built from both, and an invocation.
//!
//! Run it with `cargo run --example quickstart`. It needs no server: the store
//! is in memory. It publishes a few messages from a supervised task, then
//! stops in reverse order and exits with code 0 (or press Ctrl-C).
//!
//! `cargo run --example quickstart -- --mermaid` (or `--dot`) prints the
//! application's graph instead, as worked out at compile time, and
//! `-- --timeline` runs it and then prints where its start-up and shutdown
//! time went, as a Mermaid Gantt chart.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use engin::{app, block, invoke, provide, BoxError, Lifecycle};

/// The application's settings.
#[derive(Clone, Debug)]
struct Config {
    topic: String,
    messages: usize,
}

#[provide]
fn config() -> Config {
    Config {
        topic: std::env::var("QUICKSTART_TOPIC").unwrap_or_else(|_| "greetings".into()),
        messages: 3,
    }
}

/// A stand-in for a database or Redis client: cheap to clone, opened at
/// start and closed at stop.
#[derive(Clone, Default)]
struct StoreClient {
    log: Arc<Mutex<Vec<String>>>,
}

impl StoreClient {
    fn write(&self, topic: &str, message: &str) {
        self.log.lock().unwrap().push(format!("{topic}: {message}"));
    }
}

/// The client and its lifecycle, registered together.
struct StoreBlock;

#[block]
impl StoreBlock {
    #[provide]
    async fn client(lifecycle: &Lifecycle) -> Result<StoreClient, std::io::Error> {
        let client = StoreClient::default();
        let log = client.log.clone();
        lifecycle.on_start_stop(
            "store client",
            || async {
                println!("store: connected");
                Ok(())
            },
            move || async move {
                println!("store: closed after {} writes", log.lock().unwrap().len());
                Ok(())
            },
        );
        Ok(client)
    }
}

/// Writes messages to the store; built by injecting its fields.
#[provide]
#[derive(Clone)]
struct Publisher {
    client: StoreClient,
    config: Config,
}

impl Publisher {
    fn publish(&self, message: &str) {
        self.client.write(&self.config.topic, message);
        println!("published to {}: {message}", self.config.topic);
    }
}

/// Runs once everything is built: registers the producer task.
#[invoke]
fn produce(publisher: &Publisher, lifecycle: &Lifecycle) {
    let publisher = publisher.clone();
    lifecycle.add_task("producer", move |cancel| {
        let publisher = publisher.clone();
        async move {
            for i in 0..publisher.config.messages {
                tokio::select! {
                    _ = cancel.cancelled() => break,
                    _ = tokio::time::sleep(Duration::from_millis(100)) => publisher.publish(&format!("hello #{i}")),
                }
            }
            // Returning ends the task; by default that shuts the application down.
            Ok::<_, BoxError>(())
        }
    });
}

// `pub(crate)` only because tests/graph.rs compares its graph with the guide.
#[app(config, StoreBlock, Publisher, produce)]
pub(crate) struct App;

#[tokio::main]
async fn main() -> engin::Exit {
    // The graph is known at compile time: printing it builds nothing.
    match std::env::args().nth(1).as_deref() {
        Some("--mermaid") => print!("{}", App::graph().to_mermaid()),
        Some("--dot") => print!("{}", App::graph().to_dot()),
        Some("--timeline") => {
            engin::logging::init();
            let exit = App::run_with(engin::Options::default().timeline(true)).await;
            if let Some(timeline) = exit.timeline() {
                print!("{}", timeline.to_mermaid());
            }
            return exit;
        }
        _ => {
            engin::logging::init();
            return App::run().await;
        }
    }
    std::process::exit(0)
}
