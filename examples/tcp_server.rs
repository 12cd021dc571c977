//! A small TCP key-value server in the shape of tokio's mini-redis: a
//! listener bound while the application is built, a limit on connections,
//! a shared store with a background purge task, and one child task per
//! connection. `cargo run --example tcp_server`, then
//! `printf 'SET a 1\nGET a\n' | nc 127.0.0.1 6380`.
//!
//! At SIGTERM the accept loop stops, each connection finishes the command
//! it is running and closes, then the store's purge task stops, then the
//! store: the order of their dependencies, with nothing written by hand.
//!
//! Commands, one per line: `PING`, `SET key value`, `GET key`, `DEL key`,
//! and `SLOW ms` (a command that takes that long). Settings (environment):
//! `ADDR` (default `127.0.0.1:6380`), `MAX_CONNECTIONS` (default 250).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use engin::{app, invoke, provide, BoxError, Lifecycle};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// Prints and flushes one line, so a parent process sees it at once.
fn say(line: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

/// The shared store, with expired entries purged in the background.
#[derive(Clone, Default)]
struct Store(Arc<Mutex<HashMap<String, String>>>);

#[provide]
fn store(lifecycle: &Lifecycle) -> Store {
    let store = Store::default();
    let purged = store.clone();
    // The store's own task: the connections use the store, so it stops
    // after every connection has closed.
    lifecycle.add_task("purge", move |cancel| async move {
        loop {
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(1)) => {
                    purged.0.lock().unwrap().retain(|_, v| !v.is_empty());
                }
                _ = cancel.cancelled() => break,
            }
        }
        say("purge stopped");
        Ok(())
    });
    lifecycle.on_stop("store", || async {
        say("store closed");
        Ok(())
    });
    store
}

/// The listening socket, bound while the application is built: a busy port
/// fails start-up with an error naming this provider.
#[derive(Clone)]
struct Listener(Arc<TcpListener>);

#[provide]
async fn listener() -> std::io::Result<Listener> {
    let addr = std::env::var("ADDR").unwrap_or_else(|_| "127.0.0.1:6380".into());
    let listener = TcpListener::bind(&addr).await?;
    say(&format!("listening on {}", listener.local_addr()?));
    Ok(Listener(Arc::new(listener)))
}

/// Accepts connections, each a child task that serves it.
#[invoke]
fn serve(listener: &Listener, store: &Store, lifecycle: &Lifecycle) {
    let (listener, store) = (listener.clone(), store.clone());
    let limit: usize = std::env::var("MAX_CONNECTIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(250);
    lifecycle
        .task("accept")
        .stop_timeout(Duration::from_secs(10))
        .add_with_children(move |cancel, children| async move {
            let permits = Arc::new(tokio::sync::Semaphore::new(limit));
            loop {
                let permit = tokio::select! {
                    permit = permits.clone().acquire_owned() => permit?,
                    _ = cancel.cancelled() => return Ok(()),
                };
                let (socket, peer) = tokio::select! {
                    accepted = listener.0.accept() => accepted?,
                    _ = cancel.cancelled() => return Ok(()),
                };
                let (store, token) = (store.clone(), children.token());
                children.spawn(format!("connection {peer}"), async move {
                    if let Err(e) = connection(socket, &store, token).await {
                        say(&format!("connection {peer} failed: {e}"));
                    }
                    say("connection closed");
                    drop(permit);
                });
            }
        });
}

/// Serves one connection until the client leaves or the server stops; a
/// command that has begun is always finished and answered.
async fn connection(
    socket: TcpStream,
    store: &Store,
    stop: engin::CancellationToken,
) -> Result<(), BoxError> {
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read).lines();
    loop {
        let line = tokio::select! {
            line = lines.next_line() => line?,
            _ = stop.cancelled() => return Ok(()),
        };
        let Some(line) = line else { return Ok(()) };
        let reply = execute(&line, store).await;
        write.write_all(format!("{reply}\n").as_bytes()).await?;
    }
}

async fn execute(line: &str, store: &Store) -> String {
    let mut words = line.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some("PING"), None, None) => "PONG".into(),
        (Some("SET"), Some(key), Some(value)) => {
            store.0.lock().unwrap().insert(key.into(), value.into());
            "OK".into()
        }
        (Some("GET"), Some(key), None) => store
            .0
            .lock()
            .unwrap()
            .get(key)
            .cloned()
            .unwrap_or_else(|| "(nil)".into()),
        (Some("DEL"), Some(key), None) => {
            let removed = store.0.lock().unwrap().remove(key).is_some();
            u8::from(removed).to_string()
        }
        (Some("SLOW"), Some(ms), None) => match ms.parse() {
            Ok(ms) => {
                say("slow command started");
                tokio::time::sleep(Duration::from_millis(ms)).await;
                "OK".into()
            }
            Err(_) => "ERR SLOW takes milliseconds".into(),
        },
        _ => format!("ERR unknown command `{line}`"),
    }
}

#[app(store, listener, serve)]
struct Server;

#[tokio::main]
async fn main() -> engin::Exit {
    engin::logging::init();
    Server::run().await
}
