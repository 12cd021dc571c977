//! An HTTP server block on [axum](https://docs.rs/axum) (feature `axum`):
//! it listens once the values its routes use have started, is ready only
//! once every start hook has run, and stops drained, before what its
//! handlers use stops.
//!
//! The application provides the routes, as an [`axum::Router`]; the block
//! adds the readiness, liveness and start-up endpoints and serves them all:
//!
//! ```no_run
//! use engin::http::axum::{routing::get, Router};
//! use engin::http::HttpBlock;
//!
//! #[derive(Clone)]
//! struct Database;
//!
//! #[engin::provide]
//! fn database() -> Database { Database }
//!
//! #[engin::provide] // the routes depend on the database: it starts first, stops last
//! fn routes(db: &Database) -> Router {
//!     Router::new()
//!         .route("/", get(|| async { "hello" }))
//!         .with_state(db.clone())
//! }
//!
//! #[engin::app(HttpBlock, routes, database)]
//! struct App;
//!
//! #[tokio::main]
//! async fn main() -> engin::Exit { App::run().await }
//! ```
//!
//! Several values in the handlers: provide a state struct whose fields
//! are injected, hand it to the router with `with_state`, and let each
//! handler take it with `State`. The routes then depend on every field's
//! provider, so all of them have started before the first request and stop
//! after the last:
//!
//! ```
//! use engin::http::axum::extract::State;
//! use engin::http::axum::{routing::get, Router};
//! use engin::http::HttpBlock;
//!
//! #[derive(Clone)]
//! struct Database;
//! #[derive(Clone)]
//! struct Cache;
//!
//! #[engin::provide]
//! fn database() -> Database { Database }
//! #[engin::provide]
//! fn cache() -> Cache { Cache }
//!
//! /// What the handlers use, built by injecting its fields.
//! #[engin::provide]
//! #[derive(Clone)]
//! struct AppState {
//!     db: Database,
//!     cache: Cache,
//! }
//!
//! async fn home(State(state): State<AppState>) -> &'static str {
//!     let (_db, _cache) = (&state.db, &state.cache);
//!     "hello"
//! }
//!
//! #[engin::provide]
//! fn routes(state: &AppState) -> Router {
//!     Router::new().route("/", get(home)).with_state(state.clone())
//! }
//!
//! #[engin::app(HttpBlock, database, cache, AppState, routes)]
//! struct App;
//! # fn main() {}
//! ```
//!
//! What happens, in order:
//!
//! 1. **Start.** The block's start hook binds the address (an address in
//!    use fails start-up with an error naming it, and everything already
//!    started stops) and starts serving. Its hook depends on the routes'
//!    provider, so what the handlers use has started before the first
//!    request.
//! 2. **Ready.** `GET /startup` answers 200 once every start hook and
//!    every `on_started` hook of the application has completed, 503
//!    before. `GET /ready` answers 200 from then on while no readiness
//!    health check fails, and `GET /live` while no liveness check fails
//!    ([`Health`]). Each answers with the health report as JSON: the
//!    overall status, and each component's status (`failing`, or
//!    `degraded` with the chain to the failing component it depends on),
//!    its checks' last latency and error, URL passwords hidden. An
//!    application route at one of these paths fails start-up with an
//!    error naming the path and its setting.
//! 3. **Shutdown begins.** `/ready` answers 503 at once, and the
//!    `on_stopping` hooks run. After
//!    [`shutdown_delay`](HttpConfig::shutdown_delay) (0 by default, 5 s in
//!    a Kubernetes pod; give a load balancer time to notice), the listener
//!    closes: new connections
//!    are refused. Requests in flight get up to
//!    [`drain_timeout`](HttpConfig::drain_timeout) to finish; those still
//!    running then are cut (answered 503) and counted in the hook's error,
//!    so the application exits non-zero.
//! 4. **Then** the hooks of what the handlers use stop: a database closes
//!    after the last request.
//!
//! Against slow and hostile clients: a connection that has not sent a
//! whole request head within
//! [`header_read_timeout`](HttpConfig::header_read_timeout) (10 s) is
//! closed, so half-sent requests (slowloris) cannot hold connections open;
//! at most [`max_connections`](HttpConfig::max_connections) (1024) are open
//! at once, and beyond that new connections wait in the listen backlog
//! while the open ones are served; at the drain, connections with no
//! request in flight (idle, or still sending a head) are closed at once, so
//! only requests whose head was read hold the shutdown. Request bodies are
//! limited to [`body_limit`](HttpConfig::body_limit) (2 MiB, axum's
//! default), and a request may be given a
//! [`request_timeout`](HttpConfig::request_timeout) (none by default).
//!
//! [`HttpBlock`] reads its settings from `HTTP_*` ([`HttpConfig`]); for
//! other names, use [`HttpServerBlock`] and provide the [`HttpConfig`].

use std::future::Future;
use std::net::SocketAddr;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::task::Poll;
use std::time::Duration;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use engin_core::{BoxError, CancellationToken, Health, Lifecycle};
use serde::Deserialize;
use tokio::task::JoinHandle;

use crate::config::{ConfigError, Settings};

/// The [`axum`](https://docs.rs/axum) crate this block is built with
/// (version 0.8, features `tokio`, `http1`, `json`): build routes with it
/// and the versions match.
#[doc(no_inline)]
pub use ::axum;

/// Settings of the HTTP server, read with [`Settings`]: `addr`,
/// `drain_timeout_ms`, `shutdown_delay_ms`, `ready_path`, `live_path`,
/// `startup_path`,
/// `header_read_timeout_ms`, `max_connections`, `request_timeout_ms`,
/// `body_limit_bytes`.
///
/// ```
/// use std::time::Duration;
/// use engin::http::HttpConfig;
/// let config = HttpConfig::default();
/// assert_eq!(config.addr.to_string(), "127.0.0.1:8000");
/// assert_eq!(config.drain_timeout, Duration::from_secs(10));
/// assert_eq!(config.ready_path, "/ready");
/// assert_eq!(config.header_read_timeout, Duration::from_secs(10));
/// assert_eq!(config.max_connections, 1024);
/// assert_eq!(config.request_timeout, None);
/// assert_eq!(config.body_limit, 2 * 1024 * 1024);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct HttpConfig {
    /// The address to listen on (`127.0.0.1:8000`; `0.0.0.0:8000` on
    /// Kubernetes).
    pub addr: SocketAddr,
    /// How long requests in flight have to finish at shutdown
    /// (`drain_timeout_ms`, 10 000).
    #[serde(rename = "drain_timeout_ms", with = "crate::config::millis")]
    pub drain_timeout: Duration,
    /// How long the server keeps accepting, with `/ready` at 503, once
    /// shutdown begins (`shutdown_delay_ms`, 0; 5000 on Kubernetes).
    #[serde(rename = "shutdown_delay_ms", deserialize_with = "millis_or_zero")]
    pub shutdown_delay: Duration,
    /// The readiness endpoint (`/ready`); empty: none.
    pub ready_path: String,
    /// The liveness endpoint (`/live`); empty: none.
    pub live_path: String,
    /// The start-up endpoint (`/startup`, for a Kubernetes startupProbe);
    /// empty: none.
    pub startup_path: String,
    /// How long a connection has to send a whole request head, on a new
    /// connection and between requests on a kept-alive one, before it is
    /// closed (`header_read_timeout_ms`, 10 000).
    #[serde(rename = "header_read_timeout_ms", with = "crate::config::millis")]
    pub header_read_timeout: Duration,
    /// How many connections are open at once at most (`max_connections`,
    /// 1024, the usual limit on open files); beyond it, new connections
    /// wait in the listen backlog until one closes.
    pub max_connections: usize,
    /// How long a request may run before it is answered 408 Request
    /// Timeout (`request_timeout_ms`; 0, the default: no limit).
    #[serde(rename = "request_timeout_ms", deserialize_with = "millis_or_none")]
    pub request_timeout: Option<Duration>,
    /// The largest request body the extractors read, in bytes
    /// (`body_limit_bytes`, 2 MiB, axum's own default); a larger one is
    /// answered 413 Payload Too Large.
    #[serde(rename = "body_limit_bytes")]
    pub body_limit: usize,
}

/// Whether this process runs in a Kubernetes pod: the kubelet sets
/// `KUBERNETES_SERVICE_HOST` in every container (Spring Boot detects the
/// platform the same way).
fn on_kubernetes() -> bool {
    std::env::var_os("KUBERNETES_SERVICE_HOST").is_some_and(|v| !v.is_empty())
}

/// On Kubernetes, the delay before the server stops accepting at shutdown,
/// for the endpoint's removal to reach every proxy.
pub const KUBERNETES_SHUTDOWN_DELAY: Duration = Duration::from_secs(5);

impl Default for HttpConfig {
    /// The defaults, with two that differ in a Kubernetes pod
    /// (`KUBERNETES_SERVICE_HOST` set) so that a Deployment with default
    /// settings is correct: the address is `0.0.0.0:8000` (the probes and
    /// the Service reach the pod's IP, not its loopback), and the shutdown
    /// delay is 5 s (endpoint removal reaches kube-proxy and ingresses some
    /// time after SIGTERM). Elsewhere: `127.0.0.1:8000` and no delay.
    fn default() -> Self {
        let kubernetes = on_kubernetes();
        HttpConfig {
            addr: if kubernetes {
                SocketAddr::from(([0, 0, 0, 0], 8000))
            } else {
                SocketAddr::from(([127, 0, 0, 1], 8000))
            },
            drain_timeout: Duration::from_secs(10),
            shutdown_delay: if kubernetes {
                KUBERNETES_SHUTDOWN_DELAY
            } else {
                Duration::ZERO
            },
            ready_path: "/ready".into(),
            live_path: "/live".into(),
            startup_path: "/startup".into(),
            header_read_timeout: Duration::from_secs(10),
            max_connections: 1024,
            request_timeout: None,
            body_limit: 2 * 1024 * 1024,
        }
    }
}

fn millis_or_zero<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
    u64::deserialize(d).map(Duration::from_millis)
}

/// 0: none.
fn millis_or_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Duration>, D::Error> {
    millis_or_zero(d).map(|d| (!d.is_zero()).then_some(d))
}

impl HttpConfig {
    /// Reads the settings from `HTTP_ADDR`, `HTTP_DRAIN_TIMEOUT_MS`,
    /// `HTTP_SHUTDOWN_DELAY_MS`, `HTTP_READY_PATH`, `HTTP_LIVE_PATH`,
    /// `HTTP_STARTUP_PATH`,
    /// `HTTP_HEADER_READ_TIMEOUT_MS`, `HTTP_MAX_CONNECTIONS`,
    /// `HTTP_REQUEST_TIMEOUT_MS` and `HTTP_BODY_LIMIT_BYTES`.
    pub fn from_env() -> Result<Self, ConfigError> {
        Settings::from_env("HTTP_").load()
    }
}

/// A handle on the running server, cheap to clone.
#[derive(Clone, Debug, Default)]
pub struct HttpServer {
    shared: Arc<Shared>,
}

#[derive(Debug, Default)]
struct Shared {
    addr: OnceLock<SocketAddr>,
    /// The application's health: readiness, liveness, the report.
    health: Health,
    in_flight: AtomicUsize,
    /// Connections open now.
    connections: AtomicUsize,
    /// [`HttpConfig::request_timeout`].
    request_timeout: OnceLock<Option<Duration>>,
    /// Cancelled at the drain limit: the requests still running are cut.
    cut: CancellationToken,
    cut_count: AtomicUsize,
}

impl HttpServer {
    /// The address the server listens on, once it has started (useful with
    /// port 0).
    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.shared.addr.get().copied()
    }

    /// Whether `/ready` answers 200: the application has started, shutdown
    /// has not begun, and no readiness check fails ([`Health::is_ready`]).
    pub fn is_ready(&self) -> bool {
        self.shared.health.is_ready()
    }

    /// Requests being handled now.
    pub fn in_flight(&self) -> usize {
        self.shared.in_flight.load(Ordering::Acquire)
    }

    /// Connections open now.
    pub fn connections(&self) -> usize {
        self.shared.connections.load(Ordering::Acquire)
    }
}

/// The HTTP block: provides [`HttpConfig`] (from `HTTP_*`) and, through
/// [`HttpServerBlock`], [`HttpServer`].
#[derive(Debug)]
pub struct HttpBlock;

#[crate::block(include = [crate::http::HttpServerBlock])]
impl HttpBlock {
    /// Reads [`HttpConfig`] from `HTTP_*`.
    #[crate::provide(name = "http config")]
    pub fn config() -> Result<HttpConfig, ConfigError> {
        HttpConfig::from_env()
    }
}

/// Serves the application's [`Router`] with the [`HttpConfig`] the
/// application provides; see the [module documentation](self).
#[derive(Debug)]
pub struct HttpServerBlock;

#[crate::block]
impl HttpServerBlock {
    /// Registers the server's start and stop; serves the routes with the
    /// health endpoints.
    #[crate::provide(name = "http server")]
    pub fn server(
        config: &HttpConfig,
        routes: &Router,
        lifecycle: &Lifecycle,
    ) -> Result<HttpServer, RouteError> {
        let server = HttpServer {
            shared: Arc::new(Shared {
                health: lifecycle.health(),
                ..Shared::default()
            }),
        };
        let app = with_endpoints(routes.clone(), config, &server)?;
        let serving: Arc<Mutex<Option<Serving>>> = Arc::default();
        let drain = CancellationToken::new();
        let (start, stop) = (
            Start {
                config: config.clone(),
                server: server.clone(),
                serving: serving.clone(),
                drain: drain.clone(),
                app,
            },
            Stop {
                config: config.clone(),
                server: server.clone(),
                serving,
                drain,
            },
        );
        // Its own stop limit: the delay and the drain, and time to cut.
        let limit = config
            .shutdown_delay
            .saturating_add(config.drain_timeout)
            .saturating_add(CUT_GRACE + Duration::from_secs(1));
        lifecycle
            .hook("http server")
            .stop_timeout(limit)
            .on_start_stop(move || start.run(), move || stop.run());
        Ok(server)
    }
}

/// How long cut requests have to send their 503 before the server is
/// dropped.
const CUT_GRACE: Duration = Duration::from_secs(1);

/// An application route at the path of one of the block's endpoints, or a
/// path axum rejects: start-up fails with this error, naming the setting.
#[derive(Debug, thiserror::Error)]
#[error("cannot serve engin's {endpoint} endpoint at `{path}` (`{setting}`): {reason}")]
pub struct RouteError {
    endpoint: &'static str,
    path: String,
    setting: &'static str,
    reason: String,
}

/// The application's routes, with the health endpoints and the body limit.
fn with_endpoints(
    routes: Router,
    config: &HttpConfig,
    server: &HttpServer,
) -> Result<Router, RouteError> {
    let health = &server.shared.health;
    // (path, what it answers, its setting, when it answers 200)
    type Endpoint<'a> = (&'a str, &'static str, &'static str, fn(&Health) -> bool);
    let endpoints: [Endpoint<'_>; 3] = [
        (
            &config.ready_path,
            "readiness",
            "HTTP_READY_PATH",
            Health::is_ready,
        ),
        (
            &config.live_path,
            "liveness",
            "HTTP_LIVE_PATH",
            Health::is_live,
        ),
        (
            &config.startup_path,
            "start-up",
            "HTTP_STARTUP_PATH",
            Health::is_started,
        ),
    ];
    let mut app = routes;
    for (path, endpoint, setting, probe) in endpoints {
        if path.is_empty() {
            continue;
        }
        let health = health.clone();
        let handler = get(move || async move { probe_response(&health, probe) });
        app = quietly(AssertUnwindSafe(|| app.route(path, handler))).map_err(|panic| {
            let reason = if panic.contains("Overlapping") || panic.contains("conflict") {
                format!("the application's routes already serve `GET {path}`: move the endpoint with `{setting}`, or set `{setting}=` (empty) to turn it off")
            } else {
                panic
            };
            RouteError {
                endpoint,
                path: path.to_owned(),
                setting,
                reason,
            }
        })?;
    }
    let _ = server.shared.request_timeout.set(config.request_timeout);
    // axum's extractors apply its own default without a layer.
    Ok(if config.body_limit == HttpConfig::default().body_limit {
        app
    } else {
        app.layer(axum::extract::DefaultBodyLimit::max(config.body_limit))
    })
}

/// 200 when `probe` holds, 503 otherwise, with the health report as JSON.
fn probe_response(health: &Health, probe: fn(&Health) -> bool) -> Response {
    let status = if probe(health) {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let json = [(axum::http::header::CONTENT_TYPE, "application/json")];
    (status, json, health.report().to_json()).into_response()
}

/// Runs `f`, turning a panic into its message without printing it: axum
/// reports a clashing route only by panicking, and start-up reports it as
/// an error instead. Other threads' panics are printed as before.
fn quietly<R>(f: AssertUnwindSafe<impl FnOnce() -> R>) -> Result<R, String> {
    type PanicHook = Box<dyn Fn(&std::panic::PanicHookInfo<'_>) + Sync + Send + 'static>;
    thread_local! {
        static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    let previous: Arc<PanicHook> = Arc::new(std::panic::take_hook());
    let forward = previous.clone();
    std::panic::set_hook(Box::new(move |info| {
        if !QUIET.get() {
            forward(info);
        }
    }));
    QUIET.set(true);
    let result = std::panic::catch_unwind(f);
    QUIET.set(false);
    // Dropping ours releases `forward`, so the previous hook goes back.
    drop(std::panic::take_hook());
    if let Ok(previous) = Arc::try_unwrap(previous) {
        std::panic::set_hook(previous);
    }
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "axum rejected the route".to_owned())
    })
}

/// Counts `request` while it runs, and cuts it at the drain limit or its
/// own time limit. Called by each connection's service, around the whole
/// router rather than as a layer on every route: a request that completes
/// at its first poll costs two atomic operations and no allocation.
fn tracked(
    app: &Router,
    shared: &Arc<Shared>,
    request: axum::http::Request<hyper::body::Incoming>,
) -> TrackedFuture<axum::routing::future::RouteFuture<std::convert::Infallible>> {
    shared.in_flight.fetch_add(1, Ordering::AcqRel);
    TrackedFuture {
        inner: tower_service::Service::call(&mut app.clone(), request),
        cut: None,
        in_flight: InFlight(shared.clone()),
    }
}

/// Counts one request in flight until dropped.
struct InFlight(Arc<Shared>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::AcqRel);
    }
}

pin_project_lite::pin_project! {
    /// A request's future, answered 503 if the drain limit cuts it, or 408
    /// at its time limit.
    struct TrackedFuture<F> {
        #[pin]
        inner: F,
        // Made when the request is still running after its first poll.
        cut: Option<Pin<Box<Limits>>>,
        in_flight: InFlight,
    }
}

pin_project_lite::pin_project! {
    /// What ends a request still running: the drain limit, and its own limit.
    struct Limits {
        #[pin]
        cut: tokio_util::sync::WaitForCancellationFutureOwned,
        #[pin]
        timeout: Option<tokio::time::Sleep>,
    }
}

impl<F, E> Future for TrackedFuture<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = Result<Response, E>;

    fn poll(
        self: Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        let this = self.project();
        if let std::task::Poll::Ready(r) = this.inner.poll(cx) {
            return std::task::Poll::Ready(r);
        }
        let shared = &this.in_flight.0;
        let limits = this.cut.get_or_insert_with(|| {
            Box::pin(Limits {
                cut: shared.cut.clone().cancelled_owned(),
                timeout: shared
                    .request_timeout
                    .get()
                    .copied()
                    .flatten()
                    .map(tokio::time::sleep),
            })
        });
        let limits = limits.as_mut().project();
        if let Some(timeout) = limits.timeout.as_pin_mut() {
            if timeout.poll(cx).is_ready() {
                let response = (StatusCode::REQUEST_TIMEOUT, "request timed out");
                return std::task::Poll::Ready(Ok(response.into_response()));
            }
        }
        if limits.cut.poll(cx).is_pending() {
            return std::task::Poll::Pending;
        }
        shared.cut_count.fetch_add(1, Ordering::AcqRel);
        let response = (
            StatusCode::SERVICE_UNAVAILABLE,
            [("connection", "close")],
            "cut: the server is shutting down",
        );
        std::task::Poll::Ready(Ok(response.into_response()))
    }
}

/// The start hook.
struct Start {
    config: HttpConfig,
    server: HttpServer,
    serving: Arc<Mutex<Option<Serving>>>,
    drain: CancellationToken,
    app: Router,
}

impl Start {
    fn run(self) -> Pin<Box<dyn Future<Output = Result<(), BoxError>> + Send>> {
        Box::pin(async move {
            let addr = self.config.addr;
            let listener = tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
            let local = listener.local_addr()?;
            let _ = self.server.shared.addr.set(local);
            let connections = Arc::<Connections>::default();
            let serve = accept(
                listener,
                self.app,
                self.server.shared.clone(),
                self.config,
                self.drain,
                connections.clone(),
            );
            let accept = tokio::spawn(serve);
            *self.serving.lock().unwrap_or_else(|e| e.into_inner()) = Some(Serving {
                accept,
                connections,
            });
            tracing::info!(target: "engin::http", addr = %local, "listening");
            Ok(())
        })
    }
}

/// Accepts connections until the drain begins, then waits for the open
/// ones: at the drain, each closes at once if no request is in flight on
/// it (idle, or still sending a head), or after its request otherwise.
///
/// axum's own `serve` has no header timeout and no connection limit, so
/// the block runs hyper's HTTP/1 connections itself, as `serve` does.
async fn accept(
    listener: tokio::net::TcpListener,
    app: Router,
    shared: Arc<Shared>,
    config: HttpConfig,
    drain: CancellationToken,
    connections: Arc<Connections>,
) {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.header_read_timeout(config.header_read_timeout);
    let permits = Arc::new(tokio::sync::Semaphore::new(config.max_connections));
    loop {
        // At the limit, wait for a connection to close before accepting:
        // new ones queue in the listen backlog.
        let permit = tokio::select! {
            biased;
            () = drain.cancelled() => break,
            permit = permits.clone().acquire_owned() => permit.expect("never closed"),
        };
        let stream = tokio::select! {
            biased;
            () = drain.cancelled() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => stream,
                Err(e) => {
                    // Out of file descriptors, or a connection reset before
                    // it was accepted: the listener itself is fine.
                    tracing::warn!(target: "engin::http", error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        // hyper's graceful shutdown closes an idle kept-alive connection at
        // once, but waits on a new one until its first request head is
        // whole: so each connection notes whether it has dispatched one.
        let dispatched = Arc::new(AtomicBool::new(false));
        let service = {
            let (app, shared, dispatched) = (app.clone(), shared.clone(), dispatched.clone());
            hyper::service::service_fn(move |request| {
                dispatched.store(true, Ordering::Relaxed);
                tracked(&app, &shared, request)
            })
        };
        let conn = http
            .clone()
            .timer(HeadTimer::default())
            .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
            .with_upgrades();
        let drain = Arc::<DrainSignal>::default();
        let signal = drain.clone();
        let open = Open::new(&shared);
        let task = connections.tracker.spawn(async move {
            let _open = open;
            let mut conn = std::pin::pin!(conn);
            tokio::select! {
                biased;
                _ = conn.as_mut() => {}
                () = std::future::poll_fn(|cx| drain.poll_begun(cx)) => {
                    // A head that has arrived whole is read and dispatched
                    // now; a connection that has still sent none is closed.
                    let done = std::future::poll_fn(|cx| Poll::Ready(conn.as_mut().poll(cx).is_ready())).await;
                    if !done && dispatched.load(Ordering::Relaxed) {
                        conn.as_mut().graceful_shutdown();
                        let _ = conn.await;
                    }
                }
            }
            drop(permit);
        });
        connections.register(&signal, task.abort_handle());
    }
    drop(listener);
    connections.begin_drain();
    connections.tracker.close();
    connections.tracker.wait().await;
}

/// Counts an open connection until dropped (also when a handler panics
/// and unwinds its connection's task).
struct Open(Arc<Shared>);

impl Open {
    fn new(shared: &Arc<Shared>) -> Self {
        shared.connections.fetch_add(1, Ordering::AcqRel);
        Open(shared.clone())
    }
}

impl Drop for Open {
    fn drop(&mut self) {
        self.0.connections.fetch_sub(1, Ordering::AcqRel);
    }
}

/// The open connections: their tasks, and the drain's signal to each.
///
/// The drain reaches each connection as a flag and a waker, which a
/// connection checks at each of its wake-ups with two atomic operations,
/// no lock (a `CancellationToken` wait would take one per wake-up).
#[derive(Default)]
struct Connections {
    tracker: tokio_util::task::TaskTracker,
    open: Mutex<OpenList>,
}

/// Each open connection's drain signal and task.
type OpenList = Vec<(std::sync::Weak<DrainSignal>, tokio::task::AbortHandle)>;

#[derive(Default)]
struct DrainSignal {
    begun: AtomicBool,
    waker: futures_util::task::AtomicWaker,
}

impl Connections {
    fn lock(
        &self,
    ) -> std::sync::MutexGuard<'_, Vec<(std::sync::Weak<DrainSignal>, tokio::task::AbortHandle)>>
    {
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A new connection's signal and task.
    fn register(&self, signal: &Arc<DrainSignal>, task: tokio::task::AbortHandle) {
        let mut open = self.lock();
        if open.len() == open.capacity() {
            // Forget closed connections before the list grows.
            open.retain(|(s, _)| s.strong_count() > 0);
        }
        open.push((Arc::downgrade(signal), task));
    }

    /// Signals every connection still open.
    fn begin_drain(&self) {
        for (signal, _) in self.lock().iter() {
            if let Some(signal) = signal.upgrade() {
                signal.begun.store(true, Ordering::Release);
                signal.waker.wake();
            }
        }
    }

    /// Aborts every connection still open.
    fn abort(&self) {
        for (_, task) in std::mem::take(&mut *self.lock()) {
            task.abort();
        }
    }
}

impl DrainSignal {
    fn poll_begun(&self, cx: &mut std::task::Context<'_>) -> Poll<()> {
        if self.begun.load(Ordering::Acquire) {
            return Poll::Ready(());
        }
        self.waker.register(cx.waker());
        if self.begun.load(Ordering::Acquire) {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }
}

/// The accept loop's task and its connections, aborted if dropped: a stop
/// hook cut short by the shutdown budget, or hooks dropped with the
/// application, must not leave the server serving.
struct Serving {
    accept: JoinHandle<()>,
    connections: Arc<Connections>,
}

impl Drop for Serving {
    fn drop(&mut self) {
        self.accept.abort();
        self.connections.abort();
    }
}

/// hyper's header-read timer, one per connection.
///
/// hyper makes a new sleep for every request head and drops it once the
/// head is read; with tokio's timer each would enter the timer wheel and
/// leave it again, twice per request. Here the heads of a connection share
/// one tokio sleep,
/// moved only when it fires before the current head's deadline: one timer
/// operation per timeout period instead of two per request.
#[derive(Clone)]
struct HeadTimer(Arc<Mutex<Pin<Box<tokio::time::Sleep>>>>);

impl Default for HeadTimer {
    fn default() -> Self {
        // Registered at its first poll, reset to that head's deadline.
        let far = tokio::time::Instant::now() + Duration::from_secs(86_400 * 365);
        HeadTimer(Arc::new(Mutex::new(Box::pin(tokio::time::sleep_until(
            far,
        )))))
    }
}

impl hyper::rt::Timer for HeadTimer {
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn hyper::rt::Sleep>> {
        self.sleep_until(std::time::Instant::now() + duration)
    }

    fn sleep_until(&self, deadline: std::time::Instant) -> Pin<Box<dyn hyper::rt::Sleep>> {
        Box::pin(HeadSleep {
            deadline: tokio::time::Instant::from_std(deadline),
            shared: self.0.clone(),
        })
    }
}

/// One head's deadline, on its connection's shared sleep.
struct HeadSleep {
    deadline: tokio::time::Instant,
    shared: Arc<Mutex<Pin<Box<tokio::time::Sleep>>>>,
}

impl Future for HeadSleep {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> Poll<()> {
        let mut sleep = self.shared.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if sleep.deadline() > self.deadline {
                sleep.as_mut().reset(self.deadline);
            }
            if sleep.as_mut().poll(cx).is_pending() {
                return Poll::Pending;
            }
            // It fired: at this head's deadline, or at an earlier one's.
            if sleep.deadline() >= self.deadline {
                return Poll::Ready(());
            }
            sleep.as_mut().reset(self.deadline);
        }
    }
}

impl hyper::rt::Sleep for HeadSleep {}

/// The stop hook.
struct Stop {
    config: HttpConfig,
    server: HttpServer,
    serving: Arc<Mutex<Option<Serving>>>,
    drain: CancellationToken,
}

impl Stop {
    fn run(self) -> Pin<Box<dyn Future<Output = Result<(), BoxError>> + Send>> {
        Box::pin(async move {
            let shared = &self.server.shared;
            let Some(mut serving) = self
                .serving
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .take()
            else {
                return Ok(());
            };
            if !self.config.shutdown_delay.is_zero() {
                tracing::info!(target: "engin::http", delay = ?self.config.shutdown_delay, "not ready; still accepting");
                tokio::time::sleep(self.config.shutdown_delay).await;
            }
            // The listener closes now; connections finish their request.
            self.drain.cancel();
            let limit = self.config.drain_timeout;
            tracing::info!(target: "engin::http", in_flight = shared.in_flight.load(Ordering::Acquire), ?limit, "draining");
            if tokio::time::timeout(limit, &mut serving.accept)
                .await
                .is_ok()
            {
                tracing::info!(target: "engin::http", "drained");
                return Ok(());
            }
            shared.cut.cancel();
            if tokio::time::timeout(CUT_GRACE, &mut serving.accept)
                .await
                .is_err()
            {
                // Still open: a response body still streaming, or written
                // to a client that does not read. Closed now, and gone
                // before what the handlers use stops.
                serving.accept.abort();
                serving.connections.abort();
                let _ = tokio::time::timeout(CUT_GRACE, serving.connections.tracker.wait()).await;
            }
            let cut = shared.cut_count.load(Ordering::Acquire);
            if cut == 0 {
                // Connections with no request running (a client slow to
                // send one): closed, nothing lost.
                tracing::warn!(target: "engin::http", ?limit, "connections still open after the drain limit were closed");
                return Ok(());
            }
            let s = if cut == 1 { "" } else { "s" };
            Err(
                format!("{cut} request{s} still running after the drain limit of {limit:?} cut")
                    .into(),
            )
        })
    }
}
