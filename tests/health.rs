//! Health that follows the graph: `examples/health.rs` as a child process
//! against a real `redis-server` paused with SIGSTOP, and applications in
//! process served by the real HTTP block, both asked by a real HTTP client.

mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use common::http_client::get;
use common::redis_server::{free_port, RedisServer};
use engin::http::axum::http::StatusCode;

/// The health example on a free port, its checks every 200 ms within 300 ms.
struct Service {
    spawned: common::Spawned,
    addr: SocketAddr,
}

const INTERVAL: Duration = Duration::from_millis(200);
const TIMEOUT: Duration = Duration::from_millis(300);

impl Service {
    fn spawn(redis: &RedisServer, env: &[(&str, &str)]) -> Service {
        let addr = SocketAddr::from(([127, 0, 0, 1], free_port()));
        let mut vars: Vec<(&str, String)> = vec![
            ("ADDR", addr.to_string()),
            ("REDIS_URL", redis.url()),
            ("REDIS_HEALTH_INTERVAL_MS", INTERVAL.as_millis().to_string()),
            ("REDIS_HEALTH_TIMEOUT_MS", TIMEOUT.as_millis().to_string()),
        ];
        vars.extend(env.iter().map(|(k, v)| (*k, v.to_string())));
        let spawned = common::spawn_example("health", &["axum", "redis"], &vars);
        spawned.expect_line(&format!("serving on {addr}"));
        Service { spawned, addr }
    }

    async fn get(&self, path: &str) -> (StatusCode, String) {
        get(self.addr, path).await.expect("the service answers")
    }

    /// Polls `/ready` (and checks `/live` each time) until `done` holds;
    /// returns the last answer and how long it took.
    async fn ready_until(
        &self,
        within: Duration,
        done: impl Fn(StatusCode, &str) -> bool,
    ) -> ((StatusCode, String), Duration) {
        let began = Instant::now();
        loop {
            let (live, body) = self.get("/live").await;
            assert_eq!(
                live,
                StatusCode::OK,
                "a dependency never fails liveness: {body}"
            );
            let (status, body) = self.get("/ready").await;
            if done(status, &body) {
                return ((status, body), began.elapsed());
            }
            assert!(
                began.elapsed() < within,
                "not within {within:?}; last /ready: {status} {body}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    fn stop(self) -> Option<i32> {
        common::signal(self.spawned.child.id(), "TERM");
        self.spawned.expect_line("deregistered");
        self.spawned.finish().0
    }
}

// What the check can take to notice: a run under way when Redis pauses
// times out (TIMEOUT); one that starts later waits at most INTERVAL first.
// The rest is slack for a loaded machine.
const NOTICE: Duration = Duration::from_secs(3);

#[tokio::test]
async fn ready_turns_503_while_redis_is_paused_and_200_once_resumed_while_live_stays_200() {
    let redis = RedisServer::start();
    let service = Service::spawn(&redis, &[]);
    // `serving on` comes from an `on_started` hook: ready once they all ran.
    let ((_, body), _) = service
        .ready_until(NOTICE, |status, _| status == StatusCode::OK)
        .await;
    assert!(
        body.contains(r#"{"name":"redis","status":"healthy""#),
        "{body}"
    );
    let (status, id) = post(service.addr, "/publish", "hello").await;
    assert_eq!(status, StatusCode::OK, "published: {id}");

    common::signal(redis.pid(), "STOP");
    let ((_, body), took) = service
        .ready_until(NOTICE, |status, _| {
            status == StatusCode::SERVICE_UNAVAILABLE
        })
        .await;
    eprintln!(
        "/ready turned 503 {took:?} after SIGSTOP (timeout {TIMEOUT:?}, interval {INTERVAL:?})"
    );
    assert!(
        body.starts_with(r#"{"status":"not ready","ready":false,"live":true"#),
        "{body}"
    );
    assert!(
        body.contains(r#"{"name":"redis","status":"failing","checks":[{"name":"redis","kind":"readiness","status":"failing""#),
        "{body}"
    );
    assert!(
        body.contains(r#""error":"timed out after 300ms"}"#),
        "{body}"
    );
    assert!(
        body.contains(r#"{"name":"routes","status":"degraded","depends_on":"redis","chain":["routes","redis"]}"#),
        "{body}"
    );
    assert!(
        body.contains(r#"{"name":"http server","status":"degraded","depends_on":"redis","chain":["http server","routes","redis"]}"#),
        "{body}"
    );
    // The routes' own status page reads the same report.
    let (_, status_page) = service.get("/status").await;
    assert!(
        status_page.contains(r#""name":"redis","status":"failing""#),
        "{status_page}"
    );

    common::signal(redis.pid(), "CONT");
    let ((_, body), _) = service
        .ready_until(NOTICE, |status, _| status == StatusCode::OK)
        .await;
    assert!(
        body.contains(r#"{"name":"routes","status":"healthy"}"#),
        "{body}"
    );
    assert_eq!(service.stop(), Some(0));
}

#[tokio::test]
async fn with_readiness_off_a_paused_redis_is_reported_while_ready_stays_200() {
    let redis = RedisServer::start();
    let service = Service::spawn(&redis, &[("REDIS_READINESS", "false")]);
    common::signal(redis.pid(), "STOP");
    let ((status, body), _) = service
        .ready_until(NOTICE, |_, body| {
            body.contains(r#""name":"redis","status":"failing""#)
        })
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.starts_with(r#"{"status":"ready""#), "{body}");
    assert!(body.contains(r#""kind":"report""#), "{body}");
    assert!(
        body.contains(r#"{"name":"routes","status":"degraded","depends_on":"redis""#),
        "{body}"
    );
    common::signal(redis.pid(), "CONT");
    assert_eq!(service.stop(), Some(0));
}

/// `POST path` with `body` on a new connection: the status and the answer.
async fn post(addr: SocketAddr, path: &str, body: &str) -> (StatusCode, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let request = format!(
        "POST {path} HTTP/1.1\r\nhost: {addr}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.expect("read");
    let code: u16 = answer
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("an HTTP answer: {answer}"));
    let body = answer.split("\r\n\r\n").nth(1).unwrap_or("").to_owned();
    (StatusCode::from_u16(code).expect("a status"), body)
}

// In process: the probes, the phase hooks and the checks, with the real
// HTTP block on a free port.
mod in_process {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use engin::http::axum::http::StatusCode;
    use engin::http::axum::routing::get;
    use engin::http::axum::Router;
    use engin::http::{HttpConfig, HttpServer, HttpServerBlock};
    use engin::{app, invoke, provide, BoxError, CheckKind, Lifecycle};

    use super::common::http_client::get as fetch;
    use super::common::Events;

    /// Where the test finds the server (its address) and a gate that holds
    /// a start hook until the test opens it.
    #[derive(Clone, Default)]
    struct Probe {
        server: Arc<Mutex<Option<HttpServer>>>,
        gate: Arc<tokio::sync::Notify>,
        gated: Arc<AtomicBool>,
    }

    impl Probe {
        async fn addr(&self) -> std::net::SocketAddr {
            loop {
                let server = self.server.lock().unwrap().clone();
                if let Some(addr) = server.and_then(|s| s.local_addr()) {
                    return addr;
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        }

        async fn status(&self, path: &str) -> StatusCode {
            fetch(self.addr().await, path).await.expect("answers").0
        }
    }

    #[provide]
    fn config() -> HttpConfig {
        HttpConfig {
            addr: "127.0.0.1:0".parse().unwrap(),
            ..HttpConfig::default()
        }
    }

    #[derive(Clone)]
    struct Database;

    /// A database the routes use: it starts before the server listens and
    /// stops after it has drained.
    #[provide]
    fn database(lifecycle: &Lifecycle, events: &Events) -> Database {
        let (up, down) = (events.clone(), events.clone());
        lifecycle.on_start_stop(
            "database",
            move || async move {
                up.log("database started");
                Ok(())
            },
            move || async move {
                down.log("database stopped");
                Ok(())
            },
        );
        Database
    }

    #[derive(Clone)]
    struct Cache;

    /// A cache warm-up the routes do not use, held by the gate when the
    /// probe says so: the server listens meanwhile.
    #[provide]
    fn cache(lifecycle: &Lifecycle, probe: &Probe) -> Cache {
        let probe = probe.clone();
        lifecycle.on_start("cache warm-up", move || async move {
            if probe.gated.load(Ordering::SeqCst) {
                probe.gate.notified().await;
            }
            Ok(())
        });
        Cache
    }

    #[provide]
    fn routes(_db: &Database) -> Router {
        Router::new().route("/hello", get(|| async { "hello" }))
    }

    /// The phase hooks ask the server's own `/ready` what it says.
    #[invoke]
    fn phases(server: &HttpServer, lifecycle: &Lifecycle, events: &Events, probe: &Probe) {
        *probe.server.lock().unwrap() = Some(server.clone());
        let (started, stopping) = (events.clone(), events.clone());
        let (p1, p2) = (probe.clone(), probe.clone());
        lifecycle.on_started("announce", move || async move {
            started.log(format!(
                "on_started: /ready {}",
                p1.status("/ready").await.as_u16()
            ));
            Ok(())
        });
        lifecycle.on_stopping("deregister", move || async move {
            stopping.log(format!(
                "on_stopping: /ready {}",
                p2.status("/ready").await.as_u16()
            ));
            Ok(())
        });
    }

    #[app(HttpServerBlock, config, database, cache, routes, phases, supply(events: Events, probe: Probe))]
    struct Phased;

    #[tokio::test]
    async fn startup_answers_503_during_a_slow_start_hook_then_200() {
        let (events, probe) = (Events::default(), Probe::default());
        probe.gated.store(true, Ordering::SeqCst);
        let starting = tokio::spawn(Phased::start(events.clone(), probe.clone()));
        // The server listens (its start does not wait for the cache's:
        // the routes do not use it) while the cache is still warming up.
        assert_eq!(
            probe.status("/startup").await,
            StatusCode::SERVICE_UNAVAILABLE
        );
        assert_eq!(
            probe.status("/ready").await,
            StatusCode::SERVICE_UNAVAILABLE
        );
        assert_eq!(probe.status("/live").await, StatusCode::OK);
        let body = fetch(probe.addr().await, "/startup").await.unwrap().1;
        assert!(body.starts_with(r#"{"status":"starting""#), "{body}");
        probe.gate.notify_one();
        let running = starting.await.unwrap().expect("started");
        assert_eq!(probe.status("/startup").await, StatusCode::OK);
        assert_eq!(probe.status("/ready").await, StatusCode::OK);
        assert!(running.health().is_ready());
        assert!(running.stop().await.is_success());
    }

    #[tokio::test]
    async fn on_started_runs_after_the_last_start_hook_before_ready_and_on_stopping_after_503_before_the_first_stop_hook(
    ) {
        let (events, probe) = (Events::default(), Probe::default());
        let running = Phased::start(events.clone(), probe.clone())
            .await
            .expect("started");
        assert_eq!(probe.status("/ready").await, StatusCode::OK);
        let exit = running.stop().await;
        assert!(exit.is_success(), "{exit}");
        assert_eq!(
            events.take(),
            [
                "database started",
                "on_started: /ready 503",
                // The server still answers: its drain has not begun.
                "on_stopping: /ready 503",
                "database stopped",
            ]
        );
    }

    /// Checks that panic and that never return.
    #[provide]
    fn faulty(lifecycle: &Lifecycle) -> Database {
        lifecycle
            .health_check("panics")
            .kind(CheckKind::Liveness)
            .interval(Duration::from_millis(50))
            .check(|| async {
                if true {
                    panic!("the check broke");
                }
                Ok::<(), BoxError>(())
            });
        lifecycle
            .health_check("hangs")
            .timeout(Duration::from_millis(100))
            .interval(Duration::from_millis(50))
            .check(std::future::pending::<Result<(), BoxError>>);
        Database
    }

    #[invoke]
    fn keep(server: &HttpServer, probe: &Probe) {
        *probe.server.lock().unwrap() = Some(server.clone());
    }

    #[app(HttpServerBlock, config, faulty, routes, keep, supply(probe: Probe))]
    struct Faulty;

    #[tokio::test]
    async fn a_panicking_check_and_a_hanging_check_count_as_failing_while_the_service_keeps_serving(
    ) {
        let probe = Probe::default();
        let running = Faulty::start(probe.clone()).await.expect("started");
        let addr = probe.addr().await;
        let began = std::time::Instant::now();
        let body = loop {
            let (status, body) = fetch(addr, "/ready").await.unwrap();
            if status == StatusCode::SERVICE_UNAVAILABLE && body.contains("timed out") {
                break body;
            }
            assert!(began.elapsed() < Duration::from_secs(10), "{status} {body}");
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        assert!(
            body.contains(r#""name":"panics","kind":"liveness","status":"failing""#),
            "{body}"
        );
        assert!(
            body.contains(r#""error":"panicked: the check broke"}"#),
            "{body}"
        );
        assert!(
            body.contains(r#""error":"timed out after 100ms"}"#),
            "{body}"
        );
        assert!(
            body.contains(r#"{"name":"routes","status":"degraded","depends_on":"faulty""#),
            "{body}"
        );
        assert_eq!(probe.status("/live").await, StatusCode::SERVICE_UNAVAILABLE);
        let (status, hello) = fetch(addr, "/hello").await.unwrap();
        assert_eq!((status, hello.as_str()), (StatusCode::OK, "hello"));
        assert!(running.stop().await.is_success());
    }

    #[provide]
    fn clashing_routes() -> Router {
        Router::new().route("/ready", get(|| async { "mine" }))
    }

    #[app(HttpServerBlock, config, clashing_routes)]
    struct Clashing;

    #[tokio::test]
    async fn a_route_at_the_readiness_path_fails_start_up_with_an_error_naming_the_setting() {
        let exit = Clashing::run_with(engin::Options::default().handle_signals(false)).await;
        assert_eq!(exit.code(), 1);
        assert_eq!(exit.errors().len(), 1, "{exit}");
        assert_eq!(
            exit.errors()[0].chain().to_string(),
            "provider `http server` failed: cannot serve engin's readiness endpoint at `/ready` \
             (`HTTP_READY_PATH`): the application's routes already serve `GET /ready`: move the \
             endpoint with `HTTP_READY_PATH`, or set `HTTP_READY_PATH=` (empty) to turn it off"
        );
    }

    #[provide]
    fn moved() -> HttpConfig {
        HttpConfig {
            addr: "127.0.0.1:0".parse().unwrap(),
            ready_path: "/healthz".into(),
            ..HttpConfig::default()
        }
    }

    #[invoke]
    fn keep_moved(server: &HttpServer, probe: &Probe) {
        *probe.server.lock().unwrap() = Some(server.clone());
    }

    #[app(HttpServerBlock, moved, clashing_routes, keep_moved, supply(probe: Probe))]
    struct Moved;

    #[tokio::test]
    async fn with_the_readiness_endpoint_moved_the_application_keeps_its_own_route() {
        let probe = Probe::default();
        let running = Moved::start(probe.clone()).await.expect("started");
        let addr = probe.addr().await;
        assert_eq!(fetch(addr, "/ready").await.unwrap().1, "mine");
        assert_eq!(probe.status("/healthz").await, StatusCode::OK);
        assert!(running.stop().await.is_success());
    }
}
