//! The engin tutorial's application against a real Redis: a producer task
//! hands messages to a publisher, which writes them to a Redis stream in
//! batches. At shutdown the producer stops first, then the publisher stops
//! accepting, writes everything it acknowledged, and only then the Redis
//! connection closes.
//!
//! ```text
//! redis-server --port 6379 &
//! cargo run --example publisher --features redis     # Ctrl-C to stop
//! ```
//!
//! Settings (environment): `REDIS_URL` and the other [`engin::redis`]
//! variables, and
//!
//! - `PUBLISHER_STREAM` (default `engin:messages`): the stream key
//! - `PUBLISHER_BATCH` (default 100): messages per write
//! - `PUBLISHER_FLUSH_MS` (default 50): longest wait before a partial batch is written
//! - `PUBLISHER_GIVE_UP_AFTER` (default 0, never): consecutive failed writes
//!   after which the application shuts down with an error
//! - `PUBLISHER_DRAIN_MS` (default 10000): limit on writing what is left at shutdown
//! - `PRODUCER_INTERVAL_MS` (default 10): pause between two messages
//!
//! Each message gets its stream id when the writer takes it, and a write
//! adds only the entries above the stream's last id (a Lua script, atomic
//! on the server): a write retried after an unknown outcome (a timeout)
//! never adds a message twice. So one publisher process writes each stream.

use std::io::Write;
use std::time::Duration;

use engin::redis::{driver, Redis, RedisBlock};
use engin::{app, provide, BoxError, CancellationToken, Lifecycle, Shutdown};
use tokio::sync::mpsc;

/// The publisher's settings, read from the environment.
#[derive(Clone, Debug)]
struct PublisherConfig {
    stream: String,
    batch: usize,
    flush_every: Duration,
    give_up_after: u32,
    drain_limit: Duration,
    producer_interval: Duration,
}

fn env_number(name: &'static str, default: u64) -> Result<u64, BoxError> {
    match std::env::var(name) {
        Err(_) => Ok(default),
        Ok(v) => v
            .trim()
            .parse()
            .map_err(|_| format!("invalid {name}=`{v}`: expected a whole number").into()),
    }
}

#[provide(name = "publisher config")]
fn publisher_config() -> Result<PublisherConfig, BoxError> {
    let batch = env_number("PUBLISHER_BATCH", 100)?;
    if batch == 0 {
        return Err("invalid PUBLISHER_BATCH=`0`: a batch holds at least one message".into());
    }
    Ok(PublisherConfig {
        stream: std::env::var("PUBLISHER_STREAM").unwrap_or_else(|_| "engin:messages".into()),
        batch: batch as usize,
        flush_every: Duration::from_millis(env_number("PUBLISHER_FLUSH_MS", 50)?.max(1)),
        give_up_after: env_number("PUBLISHER_GIVE_UP_AFTER", 0)? as u32,
        drain_limit: Duration::from_millis(env_number("PUBLISHER_DRAIN_MS", 10_000)?),
        producer_interval: Duration::from_millis(env_number("PRODUCER_INTERVAL_MS", 10)?),
    })
}

/// Accepts messages and writes them to a Redis stream in batches.
///
/// A message is acknowledged when `publish` returns `Ok`: from then on the
/// publisher is responsible for writing it, including at shutdown.
#[derive(Clone)]
struct Publisher {
    tx: mpsc::Sender<String>,
}

#[derive(Debug)]
struct Closed;

impl Publisher {
    async fn publish(&self, message: String) -> Result<(), Closed> {
        self.tx.send(message).await.map_err(|_| Closed)
    }
}

#[provide]
fn publisher(
    redis: &Redis,
    config: &PublisherConfig,
    shutdown: &Shutdown,
    lifecycle: &Lifecycle,
) -> Publisher {
    let (tx, rx) = mpsc::channel(config.batch * 2);
    let (redis, config, shutdown) = (redis.clone(), config.clone(), shutdown.clone());
    let drain_limit = config.drain_limit;
    lifecycle
        .hook("publisher")
        // The drain has its own limit; give the hook a little more.
        .stop_timeout(drain_limit + Duration::from_secs(1))
        .guard(move |guard| async move {
            let ids = Ids::after_stream_top(&redis, &config.stream).await?;
            let stop = CancellationToken::new();
            let writer = tokio::spawn(write_loop(rx, redis, config, ids, shutdown, stop.clone()));
            guard.started().await;
            stop.cancel();
            writer.await?
        });
    Publisher { tx }
}

/// A message and the stream id it is written under, fixed when the writer
/// takes it.
struct Entry {
    id: String,
    body: String,
}

/// Stream ids for this writer: `<ms>-<n>`, above every id in the stream.
struct Ids {
    ms: u64,
    next: u64,
}

impl Ids {
    async fn after_stream_top(redis: &Redis, stream: &str) -> Result<Ids, BoxError> {
        let mut conn = redis.connection()?;
        let top: driver::streams::StreamRangeReply = driver::cmd("XREVRANGE")
            .arg(stream)
            .arg("+")
            .arg("-")
            .arg("COUNT")
            .arg(1)
            .query_async(&mut conn)
            .await?;
        let top_ms = top
            .ids
            .first()
            .and_then(|e| e.id.split('-').next()?.parse::<u64>().ok())
            .unwrap_or(0);
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_millis() as u64;
        Ok(Ids {
            ms: now_ms.max(top_ms + 1),
            next: 0,
        })
    }

    fn entry(&mut self, body: String) -> Entry {
        let id = format!("{}-{}", self.ms, self.next);
        self.next += 1;
        Entry { id, body }
    }
}

/// Adds each entry whose id is above the stream's last one, and skips the
/// others: those a previous try of the same write already added.
const WRITE_ONCE: &str = r#"
local added = 0
for i = 1, #ARGV, 2 do
  local r = redis.pcall('XADD', KEYS[1], ARGV[i], 'body', ARGV[i + 1])
  if type(r) == 'table' and r.err then
    if not string.find(r.err, 'equal or smaller', 1, true) then
      return redis.error_reply(r.err)
    end
  else
    added = added + 1
  end
end
return added
"#;

async fn write_batch(redis: &Redis, stream: &str, batch: &[Entry]) -> Result<(), BoxError> {
    let mut conn = redis.connection()?;
    let mut eval = driver::cmd("EVAL");
    eval.arg(WRITE_ONCE).arg(1).arg(stream);
    for entry in batch {
        eval.arg(&entry.id).arg(&entry.body);
    }
    eval.query_async::<i64>(&mut conn).await?;
    Ok(())
}

async fn write_loop(
    mut rx: mpsc::Receiver<String>,
    redis: Redis,
    config: PublisherConfig,
    mut ids: Ids,
    shutdown: Shutdown,
    stop: CancellationToken,
) -> Result<(), BoxError> {
    let mut batch: Vec<Entry> = Vec::with_capacity(config.batch);
    // The first `sent` entries of `batch` were in a write whose outcome is
    // not known: the server may still add them (once).
    let mut sent = 0usize;
    let mut failures = 0u32;
    let mut tick = tokio::time::interval(config.flush_every);
    loop {
        // Backpressure: while writes fail, stop taking new messages once a
        // few batches are pending, so `publish` waits instead of piling up.
        let room = batch.len() < config.batch * 4;
        tokio::select! {
            _ = stop.cancelled() => break,
            message = rx.recv(), if room => match message {
                Some(m) => {
                    batch.push(ids.entry(m));
                    if batch.len() < config.batch {
                        continue;
                    }
                }
                None => break,
            },
            _ = tick.tick() => {}
        }
        if batch.is_empty() {
            continue;
        }
        sent = batch.len();
        // At shutdown the drain takes over at once, even from a write that
        // hangs: it retries that write, which adds nothing twice.
        let written = tokio::select! {
            r = write_batch(&redis, &config.stream, &batch) => r,
            _ = stop.cancelled() => break,
        };
        match written {
            Ok(()) => {
                tracing::debug!(written = batch.len(), "batch written");
                batch.clear();
                sent = 0;
                failures = 0;
            }
            Err(e) => {
                failures += 1;
                tracing::error!(error = %e, pending = batch.len(), failures, "publisher: write to Redis failed; will retry");
                if config.give_up_after > 0 && failures >= config.give_up_after {
                    shutdown.fail(format!(
                        "publisher: {failures} writes to Redis failed in a row: {e}"
                    ));
                }
            }
        }
    }

    // Stop accepting, then write everything that was acknowledged.
    rx.close();
    while let Some(m) = rx.recv().await {
        batch.push(ids.entry(m));
    }
    drain(&redis, &config, &batch, sent).await
}

/// Writes `batch` within the drain limit, or says exactly how many
/// acknowledged messages are not written.
async fn drain(
    redis: &Redis,
    config: &PublisherConfig,
    batch: &[Entry],
    mut sent: usize,
) -> Result<(), BoxError> {
    let deadline = tokio::time::Instant::now() + config.drain_limit;
    let mut written = 0;
    let mut last_error = String::from("no answer");
    'chunks: for chunk in batch.chunks(config.batch) {
        loop {
            sent = sent.max(written + chunk.len());
            match tokio::time::timeout_at(deadline, write_batch(redis, &config.stream, chunk)).await
            {
                Ok(Ok(())) => {
                    written += chunk.len();
                    continue 'chunks;
                }
                Ok(Err(e)) if tokio::time::Instant::now() < deadline => {
                    tracing::warn!(error = %e, "publisher: write failed while draining; retrying");
                    last_error = e.to_string();
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Ok(Err(e)) => {
                    last_error = e.to_string();
                    break 'chunks;
                }
                Err(_) => break 'chunks,
            }
        }
    }
    if written < batch.len() {
        let missing = batch.len() - written;
        let unknown = sent.saturating_sub(written);
        return Err(format!(
            "{missing} acknowledged messages are not written to Redis: the drain did not finish within {:?} \
             ({unknown} of them were sent and may still be written, once, if the server recovers; last error: {last_error})",
            config.drain_limit
        )
        .into());
    }
    tracing::info!(
        drained = written,
        "publisher: everything acknowledged is written"
    );
    Ok(())
}

/// Produces numbered messages until shutdown; prints `ack N` for each
/// message the publisher acknowledged.
#[engin::invoke]
fn producer(publisher: &Publisher, config: &PublisherConfig, lifecycle: &Lifecycle) {
    let (publisher, interval) = (publisher.clone(), config.producer_interval);
    lifecycle.add_task("producer", move |cancel| {
        let publisher = publisher.clone();
        async move {
            let mut out = std::io::stdout();
            for n in 0u64.. {
                tokio::select! {
                    _ = cancel.cancelled() => break,
                    r = publisher.publish(format!("message {n}")) => {
                        if r.is_err() {
                            break;
                        }
                        writeln!(out, "ack {n}")?;
                        out.flush()?;
                    }
                }
                if !interval.is_zero() {
                    tokio::select! {
                        _ = cancel.cancelled() => break,
                        _ = tokio::time::sleep(interval) => {}
                    }
                }
            }
            Ok(())
        }
    });
}

#[app(RedisBlock, publisher_config, publisher, producer)]
struct PublisherApp;

#[tokio::main]
async fn main() -> engin::Exit {
    engin::logging::init();
    PublisherApp::run().await
}
