//! The runner: start hooks in order, wait for shutdown, stop in reverse.

use std::borrow::Cow;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::Poll;
use std::time::{Duration, Instant};

use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::catch::CatchUnwind;
use crate::error::{BoxError, Error, Phase};
use crate::lifecycle::{HookEntry, Lifecycle};
use crate::options::Options;
use crate::shutdown::Shutdown;
use crate::task::{push, supervise};

/// How an application ended: its exit code and every error reported.
///
/// Returned by `App::run()`; `main` can return it, which prints the errors
/// and exits with the code.
///
/// ```no_run
/// # struct App; impl App { async fn run() -> engin_core::Exit { unimplemented!() } }
/// #[tokio::main]
/// async fn main() -> engin_core::Exit {
///     App::run().await
/// }
/// ```
#[must_use = "an `Exit` carries the errors of the run; return it from `main` or inspect it"]
#[derive(Debug)]
pub struct Exit {
    app: &'static str,
    code: u8,
    errors: Vec<Error>,
    reason: Option<String>,
}

impl Exit {
    /// The process exit code: 0 for a clean run, the code a component asked
    /// for, or 1 after an error.
    pub fn code(&self) -> u8 {
        self.code
    }

    /// Whether the application ran and stopped without error.
    pub fn is_success(&self) -> bool {
        self.code == 0 && self.errors.is_empty()
    }

    /// Every error, the first cause first.
    pub fn errors(&self) -> &[Error] {
        &self.errors
    }

    /// Why the application stopped, if shutdown was requested.
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }
}

impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "engin `{}` exited with code {}", self.app, self.code)?;
        for e in &self.errors {
            let message = e.to_string();
            write!(f, "\n  error: {message}")?;
            // Causes already spelled out in the message are not repeated.
            let mut shown = message;
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                let text = s.to_string();
                if !shown.contains(&text) {
                    write!(f, "\n    caused by: {text}")?;
                    shown = text;
                }
                source = s.source();
            }
        }
        Ok(())
    }
}

impl std::error::Error for Exit {}

impl std::process::Termination for Exit {
    fn report(self) -> std::process::ExitCode {
        if !self.is_success() {
            eprintln!("{self}");
        }
        std::process::ExitCode::from(self.code)
    }
}

/// State shared between the generated start-up code and the runner.
#[doc(hidden)]
pub struct Context {
    app: &'static str,
    lifecycle: Lifecycle,
    shutdown: Shutdown,
    options: Options,
    errors: Arc<Mutex<Vec<Error>>>,
    serving: Arc<std::sync::atomic::AtomicBool>,
    /// Whether any `tracing` subscriber exists: without one, no span is made.
    traced: bool,
    started: Option<oneshot::Sender<()>>,
    signals: bool,
    build_started: Instant,
}

/// A panic payload as an error naming the step.
fn panicked(phase: Phase, name: &'static str, payload: &(dyn std::any::Any + Send)) -> Error {
    Error::Panicked {
        phase,
        component: Cow::Borrowed(name),
        message: crate::error::panic_message(payload),
    }
}

/// One provider build or invocation: traced with its duration, and a panic
/// in it turned into an error naming it.
struct Step {
    phase: Phase,
    name: &'static str,
    span: tracing::Span,
    timer: Timer,
}

/// Times a step, only when its debug event would be recorded: the clock is
/// not read on the fast path.
struct Timer(Option<Instant>);

impl Timer {
    fn start(traced: bool) -> Timer {
        let on = traced && tracing::enabled!(target: "engin", tracing::Level::DEBUG);
        Timer(on.then(Instant::now))
    }

    fn finish(&self, span: &tracing::Span, ok: bool) {
        if let Some(t0) = self.0 {
            let elapsed = t0.elapsed();
            span.in_scope(|| tracing::debug!(target: "engin", ?elapsed, ok, "done"));
        }
    }
}

impl Step {
    /// Runs a synchronous step inside its span.
    fn sync<T>(self, f: impl FnOnce() -> T) -> Result<T, Error> {
        // `catch_unwind` costs nothing unless there is a panic; the value is
        // never observed after one, so `AssertUnwindSafe` is sound.
        let f = std::panic::AssertUnwindSafe(f);
        match self.span.in_scope(|| std::panic::catch_unwind(f)) {
            Ok(v) => {
                self.timer.finish(&self.span, true);
                Ok(v)
            }
            Err(payload) => Err(self.panicked(crate::error::panic_message(&*payload))),
        }
    }

    /// Runs an asynchronous step inside its span.
    async fn run<F: Future>(self, f: F) -> Result<F::Output, Error> {
        let f = std::pin::pin!(f);
        match CatchUnwind(f).instrument(self.span.clone()).await {
            Ok(v) => {
                self.timer.finish(&self.span, true);
                Ok(v)
            }
            Err(message) => Err(self.panicked(message)),
        }
    }

    fn panicked(self, message: String) -> Error {
        self.timer.finish(&self.span, false);
        Error::Panicked {
            phase: self.phase,
            component: Cow::Borrowed(self.name),
            message,
        }
    }
}

/// The error type of a fallible provider or invocation.
///
/// Implemented for every type that converts into [`BoxError`]: any
/// `std::error::Error + Send + Sync + 'static`, and `Box<dyn Error + Send + Sync>`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the error type of a provider or invocation",
    label = "`{Self}` is not an error type engin can report",
    note = "use an error type that implements `std::error::Error + Send + Sync + 'static`, such as `std::io::Error`, a `thiserror` enum or `engin::BoxError`"
)]
pub trait ComponentError {
    /// Boxes the error.
    fn into_box_error(self) -> BoxError;
}

impl<E: Into<BoxError>> ComponentError for E {
    fn into_box_error(self) -> BoxError {
        self.into()
    }
}

/// Converts a provider's or invocation's `Result` into an engin error naming it.
#[doc(hidden)]
#[inline]
pub fn check<T, E: ComponentError>(
    phase: Phase,
    name: &'static str,
    r: Result<T, E>,
) -> Result<T, Error> {
    r.map_err(|e| Error::Failed {
        phase,
        component: Cow::Borrowed(name),
        source: e.into_box_error(),
    })
}

impl Context {
    /// The lifecycle handed to providers.
    pub fn lifecycle(&self) -> &Lifecycle {
        &self.lifecycle
    }

    /// The shutdown handle handed to providers.
    pub fn shutdown(&self) -> &Shutdown {
        &self.shutdown
    }

    /// Runs a synchronous provider or invocation: traced when a subscriber
    /// exists, and a panic in it turned into an error naming it.
    #[inline]
    pub fn sync_step<T>(
        &self,
        phase: Phase,
        name: &'static str,
        f: impl FnOnce() -> T,
    ) -> Result<T, Error> {
        if self.traced {
            return self.traced_sync_step(phase, name, f);
        }
        // `catch_unwind` costs nothing unless there is a panic; the value is
        // never observed after one, so `AssertUnwindSafe` is sound.
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
            .map_err(|p| panicked(phase, name, &*p))
    }

    // Kept out of line so the untraced path above inlines into the
    // generated code.
    #[inline(never)]
    fn traced_sync_step<T>(
        &self,
        phase: Phase,
        name: &'static str,
        f: impl FnOnce() -> T,
    ) -> Result<T, Error> {
        self.step(phase, name).sync(f)
    }

    /// Runs an asynchronous provider or invocation, like [`sync_step`](Self::sync_step).
    #[inline]
    pub async fn async_step<F: Future>(
        &self,
        phase: Phase,
        name: &'static str,
        f: F,
    ) -> Result<F::Output, Error> {
        if self.traced {
            return self.step(phase, name).run(f).await;
        }
        CatchUnwind(std::pin::pin!(f))
            .await
            .map_err(|message| Error::Panicked {
                phase,
                component: Cow::Borrowed(name),
                message,
            })
    }

    /// Begins a traced step.
    fn step(&self, phase: Phase, name: &'static str) -> Step {
        let span = if !self.traced {
            tracing::Span::none()
        } else if phase == Phase::Invoke {
            tracing::info_span!(target: "engin", "invoke", component = %name)
        } else {
            tracing::info_span!(target: "engin", "provide", component = %name)
        };
        Step {
            phase,
            name,
            span,
            timer: Timer::start(self.traced),
        }
    }

    /// Starts every hook and task, waits for shutdown, stops everything.
    ///
    /// Called by the generated code once every value is built and every
    /// invocation has run; the values stay alive until it returns.
    pub async fn serve(mut self) -> Result<(), Error> {
        let app = self.app;
        let (mut hooks, tasks) = {
            let mut state = self.lifecycle.lock();
            state.frozen = true;
            (
                std::mem::take(&mut state.hooks),
                std::mem::take(&mut state.tasks),
            )
        };
        self.serving
            .store(true, std::sync::atomic::Ordering::Release);
        tracing::info!(target: "engin", app, built_in = ?self.build_started.elapsed(), hooks = hooks.len(), tasks = tasks.len(), "built");

        let signals = self
            .signals
            .then(|| spawn_signal_listener(self.shutdown.clone()));

        // Start hooks one at a time, in dependency order, in place.
        let start_began = Instant::now();
        let mut started = 0;
        let mut failure = None;
        for entry in hooks.iter_mut() {
            if self.shutdown.is_requested() {
                break;
            }
            let limit = entry.start_limit(self.options.start_timeout);
            let result = if self.traced {
                Box::pin(traced_hook(Phase::Start, entry, limit, None)).await
            } else {
                // Most hooks finish at their first poll: it is made here,
                // with no timer; only a pending hook gets one, in a boxed
                // future, so this state machine stays small.
                let mut fut = CatchUnwind(entry.hook.start_dyn());
                match std::future::poll_fn(|cx| Poll::Ready(Pin::new(&mut fut).poll(cx))).await {
                    Poll::Ready(Ok(Ok(()))) => Ok(()),
                    Poll::Ready(r) => outcome(Phase::Start, &entry.name, r),
                    Poll::Pending => {
                        Box::pin(wait(Phase::Start, &entry.name, fut, limit, None)).await
                    }
                }
            };
            match result {
                Ok(()) => started += 1,
                Err(e) => {
                    tracing::warn!(target: "engin", app, hook = %e.component(), "start-up failed; stopping what was started");
                    failure = Some(e);
                    break;
                }
            }
        }

        // Supervised tasks start after every start hook.
        let cancel = CancellationToken::new();
        let mut running: Vec<(Cow<'static, str>, JoinHandle<()>)> = Vec::new();
        if failure.is_none() && !self.shutdown.is_requested() {
            for task in tasks {
                let name = task.name.clone();
                let fut = supervise(
                    task,
                    cancel.clone(),
                    self.shutdown.clone(),
                    self.errors.clone(),
                );
                let span = tracing::info_span!(target: "engin", "task", component = %name);
                running.push((name, tokio::spawn(fut.instrument(span))));
            }
            tracing::info!(target: "engin", app, hooks = started, tasks = running.len(), started_in = ?start_began.elapsed(), "started");
            if let Some(tx) = self.started.take() {
                let _ = tx.send(());
            }
            self.shutdown.requested().await;
        }

        // Stop: tasks first (they use the resources), then hooks in reverse.
        let stop_began = Instant::now();
        let deadline = tokio::time::Instant::now() + self.options.shutdown_timeout;
        cancel.cancel();
        for (name, mut handle) in running {
            let limit = self
                .options
                .stop_timeout
                .min(deadline.saturating_duration_since(tokio::time::Instant::now()));
            if tokio::time::timeout(limit, &mut handle).await.is_err() {
                handle.abort();
                let e = Error::TimedOut {
                    phase: Phase::Task,
                    component: name,
                    after: limit,
                };
                tracing::error!(target: "engin", app, error = %e);
                push(&self.errors, e);
            }
        }
        for entry in hooks[..started].iter_mut().rev() {
            let limit = entry.stop_limit(self.options.stop_timeout);
            let result = if self.traced {
                Box::pin(traced_hook(Phase::Stop, entry, limit, Some(deadline))).await
            } else {
                let mut fut = CatchUnwind(entry.hook.stop_dyn());
                match std::future::poll_fn(|cx| Poll::Ready(Pin::new(&mut fut).poll(cx))).await {
                    Poll::Ready(Ok(Ok(()))) => Ok(()),
                    Poll::Ready(r) => outcome(Phase::Stop, &entry.name, r),
                    Poll::Pending => {
                        let limit = within(limit, Some(deadline));
                        Box::pin(wait(Phase::Stop, &entry.name, fut, limit, None)).await
                    }
                }
            };
            if let Err(e) = result {
                tracing::error!(target: "engin", app, error = %e, "stop hook failed; stopping the rest");
                push(&self.errors, e);
            }
        }
        drop(hooks);
        if let Some(listener) = signals {
            listener.disarm();
        }
        tracing::info!(target: "engin", app, hooks = started, stopped_in = ?stop_began.elapsed(), "stopped");
        match failure {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

type HookFuture<'a> = CatchUnwind<crate::lifecycle::BoxFuture<'a, Result<(), BoxError>>>;

/// `limit`, or less if the shutdown `deadline` comes first.
fn within(limit: Duration, deadline: Option<tokio::time::Instant>) -> Duration {
    match deadline {
        Some(d) => limit.min(d.saturating_duration_since(tokio::time::Instant::now())),
        None => limit,
    }
}

/// A hook's result, as an error naming it.
fn outcome(
    phase: Phase,
    name: &Cow<'static, str>,
    r: Result<Result<(), BoxError>, String>,
) -> Result<(), Error> {
    match r {
        Ok(Ok(())) => Ok(()),
        Ok(Err(source)) => Err(Error::Failed {
            phase,
            component: name.clone(),
            source,
        }),
        Err(message) => Err(Error::Panicked {
            phase,
            component: name.clone(),
            message,
        }),
    }
}

/// Waits for a hook that did not finish at its first poll, within `limit`;
/// after it, the hook is abandoned (its future dropped).
async fn wait(
    phase: Phase,
    name: &Cow<'static, str>,
    mut fut: HookFuture<'_>,
    limit: Duration,
    span: Option<&tracing::Span>,
) -> Result<(), Error> {
    let poll = std::future::poll_fn(|cx| match span {
        Some(span) => span.in_scope(|| Pin::new(&mut fut).poll(cx)),
        None => Pin::new(&mut fut).poll(cx),
    });
    match tokio::time::timeout(limit, poll).await {
        Ok(r) => outcome(phase, name, r),
        Err(_) => Err(Error::TimedOut {
            phase,
            component: name.clone(),
            after: limit,
        }),
    }
}

/// Starts or stops a hook inside its span, with its duration recorded.
async fn traced_hook(
    phase: Phase,
    entry: &mut HookEntry,
    limit: Duration,
    deadline: Option<tokio::time::Instant>,
) -> Result<(), Error> {
    let span = match phase {
        Phase::Start => tracing::info_span!(target: "engin", "start", component = %entry.name),
        _ => tracing::info_span!(target: "engin", "stop", component = %entry.name),
    };
    let timer = Timer::start(true);
    let mut fut = CatchUnwind(match phase {
        Phase::Start => entry.hook.start_dyn(),
        _ => entry.hook.stop_dyn(),
    });
    let first =
        std::future::poll_fn(|cx| Poll::Ready(span.in_scope(|| Pin::new(&mut fut).poll(cx)))).await;
    let result = match first {
        Poll::Ready(r) => outcome(phase, &entry.name, r),
        Poll::Pending => {
            wait(
                phase,
                &entry.name,
                fut,
                within(limit, deadline),
                Some(&span),
            )
            .await
        }
    };
    timer.finish(&span, result.is_ok());
    result
}

struct SignalListener {
    armed: Arc<std::sync::atomic::AtomicBool>,
    task: JoinHandle<()>,
}

impl SignalListener {
    fn disarm(self) {
        self.armed.store(false, std::sync::atomic::Ordering::SeqCst);
        self.task.abort();
    }
}

/// First SIGINT/SIGTERM requests shutdown; a second one exits at once.
fn spawn_signal_listener(shutdown: Shutdown) -> SignalListener {
    let armed = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let flag = armed.clone();
    let task = tokio::spawn(async move {
        let mut signals = match Signals::new() {
            Ok(s) => s,
            Err(e) => {
                tracing::error!(target: "engin", error = %e, "cannot listen for signals");
                return;
            }
        };
        let first = signals.next().await;
        shutdown.request(format!("{first} received"));
        let second = signals.next().await;
        if flag.load(std::sync::atomic::Ordering::SeqCst) {
            eprintln!("engin: {second} received during shutdown; exiting immediately");
            std::process::exit(130);
        }
    });
    SignalListener { armed, task }
}

#[cfg(unix)]
struct Signals {
    int: tokio::signal::unix::Signal,
    term: tokio::signal::unix::Signal,
}

#[cfg(unix)]
impl Signals {
    fn new() -> std::io::Result<Self> {
        use tokio::signal::unix::{signal, SignalKind};
        Ok(Signals {
            int: signal(SignalKind::interrupt())?,
            term: signal(SignalKind::terminate())?,
        })
    }

    async fn next(&mut self) -> &'static str {
        tokio::select! {
            _ = self.int.recv() => "SIGINT",
            _ = self.term.recv() => "SIGTERM",
        }
    }
}

#[cfg(not(unix))]
struct Signals;

#[cfg(not(unix))]
impl Signals {
    fn new() -> std::io::Result<Self> {
        Ok(Signals)
    }

    async fn next(&mut self) -> &'static str {
        let _ = tokio::signal::ctrl_c().await;
        "Ctrl-C"
    }
}

struct Shared {
    app: &'static str,
    shutdown: Shutdown,
    errors: Arc<Mutex<Vec<Error>>>,
    serving: Arc<std::sync::atomic::AtomicBool>,
}

fn context(
    app: &'static str,
    options: Options,
    signals: bool,
) -> (Context, Shared, oneshot::Receiver<()>) {
    let (tx, rx) = oneshot::channel();
    let cx = Context {
        app,
        lifecycle: Lifecycle::new(),
        shutdown: Shutdown::new(),
        options,
        errors: Arc::default(),
        serving: Arc::default(),
        traced: tracing::dispatcher::has_been_set(),
        started: Some(tx),
        signals,
        build_started: Instant::now(),
    };
    let shared = Shared {
        app,
        shutdown: cx.shutdown.clone(),
        errors: cx.errors.clone(),
        serving: cx.serving.clone(),
    };
    (cx, shared, rx)
}

/// Drives the generated graph future to the end and turns its outcome into an [`Exit`].
async fn drive<Fut: Future<Output = Result<(), Error>>>(shared: Shared, fut: Fut) -> Exit {
    let fut = std::pin::pin!(fut);
    let first = match CatchUnwind(fut).await {
        Ok(Ok(())) => None,
        Ok(Err(e)) => Some(e),
        // Steps and hooks catch their own panics; this one came from
        // elsewhere, such as a value's `Drop`.
        Err(message) => {
            let serving = shared.serving.load(std::sync::atomic::Ordering::Acquire);
            let phase = if serving { Phase::Stop } else { Phase::Provide };
            Some(Error::Panicked {
                phase,
                component: Cow::Borrowed(shared.app),
                message,
            })
        }
    };
    let mut errors = std::mem::take(&mut *shared.errors.lock().unwrap_or_else(|e| e.into_inner()));
    if let Some(e) = first {
        tracing::error!(target: "engin", app = shared.app, error = %e);
        errors.insert(0, e);
    }
    let requested = shared.shutdown.reason();
    let mut code = requested.as_ref().map_or(0, |r| r.code);
    if let Some(r) = &requested {
        if r.code != 0 && errors.is_empty() {
            errors.push(Error::ShutdownRequested {
                reason: r.reason.clone(),
                code: r.code,
            });
        }
    }
    if code == 0 && !errors.is_empty() {
        code = 1;
    }
    Exit {
        app: shared.app,
        code,
        errors,
        reason: requested.map(|r| r.reason),
    }
}

/// Builds, starts and runs an application until shutdown, then stops it.
#[doc(hidden)]
pub async fn run<G, Fut>(app: &'static str, options: Options, graph: G) -> Exit
where
    G: FnOnce(Context) -> Fut,
    Fut: Future<Output = Result<(), Error>>,
{
    let signals = options.handle_signals;
    let (cx, shared, _started) = context(app, options, signals);
    drive(shared, graph(cx)).await
}

/// Builds and starts an application in a background task.
#[doc(hidden)]
pub async fn start<G, Fut>(app: &'static str, options: Options, graph: G) -> Result<Running, Exit>
where
    G: FnOnce(Context) -> Fut,
    Fut: Future<Output = Result<(), Error>> + Send + 'static,
{
    let (cx, shared, started) = context(app, options, false);
    let shutdown = shared.shutdown.clone();
    let mut join = tokio::spawn(drive(shared, graph(cx)));
    tokio::select! {
        r = started => if r.is_ok() {
            return Ok(Running { app, shutdown, join: Some(join) });
        },
        r = &mut join => return Err(joined(app, r)),
    }
    Err(join_exit(app, join).await)
}

async fn join_exit(app: &'static str, join: JoinHandle<Exit>) -> Exit {
    joined(app, join.await)
}

fn joined(app: &'static str, r: Result<Exit, tokio::task::JoinError>) -> Exit {
    match r {
        Ok(exit) => exit,
        Err(e) => Exit {
            app,
            code: 1,
            errors: vec![Error::Panicked {
                phase: Phase::Stop,
                component: Cow::Borrowed(app),
                message: e.to_string(),
            }],
            reason: None,
        },
    }
}

/// A started application, returned by `App::start()`.
///
/// Stop it with [`Running::stop`]. Dropping it without stopping it is a bug
/// that is reported as an error in the log, and shutdown is then requested
/// in the background.
#[must_use = "a running application must be stopped with `.stop().await`"]
#[derive(Debug)]
pub struct Running {
    app: &'static str,
    shutdown: Shutdown,
    join: Option<JoinHandle<Exit>>,
}

impl Running {
    /// The application's shutdown handle.
    pub fn shutdown(&self) -> &Shutdown {
        &self.shutdown
    }

    /// Requests shutdown and waits until every hook has stopped.
    pub async fn stop(mut self) -> Exit {
        self.shutdown.request("stop() called");
        self.wait_inner().await
    }

    /// Waits until the application stops by itself (a shutdown request or a
    /// supervised task ending).
    pub async fn wait(mut self) -> Exit {
        self.wait_inner().await
    }

    async fn wait_inner(&mut self) -> Exit {
        let join = self
            .join
            .take()
            .expect("Running is consumed by stop() or wait()");
        join_exit(self.app, join).await
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if self.join.is_some() {
            tracing::error!(target: "engin", app = self.app,
                "running application dropped without `stop()`: shutdown requested in the background, its errors will be lost");
            self.shutdown.request("Running dropped without stop()");
        }
    }
}
