//! The runner: start hooks in order, wait for shutdown, stop in reverse.

use std::borrow::Cow;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::task::Poll;
use std::time::{Duration, Instant};

use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::catch::CatchUnwind;
use crate::error::{BoxError, Error, Phase};
use crate::hook::Hooks;
use crate::lifecycle::Lifecycle;
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
    steps: Arc<Steps>,
    /// The span of the synchronous step being run, when tracing.
    entered: Mutex<Option<(tracing::Span, Timer)>>,
    /// Whether any `tracing` subscriber exists: without one, no span is made.
    traced: bool,
    started: Option<oneshot::Sender<()>>,
    signals: bool,
    build_started: Instant,
}

/// Times a step, only when its debug event would be recorded: the clock is
/// not read on the fast path.
struct Timer(Option<Instant>);

impl Timer {
    fn start() -> Timer {
        Timer(tracing::enabled!(target: "engin", tracing::Level::DEBUG).then(Instant::now))
    }

    fn finish(&self, span: &tracing::Span, ok: bool) {
        if let Some(t0) = self.0 {
            let elapsed = t0.elapsed();
            span.in_scope(|| tracing::debug!(target: "engin", ?elapsed, ok, "done"));
        }
    }
}

/// The providers and invocations of an application, and which one is
/// running: a panic unwinds out of the generated code and is named from
/// here, so no step pays for catching it.
#[derive(Default)]
struct Steps {
    names: std::sync::OnceLock<&'static [(Phase, &'static str)]>,
    current: std::sync::atomic::AtomicUsize,
}

impl Steps {
    fn get(&self, index: usize) -> (Phase, &'static str) {
        self.names
            .get()
            .and_then(|n| n.get(index))
            .copied()
            .unwrap_or((Phase::Provide, "?"))
    }
}

/// A stretch of synchronous steps being run: at its end, also when a step
/// panics, the last step's span ends and the hook batch closes.
struct Stretch<'a> {
    cx: &'a Context,
    _batch: crate::lifecycle::Batching<'a>,
}

impl Drop for Stretch<'_> {
    fn drop(&mut self) {
        if self.cx.traced {
            self.cx.traced_leave(!std::thread::panicking());
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
    #[inline]
    pub fn lifecycle(&self) -> &Lifecycle {
        &self.lifecycle
    }

    /// The shutdown handle handed to providers.
    #[inline]
    pub fn shutdown(&self) -> &Shutdown {
        &self.shutdown
    }

    /// Declares the application's steps, in the order of their indices.
    pub fn steps(&self, names: &'static [(Phase, &'static str)]) {
        let _ = self.steps.names.set(names);
        // Most providers register a hook: room for them up front, as the
        // size of the graph is known at compile time.
        self.lifecycle.lock().hooks.reserve(names.len());
    }

    /// Marks synchronous step `index` (a provider or an invocation) as
    /// running, until the next one or the end of its stretch (see
    /// [`segment`](Self::segment)). The generated code calls the step right
    /// after: no closure, no guard with a `Drop` and no second call per
    /// step, so each step's code stays small.
    #[inline(always)]
    pub fn enter(&self, index: usize) {
        self.steps
            .current
            .store(index, std::sync::atomic::Ordering::Relaxed);
        if self.traced {
            self.traced_enter(index);
        }
    }

    // Out of line, so the untraced path above inlines into the generated code.
    #[cold]
    #[inline(never)]
    fn traced_enter(&self, index: usize) {
        self.traced_leave(true);
        let span = self.span(index);
        if let Some(id) = span.id() {
            tracing::dispatcher::get_default(|d| d.enter(&id));
        }
        *self.entered.lock().unwrap_or_else(|e| e.into_inner()) = Some((span, Timer::start()));
    }

    /// Ends the span of the synchronous step that ran last, if any.
    #[cold]
    #[inline(never)]
    fn traced_leave(&self, ok: bool) {
        let entered = self
            .entered
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some((span, timer)) = entered {
            timer.finish(&span, ok);
            if let Some(id) = span.id() {
                tracing::dispatcher::get_default(|d| d.exit(&id));
            }
        }
    }

    /// Runs a stretch of consecutive synchronous steps: the generated code
    /// builds them in one closure, and the hooks they register are
    /// collected without a lock (see `lifecycle::BATCH`).
    #[inline(always)]
    pub fn segment<R>(&self, f: impl FnOnce() -> R) -> R {
        let _stretch = Stretch {
            cx: self,
            _batch: self.lifecycle.batch(),
        };
        f()
    }

    /// Runs asynchronous step `index`.
    #[inline(always)]
    pub async fn async_step<F: Future>(&self, index: usize, f: F) -> F::Output {
        self.steps
            .current
            .store(index, std::sync::atomic::Ordering::Relaxed);
        if self.traced {
            let span = self.span(index);
            let timer = Timer::start();
            let v = f.instrument(span.clone()).await;
            timer.finish(&span, true);
            return v;
        }
        f.await
    }

    fn span(&self, index: usize) -> tracing::Span {
        match self.steps.get(index) {
            (Phase::Invoke, name) => {
                tracing::info_span!(target: "engin", "invoke", component = %name)
            }
            (_, name) => tracing::info_span!(target: "engin", "provide", component = %name),
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
        let mut start = HookLoop::start(
            &mut hooks,
            &self.shutdown,
            self.options.start_timeout,
            self.traced,
        );
        let failure = (&mut start).await.pop();
        let started = start.cursor;

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
        // Hooks in reverse, each failure reported and the rest still stopped.
        let stopping = HookLoop::stop(
            &mut hooks,
            started,
            deadline,
            self.options.stop_timeout,
            self.traced,
        );
        for e in stopping.await {
            push(&self.errors, e);
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

/// Starts hooks in order, or stops the started ones in reverse.
///
/// A hand-written future rather than an `async fn`, so a hook that finishes
/// at its first poll (most do) costs a call and a poll, as in hand-written
/// code: no timer is armed and the clock is not read until a hook is still
/// pending. Panics are caught once per poll of the whole loop, not per hook.
struct HookLoop<'a> {
    hooks: &'a mut Hooks,
    /// How many hooks this loop covers: all of them at start, the started
    /// ones at stop.
    len: usize,
    start: bool,
    /// Start: the next hook to start (so, how many started). Stop: how
    /// many are left to stop.
    cursor: usize,
    /// The hook being run, named if it panics.
    running: usize,
    default: Duration,
    /// Stop only: the end of the shutdown budget.
    deadline: Option<tokio::time::Instant>,
    /// Start only: a requested shutdown ends the start-up.
    shutdown: Option<&'a Shutdown>,
    traced: bool,
    current: Option<Current>,
    /// Start: the failure that ended the start-up. Stop: every failure.
    errors: Vec<Error>,
}

/// A hook still running after its first poll, or traced: its future runs
/// inside the hook itself (see `hook::Run`).
struct Current {
    /// Armed at the first `Pending`.
    timer: Option<Pin<Box<tokio::time::Sleep>>>,
    limit: Duration,
    span: Option<Box<(tracing::Span, Timer)>>,
}

impl Current {
    fn new(span: Option<Box<(tracing::Span, Timer)>>) -> Self {
        Current {
            timer: None,
            limit: Duration::ZERO,
            span,
        }
    }
}

impl<'a> HookLoop<'a> {
    fn start(
        hooks: &'a mut Hooks,
        shutdown: &'a Shutdown,
        default: Duration,
        traced: bool,
    ) -> Self {
        HookLoop {
            len: hooks.len(),
            hooks,
            start: true,
            cursor: 0,
            running: 0,
            default,
            deadline: None,
            shutdown: Some(shutdown),
            traced,
            current: None,
            errors: Vec::new(),
        }
    }

    fn stop(
        hooks: &'a mut Hooks,
        started: usize,
        deadline: tokio::time::Instant,
        default: Duration,
        traced: bool,
    ) -> Self {
        let cursor = started;
        HookLoop {
            len: started,
            hooks,
            start: false,
            cursor,
            running: 0,
            default,
            deadline: Some(deadline),
            shutdown: None,
            traced,
            current: None,
            errors: Vec::new(),
        }
    }

    fn phase(&self) -> Phase {
        if self.start {
            Phase::Start
        } else {
            Phase::Stop
        }
    }

    /// The next hook to run, if any.
    #[inline]
    fn next(&self) -> Option<usize> {
        if self.start {
            let stopped =
                !self.errors.is_empty() || self.shutdown.is_some_and(Shutdown::is_requested);
            (!stopped && self.cursor < self.len).then_some(self.cursor)
        } else {
            self.cursor.checked_sub(1)
        }
    }

    /// Records the end of hook `index`.
    fn done(&mut self, index: usize, result: Result<(), Error>) {
        if self.start {
            // Every hook before `index` has started; `index` has if it succeeded.
            self.cursor = if result.is_ok() { index + 1 } else { index };
        } else {
            self.cursor = index;
        }
        if let Err(e) = result {
            if self.start {
                tracing::warn!(target: "engin", hook = %e.component(), "start-up failed; stopping what was started");
            } else {
                tracing::error!(target: "engin", error = %e, "stop hook failed; stopping the rest");
            }
            self.errors.push(e);
        }
    }

    /// Hook `index` failed with `source`.
    fn error(phase: Phase, hooks: &Hooks, index: usize, source: BoxError) -> Error {
        Error::Failed {
            phase,
            component: hooks.name(index).clone(),
            source,
        }
    }

    #[cold]
    fn failed(&mut self, index: usize, source: BoxError) {
        let e = Self::error(self.phase(), self.hooks, index, source);
        self.done(index, Err(e));
    }

    fn advance(&mut self, cx: &mut std::task::Context<'_>) -> Poll<()> {
        loop {
            if self.current.is_some() {
                match self.poll_current(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(result) => {
                        self.current = None;
                        self.done(self.running, result);
                    }
                }
            }
            if !self.traced && self.run_ready(cx) {
                continue;
            }
            let Some(index) = self.next() else {
                return Poll::Ready(());
            };
            self.running = index;
            self.current = Some(self.traced(index));
        }
    }

    /// The fast path, untraced: runs hooks while they finish at their first
    /// poll. Returns true when one is still pending (it is then `current`).
    #[inline]
    fn run_ready(&mut self, cx: &mut std::task::Context<'_>) -> bool {
        if self.start {
            self.start_ready(cx)
        } else {
            self.stop_ready(cx)
        }
    }

    fn start_ready(&mut self, cx: &mut std::task::Context<'_>) -> bool {
        if !self.errors.is_empty() {
            return false;
        }
        let shutdown = self.shutdown;
        let mut index = self.cursor;
        while index < self.len && !shutdown.is_some_and(Shutdown::is_requested) {
            self.running = index;
            match self.hooks.poll(index, true, cx) {
                Poll::Ready(Ok(())) => {}
                Poll::Ready(Err(source)) => {
                    self.failed(index, source);
                    return false;
                }
                Poll::Pending => {
                    self.cursor = index;
                    self.current = Some(Current::new(None));
                    return true;
                }
            }
            index += 1;
            self.cursor = index;
        }
        false
    }

    fn stop_ready(&mut self, cx: &mut std::task::Context<'_>) -> bool {
        // `cursor` hooks are left; the next to stop is the one before it.
        while let Some(index) = self.cursor.checked_sub(1) {
            self.running = index;
            match self.hooks.poll(index, false, cx) {
                Poll::Ready(Ok(())) => {}
                Poll::Ready(Err(source)) => {
                    self.failed(index, source);
                    continue;
                }
                Poll::Pending => {
                    self.current = Some(Current::new(None));
                    return true;
                }
            }
            self.cursor = index;
        }
        false
    }

    /// Opens hook `index`'s span; its first poll runs inside it.
    #[cold]
    fn traced(&mut self, index: usize) -> Current {
        let name = self.hooks.name(index);
        let span = if self.start {
            tracing::info_span!(target: "engin", "start", component = %name)
        } else {
            tracing::info_span!(target: "engin", "stop", component = %name)
        };
        Current::new(Some(Box::new((span, Timer::start()))))
    }

    /// Polls the current hook, within its time limit.
    fn poll_current(&mut self, cx: &mut std::task::Context<'_>) -> Poll<Result<(), Error>> {
        let phase = self.phase();
        let index = self.running;
        let run = self.current.as_mut().expect("a current hook");
        let hooks = &mut *self.hooks;
        let start = self.start;
        let polled = match &run.span {
            Some(traced) => traced.0.in_scope(|| hooks.poll(index, start, cx)),
            None => hooks.poll(index, start, cx),
        };
        let result = match polled {
            Poll::Ready(r) => r.map_err(|source| Self::error(phase, self.hooks, index, source)),
            Poll::Pending => {
                if run.timer.is_none() {
                    let mut limit = self.hooks.limit(index, self.start, self.default);
                    if let Some(deadline) = self.deadline {
                        limit = limit
                            .min(deadline.saturating_duration_since(tokio::time::Instant::now()));
                    }
                    run.limit = limit;
                    run.timer = Some(Box::pin(tokio::time::sleep(limit)));
                }
                match run.timer.as_mut().expect("armed above").as_mut().poll(cx) {
                    Poll::Pending => return Poll::Pending,
                    // Abandoned: its future is dropped now.
                    Poll::Ready(()) => {
                        self.hooks.abandon(index);
                        Err(Error::TimedOut {
                            phase,
                            component: self.hooks.name(index).clone(),
                            after: run.limit,
                        })
                    }
                }
            }
        };
        if let Some(traced) = &run.span {
            traced.1.finish(&traced.0, result.is_ok());
        }
        Poll::Ready(result)
    }
}

impl Future for HookLoop<'_> {
    type Output = Vec<Error>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> Poll<Vec<Error>> {
        let this = &mut *self;
        loop {
            // After a panic, the hook that panicked is given up and the loop
            // goes on (a stop) or ends (a start).
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| this.advance(cx))) {
                Ok(Poll::Pending) => return Poll::Pending,
                Ok(Poll::Ready(())) => return Poll::Ready(std::mem::take(&mut this.errors)),
                Err(payload) => {
                    this.current = None;
                    let index = this.running;
                    let component = this.hooks.name(index).clone();
                    let message = crate::error::panic_message(&*payload);
                    let phase = this.phase();
                    this.done(
                        index,
                        Err(Error::Panicked {
                            phase,
                            component,
                            message,
                        }),
                    );
                }
            }
        }
    }
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
    steps: Arc<Steps>,
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
        steps: Arc::default(),
        entered: Mutex::new(None),
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
        steps: cx.steps.clone(),
    };
    (cx, shared, rx)
}

/// Drives the generated graph future to the end and turns its outcome into an [`Exit`].
async fn drive<Fut: Future<Output = Result<(), Error>>>(shared: Shared, fut: Fut) -> Exit {
    let fut = std::pin::pin!(fut);
    let first = match CatchUnwind(fut).await {
        Ok(Ok(())) => None,
        Ok(Err(e)) => Some(e),
        // A panic in a provider or an invocation unwinds to here (dropping
        // the values already built, in reverse order) and is named by the
        // step that was running. Hooks catch their own; a panic once the
        // application is serving came from elsewhere, such as a `Drop`.
        Err(message) => {
            let (phase, component) = if shared.serving.load(Ordering::Acquire) {
                (Phase::Stop, shared.app)
            } else {
                shared
                    .steps
                    .get(shared.steps.current.load(Ordering::Relaxed))
            };
            Some(Error::Panicked {
                phase,
                component: Cow::Borrowed(component),
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
