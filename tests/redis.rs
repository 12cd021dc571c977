//! The publisher example and the Redis block against a real `redis-server`.

mod common;

use std::collections::BTreeSet;
use std::io::Read;
use std::process::{Child, Command};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::redis_server::{free_port, RedisServer};

struct Publisher {
    child: Child,
    lines: mpsc::Receiver<String>,
    spawned_at: Instant,
}

impl Publisher {
    fn spawn(env: &[(&str, String)]) -> Publisher {
        let common::Spawned {
            child,
            lines,
            spawned_at,
        } = common::spawn_example("publisher", &["redis"], env);
        Publisher {
            child,
            lines,
            spawned_at,
        }
    }

    /// Collects `ack N` lines until `count` have been seen.
    fn acks_until(&self, count: usize, acked: &mut BTreeSet<u64>) {
        while acked.len() < count {
            let line = self
                .lines
                .recv_timeout(Duration::from_secs(30))
                .expect("the publisher keeps acknowledging");
            acked.insert(parse_ack(&line));
        }
    }

    /// Waits for exit within `limit`; returns the exit code, the remaining
    /// acknowledgements and stderr.
    fn finish(mut self, limit: Duration, acked: &mut BTreeSet<u64>) -> (Option<i32>, String) {
        let began = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                break status;
            }
            if began.elapsed() > limit {
                let _ = self.child.kill();
                panic!("the publisher did not exit within {limit:?}");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut stderr = String::new();
        self.child
            .stderr
            .take()
            .expect("stderr")
            .read_to_string(&mut stderr)
            .expect("read stderr");
        for line in self.lines.iter() {
            acked.insert(parse_ack(&line));
        }
        (status.code(), stderr)
    }
}

fn parse_ack(line: &str) -> u64 {
    line.strip_prefix("ack ")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("unexpected stdout line {line:?}"))
}

/// Every message body in the stream, in order.
fn stream_bodies(server: &RedisServer, stream: &str) -> Vec<String> {
    let client = redis::Client::open(server.url()).expect("url");
    let mut conn = client.get_connection().expect("connect");
    let reply: redis::streams::StreamRangeReply = redis::cmd("XRANGE")
        .arg(stream)
        .arg("-")
        .arg("+")
        .query(&mut conn)
        .expect("XRANGE");
    reply
        .ids
        .iter()
        .map(|id| id.get::<String>("body").expect("body field"))
        .collect()
}

#[test]
fn sigterm_under_load_loses_no_acknowledged_message() {
    let server = RedisServer::start();
    let stream = "test:no-loss";
    let publisher = Publisher::spawn(&[
        ("REDIS_URL", server.url()),
        ("PUBLISHER_STREAM", stream.into()),
        ("PUBLISHER_BATCH", "64".into()),
        // Long enough that acknowledged messages are still pending at SIGTERM.
        ("PUBLISHER_FLUSH_MS", "500".into()),
        ("PRODUCER_INTERVAL_MS", "0".into()),
    ]);
    let mut acked = BTreeSet::new();
    publisher.acks_until(2000, &mut acked);
    common::signal(publisher.child.id(), "TERM");
    let (code, stderr) = publisher.finish(Duration::from_secs(30), &mut acked);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("everything acknowledged is written"),
        "{stderr}"
    );

    let bodies = stream_bodies(&server, stream);
    let expected: Vec<String> = acked.iter().map(|n| format!("message {n}")).collect();
    // Acknowledged messages are numbered 0..n without a gap, and the stream
    // holds exactly them, in order.
    assert_eq!(acked.len() as u64, acked.last().unwrap() + 1);
    assert_eq!(bodies.len(), expected.len(), "count");
    assert_eq!(bodies, expected, "content");
}

#[test]
fn a_malformed_url_is_one_clear_error_naming_the_setting() {
    let publisher = Publisher::spawn(&[("REDIS_URL", "http//not-a-url".into())]);
    let mut acked = BTreeSet::new();
    let (code, stderr) = publisher.finish(Duration::from_secs(30), &mut acked);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(acked.is_empty());
    assert!(
        stderr
            .contains("error=provider `redis config` failed: invalid `REDIS_URL`=`http//not-a-url`: not a Redis URL"),
        "{stderr}"
    );
    // One error, printed once: logged, then summed up at exit.
    assert_eq!(stderr.matches("invalid `REDIS_URL`").count(), 1, "{stderr}");
    assert!(
        stderr.contains("exited with code 1 (1 error, logged above)"),
        "{stderr}"
    );
    assert!(!stderr.contains("started"), "nothing started: {stderr}");
}

#[test]
fn an_unreachable_server_fails_within_the_connect_timeout_and_starts_nothing() {
    let port = free_port();
    let publisher = Publisher::spawn(&[
        ("REDIS_URL", format!("redis://127.0.0.1:{port}")),
        ("REDIS_CONNECT_TIMEOUT_MS", "500".into()),
    ]);
    let spawned_at = publisher.spawned_at;
    let mut acked = BTreeSet::new();
    let (code, stderr) = publisher.finish(Duration::from_secs(30), &mut acked);
    // The process itself, not the build before it: the 500 ms connect
    // timeout plus start-up and exit, with room for a loaded machine.
    let ran_for = spawned_at.elapsed();
    assert!(ran_for < Duration::from_secs(5), "ran for {ran_for:?}");
    assert_eq!(code, Some(1), "{stderr}");
    assert!(acked.is_empty());
    assert!(
        stderr.contains(&format!(
            "error=start hook `redis` failed: cannot reach Redis at 127.0.0.1:{port} within 500ms"
        )),
        "{stderr}"
    );
    assert_eq!(stderr.matches("cannot reach Redis").count(), 1, "{stderr}");
    assert!(
        stderr.contains("exited with code 1 (1 error, logged above)"),
        "{stderr}"
    );
    // The hooks after it never started, and nothing was left to stop.
    assert!(
        stderr.contains("stopped app=\"PublisherApp\" hooks=0"),
        "{stderr}"
    );
}

#[test]
fn the_server_going_away_is_reported_and_the_app_shuts_down_by_policy_without_hanging() {
    let mut server = RedisServer::start();
    let publisher = Publisher::spawn(&[
        ("REDIS_URL", server.url()),
        ("REDIS_CONNECT_TIMEOUT_MS", "300".into()),
        ("REDIS_RESPONSE_TIMEOUT_MS", "300".into()),
        ("PUBLISHER_STREAM", "test:gone".into()),
        ("PUBLISHER_GIVE_UP_AFTER", "3".into()),
        ("PUBLISHER_DRAIN_MS", "1000".into()),
    ]);
    let mut acked = BTreeSet::new();
    publisher.acks_until(20, &mut acked);
    server.kill();
    let (code, stderr) = publisher.finish(Duration::from_secs(30), &mut acked);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("write to Redis failed; will retry"),
        "{stderr}"
    );
    assert!(
        stderr.contains("writes to Redis failed in a row"),
        "{stderr}"
    );
    // What could not be written is reported, naming the publisher.
    assert!(stderr.contains("stop hook `publisher` failed"), "{stderr}");
}

#[test]
fn the_app_keeps_running_while_the_server_is_away_and_stops_on_sigterm() {
    let mut server = RedisServer::start();
    let port = server.port;
    let publisher = Publisher::spawn(&[
        ("REDIS_URL", server.url()),
        ("REDIS_CONNECT_TIMEOUT_MS", "300".into()),
        ("REDIS_RESPONSE_TIMEOUT_MS", "300".into()),
        ("PUBLISHER_STREAM", "test:away".into()),
        ("PUBLISHER_DRAIN_MS", "1000".into()),
    ]);
    let mut acked = BTreeSet::new();
    publisher.acks_until(20, &mut acked);
    server.kill();
    std::thread::sleep(Duration::from_secs(2));
    assert!(
        publisher_alive(&publisher),
        "the default policy keeps running"
    );
    common::signal(publisher.child.id(), "TERM");
    let (code, stderr) = publisher.finish(Duration::from_secs(30), &mut acked);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("acknowledged messages are not written to Redis"),
        "{stderr}"
    );
    let _ = port;
}

fn publisher_alive(p: &Publisher) -> bool {
    Command::new("kill")
        .args(["-0", &p.child.id().to_string()])
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// The number before `marker` in `text`.
fn number_before(text: &str, marker: &str) -> usize {
    let at = text
        .find(marker)
        .unwrap_or_else(|| panic!("no `{marker}` in {text}"));
    let digits: String = text[..at]
        .chars()
        .rev()
        .skip_while(|c| *c == ' ')
        .take_while(char::is_ascii_digit)
        .collect();
    digits
        .chars()
        .rev()
        .collect::<String>()
        .parse()
        .expect("a number")
}

#[test]
fn a_hung_server_at_sigterm_loses_nothing_unreported_and_writes_nothing_twice() {
    let server = RedisServer::start();
    let stream = "test:hung";
    let publisher = Publisher::spawn(&[
        ("REDIS_URL", server.url()),
        ("REDIS_RESPONSE_TIMEOUT_MS", "300".into()),
        ("PUBLISHER_STREAM", stream.into()),
        ("PUBLISHER_BATCH", "20".into()),
        ("PUBLISHER_DRAIN_MS", "1000".into()),
        ("PRODUCER_INTERVAL_MS", "1".into()),
    ]);
    let mut acked = BTreeSet::new();
    publisher.acks_until(100, &mut acked);
    // The server hangs: connections stay open, nothing is answered.
    common::signal(server.pid(), "STOP");
    std::thread::sleep(Duration::from_millis(700));
    common::signal(publisher.child.id(), "TERM");
    let (code, stderr) = publisher.finish(Duration::from_secs(30), &mut acked);
    // The server comes back and runs whatever was sent to it.
    common::signal(server.pid(), "CONT");
    std::thread::sleep(Duration::from_millis(1000));

    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("stop hook `publisher` failed"), "{stderr}");
    let not_written = number_before(&stderr, "acknowledged messages are not written");
    let may_be_written = number_before(&stderr, "of them were sent");
    assert!(not_written > 0, "{stderr}");

    let bodies = stream_bodies(&server, stream);
    let written: BTreeSet<u64> = bodies
        .iter()
        .map(|b| {
            b.strip_prefix("message ")
                .expect("body")
                .parse()
                .expect("n")
        })
        .collect();
    assert_eq!(written.len(), bodies.len(), "a message was written twice");
    let missing = acked.difference(&written).count();
    eprintln!("hung server: acked {}, written {}, missing {missing}, reported {not_written} not written, {may_be_written} sent", acked.len(), written.len());
    // Exactly the messages reported are missing, less those the server
    // added once it recovered.
    assert!(
        missing <= not_written && missing + may_be_written >= not_written,
        "missing {missing}, reported {not_written} not written of which {may_be_written} sent\n{stderr}"
    );
}

/// The tutorial's program, as its last section runs it: `VALKEY_URL` set,
/// messages in the stream, Ctrl-C (SIGINT) stops it with exit code 0, and
/// the URL's password never reaches the log.
#[test]
fn the_tutorial_publishes_until_sigint_and_exits_zero() {
    let server = RedisServer::start();
    let url = server
        .url()
        .replace("redis://", "redis://default:not-checked@");
    let common::Spawned { child, .. } = common::spawn_example(
        "tutorial",
        &["redis"],
        &[
            ("VALKEY_URL", url.as_str()),
            ("APP_CHANNEL", "tutorial:events"),
            ("APP_INTERVAL_MS", "10"),
        ],
    );
    let began = Instant::now();
    while stream_len(&server, "tutorial:events") < 5 {
        assert!(began.elapsed() < Duration::from_secs(30), "no messages");
        std::thread::sleep(Duration::from_millis(20));
    }
    common::signal(child.id(), "INT");
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("default:***@127.0.0.1"), "{stderr}");
    assert!(!stderr.contains("not-checked"), "{stderr}");
    let client = redis::Client::open(server.url()).expect("url");
    let mut conn = client.get_connection().expect("connect");
    let first: redis::streams::StreamRangeReply = redis::cmd("XRANGE")
        .arg("tutorial:events")
        .arg("-")
        .arg("+")
        .arg("COUNT")
        .arg(1)
        .query(&mut conn)
        .expect("XRANGE");
    assert_eq!(
        first.ids[0].get::<String>("message").as_deref(),
        Some("hello 0")
    );
}

fn stream_len(server: &RedisServer, stream: &str) -> usize {
    let client = redis::Client::open(server.url()).expect("url");
    let mut conn = client.get_connection().expect("connect");
    redis::cmd("XLEN")
        .arg(stream)
        .query(&mut conn)
        .expect("XLEN")
}
