//! The HTTP block, through `examples/lifespan.rs` run as a child process
//! on a free loopback port, with a real HTTP client (hyper) and real
//! signals.

mod common;

use std::net::{SocketAddr, TcpListener};
use std::time::{Duration, Instant};

use common::http_client::get;
use engin::http::axum::http::StatusCode;

/// A port nobody listens on now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// The lifespan example on a free port.
struct Server {
    spawned: common::Spawned,
    addr: SocketAddr,
}

impl Server {
    fn spawn(env: &[(&str, &str)]) -> Server {
        let addr = SocketAddr::from(([127, 0, 0, 1], free_port()));
        Server::at(addr, env)
    }

    fn at(addr: SocketAddr, env: &[(&str, &str)]) -> Server {
        let mut vars: Vec<(&str, String)> = vec![("ADDR", addr.to_string())];
        vars.extend(env.iter().map(|(k, v)| (*k, v.to_string())));
        let spawned = common::spawn_example("lifespan", &["axum"], &vars);
        Server { spawned, addr }
    }

    /// Waits until the server answers `/live`.
    async fn listening(&self) {
        let began = Instant::now();
        while get(self.addr, "/live").await.is_err() {
            assert!(began.elapsed() < Duration::from_secs(30), "never listened");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    fn expect_line(&self, wanted: &str) -> Vec<String> {
        self.spawned.expect_line(wanted)
    }

    fn signal(&self, name: &str) {
        common::signal(self.spawned.child.id(), name);
    }

    fn finish(self) -> (Option<i32>, Vec<String>, String) {
        self.spawned.finish()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ready_answers_503_until_every_start_hook_has_started_then_200() {
    let server = Server::spawn(&[("WARMUP_MS", "1500")]);
    server.listening().await;
    // Listening, and the routes work, but the warm-up is still starting.
    let (status, body) = get(server.addr, "/ready").await.unwrap();
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert!(
        body.starts_with(r#"{"status":"starting","ready":false"#),
        "{body}"
    );
    let (status, body) = get(server.addr, "/").await.unwrap();
    assert_eq!(
        (status, body.as_str()),
        (StatusCode::OK, r#"{"database":"connected"}"#)
    );
    server.expect_line("warm-up done");
    let began = Instant::now();
    loop {
        let (status, _) = get(server.addr, "/ready").await.unwrap();
        if status == StatusCode::OK {
            break;
        }
        assert!(began.elapsed() < Duration::from_secs(10), "never ready");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    server.signal("TERM");
    let (code, rest, stderr) = server.finish();
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(rest, ["database disconnected"], "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_in_flight_at_sigterm_complete_and_new_connections_are_refused() {
    let server = Server::spawn(&[]);
    server.listening().await;
    let addr = server.addr;
    let requests: Vec<_> = (0..5)
        .map(|_| tokio::spawn(async move { get(addr, "/slow?ms=1500").await }))
        .collect();
    for _ in 0..5 {
        server.expect_line("slow request started");
    }
    server.signal("TERM");
    // The listener closes while the five are still running.
    let began = Instant::now();
    loop {
        match tokio::net::TcpStream::connect(addr).await {
            Err(e) => {
                // Refused; or reset, when the attempt's handshake was under
                // way in the backlog at the instant the listener closed.
                assert!(
                    matches!(
                        e.kind(),
                        std::io::ErrorKind::ConnectionRefused | std::io::ErrorKind::ConnectionReset
                    ),
                    "{e}"
                );
                break;
            }
            Ok(_) => {
                assert!(began.elapsed() < Duration::from_secs(1), "still accepting");
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        }
    }
    assert!(
        server.spawned.lines.try_recv().is_err(),
        "refused only once no request had finished"
    );
    for r in requests {
        let (status, body) = r.await.unwrap().unwrap();
        assert_eq!((status, body.as_str()), (StatusCode::OK, "done"));
    }
    let (code, rest, stderr) = server.finish();
    assert_eq!(code, Some(0), "{stderr}");
    // The database disconnects after the last request.
    let mut expected = vec!["slow request done"; 5];
    expected.push("database disconnected");
    assert_eq!(rest, expected, "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ready_answers_503_as_soon_as_shutdown_begins() {
    let server = Server::spawn(&[("SHUTDOWN_DELAY_MS", "1500")]);
    server.listening().await;
    let began = Instant::now();
    while get(server.addr, "/ready").await.unwrap().0 != StatusCode::OK {
        assert!(began.elapsed() < Duration::from_secs(10), "never ready");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    server.signal("TERM");
    let began = Instant::now();
    loop {
        let (status, _) = get(server.addr, "/ready").await.unwrap();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            break;
        }
        assert!(began.elapsed() < Duration::from_millis(500), "still ready");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // Still serving during the delay: a load balancer sees 503 and moves on.
    let (status, _) = get(server.addr, "/").await.unwrap();
    assert_eq!(status, StatusCode::OK);
    let (code, rest, stderr) = server.finish();
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        rest,
        ["database connected", "database disconnected"],
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_longer_than_the_drain_limit_is_cut_and_reported() {
    let server = Server::spawn(&[("DRAIN_TIMEOUT_MS", "300")]);
    server.listening().await;
    let addr = server.addr;
    let request = tokio::spawn(async move { get(addr, "/slow?ms=20000").await });
    server.expect_line("slow request started");
    server.signal("TERM");
    let (status, body) = request.await.unwrap().unwrap();
    assert_eq!(
        (status, body.as_str()),
        (
            StatusCode::SERVICE_UNAVAILABLE,
            "cut: the server is shutting down"
        )
    );
    let (code, rest, stderr) = server.finish();
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "stop hook `http server` failed: 1 request still running after the drain limit of 300ms cut"
        ),
        "{stderr}"
    );
    assert_eq!(rest, ["database disconnected"], "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_busy_port_fails_start_and_stops_what_had_started() {
    let busy = TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = busy.local_addr().unwrap().port();
    let addr = format!("127.0.0.1:{port}");
    let server = Server::at(addr.parse().unwrap(), &[]);
    let (code, lines, stderr) = server.finish();
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "start hook `http server` failed: cannot listen on {addr}: "
        )),
        "{stderr}"
    );
    // The database started before the server tried to listen: it is
    // disconnected, and nothing else is left.
    assert_eq!(
        lines,
        ["database connected", "database disconnected"],
        "{stderr}"
    );
    drop(busy);
}

/// A connection that sent half a request head and then nothing (slowloris).
async fn half_sent(addr: SocketAddr) -> tokio::net::TcpStream {
    use tokio::io::AsyncWriteExt;
    let mut stream = tokio::net::TcpStream::connect(addr)
        .await
        .expect("connects");
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
        .await
        .expect("writes");
    stream
}

/// A connection that made one request, read its answer, and sent `next`.
async fn kept_alive(addr: SocketAddr, next: &[u8]) -> tokio::net::TcpStream {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr)
        .await
        .expect("connects");
    stream
        .write_all(b"GET /live HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .expect("writes");
    let mut answer = Vec::new();
    let mut buf = [0u8; 256];
    // The whole health report, a JSON object.
    while !answer.ends_with(b"]}") {
        let n = stream.read(&mut buf).await.expect("reads");
        assert!(n > 0, "closed before answering");
        answer.extend_from_slice(&buf[..n]);
    }
    stream.write_all(next).await.expect("writes");
    stream
}

/// Whether the server closes `stream` (end of file or reset) within `within`.
async fn closed_within(stream: &mut tokio::net::TcpStream, within: Duration) -> bool {
    use tokio::io::AsyncReadExt;
    let mut buf = [0u8; 256];
    let closed = async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    };
    tokio::time::timeout(within, closed).await.is_ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_sent_requests_are_closed_by_the_header_timeout_while_others_are_served() {
    let server = Server::spawn(&[("HEADER_READ_TIMEOUT_MS", "1000")]);
    server.listening().await;
    let opened = Instant::now();
    let mut held = Vec::new();
    for _ in 0..200 {
        held.push(half_sent(server.addr).await);
    }
    // And on a kept-alive connection, between its requests.
    held.push(kept_alive(server.addr, b"GET / HTTP/1.1\r\n").await);
    // The server still answers a normal client at once.
    let began = Instant::now();
    let (status, _) = get(server.addr, "/").await.unwrap();
    let took = began.elapsed();
    assert_eq!(status, StatusCode::OK);
    assert!(took < Duration::from_millis(100), "answered in {took:?}");
    // Every half-sent connection is closed by the timeout, not before it.
    for stream in &mut held {
        let left = Duration::from_secs(5).saturating_sub(opened.elapsed());
        assert!(
            closed_within(stream, left).await,
            "a half-sent connection stayed open"
        );
    }
    assert!(opened.elapsed() >= Duration::from_millis(1000));
    server.signal("TERM");
    let (code, _, stderr) = server.finish();
    assert_eq!(code, Some(0), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn at_sigterm_half_sent_connections_close_at_once_and_only_a_request_in_flight_is_drained() {
    // The default header timeout (10 s) would hold them far longer.
    let server = Server::spawn(&[]);
    server.listening().await;
    let mut held = Vec::new();
    for _ in 0..50 {
        held.push(half_sent(server.addr).await);
    }
    // Kept alive after a request: idle, and sending half its next head.
    for next in [&b""[..], b"GET / HTTP/1.1\r\n"] {
        held.push(kept_alive(server.addr, next).await);
    }
    let addr = server.addr;
    let slow = tokio::spawn(async move {
        let r = get(addr, "/slow?ms=1500").await;
        (r, Instant::now())
    });
    server.expect_line("slow request started");
    let signalled = Instant::now();
    server.signal("TERM");
    for stream in &mut held {
        assert!(
            closed_within(stream, Duration::from_millis(500)).await,
            "a half-sent connection held the drain"
        );
    }
    assert!(signalled.elapsed() < Duration::from_millis(1000));
    let (response, done) = slow.await.unwrap();
    let (status, body) = response.unwrap();
    assert_eq!((status, body.as_str()), (StatusCode::OK, "done"));
    let mut spawned = server.spawned;
    assert!(
        common::exits_within(&mut spawned.child, Duration::from_secs(1)),
        "still running 1 s after the last request"
    );
    let exited = done.elapsed();
    let (code, rest, stderr) = spawned.finish();
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        rest,
        ["slow request done", "database disconnected"],
        "{stderr}"
    );
    assert!(exited < Duration::from_secs(1), "{exited:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn beyond_the_connection_limit_a_new_connection_waits_for_one_to_close() {
    let server = Server::spawn(&[("MAX_CONNECTIONS", "2")]);
    server.listening().await;
    // `listening` used connections of its own: give the server a moment to
    // see them closed.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let first = half_sent(server.addr).await;
    let second = half_sent(server.addr).await;
    let addr = server.addr;
    let third = tokio::spawn(async move {
        let r = get(addr, "/").await;
        (r, Instant::now())
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!third.is_finished(), "served beyond the limit");
    let freed = Instant::now();
    drop(first);
    let (response, answered) = third.await.unwrap();
    assert_eq!(response.unwrap().0, StatusCode::OK);
    assert!(answered.duration_since(freed) < Duration::from_millis(500));
    drop(second);
    server.signal("TERM");
    let (code, _, stderr) = server.finish();
    assert_eq!(code, Some(0), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_past_its_time_limit_is_answered_408() {
    let server = Server::spawn(&[("REQUEST_TIMEOUT_MS", "200")]);
    server.listening().await;
    let (status, body) = get(server.addr, "/slow?ms=5000").await.unwrap();
    assert_eq!(
        (status, body.as_str()),
        (StatusCode::REQUEST_TIMEOUT, "request timed out")
    );
    let (status, _) = get(server.addr, "/slow?ms=10").await.unwrap();
    assert_eq!(status, StatusCode::OK);
    server.signal("TERM");
    let (code, _, stderr) = server.finish();
    assert_eq!(code, Some(0), "{stderr}");
}

// In process: a response whose body streams without end cannot keep its
// connection, nor what its handler uses, past the drain.
mod endless {
    use std::pin::Pin;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    use std::task::{Context, Poll};
    use std::time::Duration;

    use engin::http::axum::body::{Body, Bytes};
    use engin::http::axum::routing::get;
    use engin::http::axum::Router;
    use engin::http::{HttpConfig, HttpServer, HttpServerBlock};
    use engin::{app, provide, Lifecycle, Options};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    use super::common::Events;

    /// A body that sends a line every 10 ms for ever; notes when dropped.
    struct Endless(tokio::time::Interval, Arc<AtomicBool>);

    impl http_body::Body for Endless {
        type Data = Bytes;
        type Error = std::convert::Infallible;

        fn poll_frame(
            mut self: Pin<&mut Self>,
            cx: &mut Context<'_>,
        ) -> Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
            std::task::ready!(self.0.poll_tick(cx));
            Poll::Ready(Some(Ok(http_body::Frame::data(Bytes::from_static(
                b"tick\n",
            )))))
        }
    }

    impl Drop for Endless {
        fn drop(&mut self) {
            self.1.store(true, Ordering::SeqCst);
        }
    }

    #[derive(Clone)]
    struct Feed(Arc<AtomicBool>);

    #[provide]
    fn feed(lifecycle: &Lifecycle, events: &Events) -> Feed {
        let dropped = Arc::new(AtomicBool::new(false));
        let (seen, log) = (dropped.clone(), events.clone());
        lifecycle.on_stop("feed", move || async move {
            let state = if seen.load(Ordering::SeqCst) {
                "gone"
            } else {
                "still streaming"
            };
            log.log(format!("feed closed, stream {state}"));
            Ok(())
        });
        Feed(dropped)
    }

    #[provide]
    fn routes(feed: &Feed) -> Router {
        let dropped = feed.0.clone();
        Router::new().route(
            "/stream",
            get(move || async move {
                let ticks = tokio::time::interval(Duration::from_millis(10));
                Body::new(Endless(ticks, dropped))
            }),
        )
    }

    #[provide]
    fn config() -> HttpConfig {
        HttpConfig {
            addr: "127.0.0.1:0".parse().unwrap(),
            drain_timeout: Duration::from_millis(300),
            ..HttpConfig::default()
        }
    }

    /// Where the test finds the server's handle (its address).
    #[derive(Clone, Default)]
    struct Slot(Arc<std::sync::Mutex<Option<HttpServer>>>);

    #[engin::invoke]
    fn keep(server: &HttpServer, slot: &Slot) {
        *slot.0.lock().unwrap() = Some(server.clone());
    }

    #[app(HttpServerBlock, config, routes, feed, keep, supply(events: Events, slot: Slot))]
    struct Streaming;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn an_endless_response_is_closed_at_the_drain_limit_before_what_it_uses_stops() {
        let events = Events::default();
        let options = Options::default().handle_signals(false);
        let slot = Slot::default();
        let running = Streaming::start_with(options, events.clone(), slot.clone())
            .await
            .expect("starts");
        let server = slot.0.lock().unwrap().clone().expect("kept");
        let addr = server.local_addr().expect("listening");
        let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        stream
            .write_all(b"GET /stream HTTP/1.1\r\nHost: x\r\n\r\n")
            .await
            .unwrap();
        let mut buf = [0u8; 1024];
        assert!(stream.read(&mut buf).await.unwrap() > 0, "streaming");
        let began = std::time::Instant::now();
        let exit = running.stop().await;
        // The drain limit, then the cut's grace: the body is closed.
        assert!(
            began.elapsed() < Duration::from_secs(5),
            "{:?}",
            began.elapsed()
        );
        assert!(exit.is_success(), "{exit}");
        assert_eq!(events.peek(), ["feed closed, stream gone"]);
        let closed = async { while stream.read(&mut buf).await.is_ok_and(|n| n > 0) {} };
        assert!(tokio::time::timeout(Duration::from_secs(1), closed)
            .await
            .is_ok());
    }
}
