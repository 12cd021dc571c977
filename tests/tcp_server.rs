//! `examples/tcp_server.rs` as a real process on a free loopback port, with
//! real clients and a real SIGTERM: the commands in flight finish, the
//! connection tasks stop before the store's background task, and that
//! before the store.

mod common;

use std::net::{SocketAddr, TcpListener};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

fn free_addr() -> SocketAddr {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
}

/// A client that sends one line and reads one reply.
struct Client(BufReader<TcpStream>);

impl Client {
    async fn connect(addr: SocketAddr) -> Client {
        Client(BufReader::new(
            TcpStream::connect(addr).await.expect("connects"),
        ))
    }

    async fn send(&mut self, line: &str) {
        let stream = self.0.get_mut();
        stream
            .write_all(format!("{line}\n").as_bytes())
            .await
            .expect("writes");
    }

    async fn reply(&mut self) -> String {
        let mut reply = String::new();
        let read = tokio::time::timeout(Duration::from_secs(10), self.0.read_line(&mut reply));
        read.await.expect("a reply in time").expect("reads");
        reply.trim_end().to_owned()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn at_sigterm_commands_in_flight_finish_and_tasks_stop_in_dependency_order() {
    let addr = free_addr();
    let server = common::spawn_example("tcp_server", &[], &[("ADDR", addr.to_string())]);
    server.expect_line(&format!("listening on {addr}"));

    let mut a = Client::connect(addr).await;
    a.send("SET greeting hello").await;
    assert_eq!(a.reply().await, "OK");
    a.send("GET greeting").await;
    assert_eq!(a.reply().await, "hello");

    let mut slow = Vec::new();
    for _ in 0..2 {
        let mut client = Client::connect(addr).await;
        client.send("SLOW 800").await;
        slow.push(client);
    }
    server.expect_line("slow command started");
    server.expect_line("slow command started");
    let _idle = Client::connect(addr).await;

    common::signal(server.child.id(), "TERM");
    for client in &mut slow {
        assert_eq!(client.reply().await, "OK", "the command in flight finished");
    }
    let (code, rest, stderr) = server.finish();
    assert_eq!(code, Some(0), "{stderr}");
    let mut expected = vec!["connection closed"; 4];
    expected.extend(["purge stopped", "store closed"]);
    assert_eq!(rest, expected, "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_busy_port_fails_start_up_naming_the_listener() {
    let taken = TcpListener::bind("127.0.0.1:0").expect("binds");
    let addr = taken.local_addr().unwrap();
    let server = common::spawn_example("tcp_server", &[], &[("ADDR", addr.to_string())]);
    let (code, rest, stderr) = server.finish();
    assert_eq!(code, Some(1), "{stderr}");
    // What was built before it is cleaned up.
    assert_eq!(rest, ["store closed"], "{stderr}");
    assert!(stderr.contains("provider `listener` failed"), "{stderr}");
}
