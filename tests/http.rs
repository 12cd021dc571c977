//! The HTTP block, through `examples/lifespan.rs` run as a child process
//! on a free loopback port, with a real HTTP client (hyper) and real
//! signals.

mod common;

use std::net::{SocketAddr, TcpListener};
use std::time::{Duration, Instant};

use engin::http::axum::body::Body;
use engin::http::axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

/// One request on a new connection: the status and the body.
async fn get(addr: SocketAddr, path: &str) -> Result<(StatusCode, String), String> {
    let client = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(0)
        .build_http::<Body>();
    let request = Request::get(format!("http://{addr}{path}"))
        .body(Body::empty())
        .expect("a request");
    let response = client
        .request(request)
        .await
        .map_err(|e| format!("{e:?}"))?;
    let status = response.status();
    let body = response
        .into_body()
        .collect()
        .await
        .map_err(|e| format!("{e:?}"))?
        .to_bytes();
    Ok((status, String::from_utf8_lossy(&body).into_owned()))
}

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
    assert_eq!(
        (status, body.as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, "not ready")
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
                assert_eq!(e.kind(), std::io::ErrorKind::ConnectionRefused, "{e}");
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
