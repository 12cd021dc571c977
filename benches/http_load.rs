//! Requests per second of a small JSON route, served through engin's HTTP
//! block and by the same router on plain `axum::serve`, for
//! `benches/http.sh`. One binary, three roles:
//!
//! ```text
//! http_load serve engin <addr>     serve through HttpServerBlock until killed
//! http_load serve plain <addr>     serve with axum::serve until killed
//! http_load load <addr> <secs> <connections>
//!                                  keep-alive HTTP/1.1 GETs of /json from
//!                                  <connections> connections; prints
//!                                  requests per second
//! ```

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use engin::http::axum::routing::get;
use engin::http::axum::{Json, Router};
use engin::http::{HttpConfig, HttpServerBlock};
use engin::Options;
use serde::Serialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[derive(Serialize)]
struct Hello {
    message: &'static str,
    id: u64,
}

/// The route both servers serve.
fn router() -> Router {
    Router::new().route(
        "/json",
        get(|| async {
            Json(Hello {
                message: "hello",
                id: 42,
            })
        }),
    )
}

#[engin::provide]
fn routes() -> Router {
    router()
}

#[engin::app(HttpServerBlock, routes, supply(config: HttpConfig))]
struct Served;

async fn serve(kind: &str, addr: SocketAddr) -> ExitCode {
    match kind {
        "engin" => {
            let config = HttpConfig {
                addr,
                ..HttpConfig::default()
            };
            ExitCode::from(Served::run_with(Options::default(), config).await.code())
        }
        "plain" => {
            let listener = tokio::net::TcpListener::bind(addr).await.expect("binds");
            axum_serve(listener).await;
            ExitCode::SUCCESS
        }
        _ => ExitCode::from(2),
    }
}

async fn axum_serve(listener: tokio::net::TcpListener) {
    engin::http::axum::serve(listener, router())
        .await
        .expect("serves");
}

/// One connection's loop: a request, its whole response, again.
async fn client(addr: SocketAddr, stop: Arc<AtomicBool>, done: Arc<AtomicU64>) {
    let mut stream = tokio::net::TcpStream::connect(addr)
        .await
        .expect("connects");
    stream.set_nodelay(true).expect("nodelay");
    let request = format!("GET /json HTTP/1.1\r\nHost: {addr}\r\n\r\n");
    let mut buf = vec![0u8; 4096];
    while !stop.load(Ordering::Relaxed) {
        stream.write_all(request.as_bytes()).await.expect("writes");
        let mut have = 0;
        loop {
            let n = stream.read(&mut buf[have..]).await.expect("reads");
            assert!(n > 0, "the server closed the connection");
            have += n;
            if let Some(end) = complete(&buf[..have]) {
                assert_eq!(end, have, "one response at a time");
                break;
            }
        }
        assert!(buf.starts_with(b"HTTP/1.1 200"), "a 200");
        done.fetch_add(1, Ordering::Relaxed);
    }
}

/// The length of the response at the start of `buf`, once it is whole.
fn complete(buf: &[u8]) -> Option<usize> {
    let head = buf.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let headers = std::str::from_utf8(&buf[..head]).ok()?;
    let length: usize = headers
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })
        .expect("a content-length");
    (buf.len() >= head + length).then_some(head + length)
}

async fn load(addr: SocketAddr, secs: f64, connections: usize) {
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicU64::new(0));
    let clients: Vec<_> = (0..connections)
        .map(|_| tokio::spawn(client(addr, stop.clone(), done.clone())))
        .collect();
    // Warm up, then count.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (t0, n0) = (Instant::now(), done.load(Ordering::Relaxed));
    tokio::time::sleep(Duration::from_secs_f64(secs)).await;
    let (elapsed, n) = (t0.elapsed(), done.load(Ordering::Relaxed) - n0);
    stop.store(true, Ordering::Relaxed);
    for c in clients {
        c.await.expect("a client ends cleanly");
    }
    println!("{:.0}", n as f64 / elapsed.as_secs_f64());
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["serve", kind, addr] => rt.block_on(serve(kind, addr.parse().expect("an address"))),
        ["load", addr, secs, connections] => {
            rt.block_on(load(
                addr.parse().expect("an address"),
                secs.parse().expect("seconds"),
                connections.parse().expect("connections"),
            ));
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: http_load serve engin|plain <addr> | http_load load <addr> <secs> <connections>");
            ExitCode::from(2)
        }
    }
}
