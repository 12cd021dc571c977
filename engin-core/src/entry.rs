//! The entry points the generated `run` and `start` call, and the driver
//! that turns a run into an [`Exit`].

use std::borrow::Cow;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::task::Poll;

use crate::catch::CatchUnwind;
use crate::context::{context, Context, Deadline, RunState};
use crate::error::{Error, Phase};
use crate::exit::Exit;
use crate::export::Graph;
use crate::options::Options;
use crate::orphan::Orphans;
use crate::running::{joined, Running};
use crate::serve::stop_hooks;
use crate::shutdown::Shutdown;
use crate::signals;

/// Builds, starts and runs an application until shutdown, then stops it.
///
/// The signal handlers are installed before the first provider runs.
/// Dropping the returned future (in a `select!` or a timeout) requests
/// shutdown on the application's [`Shutdown`](crate::Shutdown), removes the
/// signal listener, aborts the supervised tasks and cancels their token,
/// drops the starts under way, and stops every hook that started (and every
/// stop-only hook of a value that was built) in a task of its own on the
/// same runtime, in reverse order: Rust has no async `Drop`.
#[doc(hidden)]
pub async fn run<G, Fut>(app: &'static str, options: Options, graph: G) -> Exit
where
    G: FnOnce(Context) -> Fut,
    Fut: Future<Output = Result<(), Error>>,
{
    let (cx, state, _started) = context(app, options, true);
    let _signals = listen(&state, true);
    drive(state, graph(cx)).await
}

/// [`run`], also ending when `until` completes, as if shutdown had been
/// requested then (as axum's `with_graceful_shutdown`): for embedding an
/// application in a larger program, or a test that decides when it ends.
#[doc(hidden)]
pub async fn run_until<G, Fut, U>(app: &'static str, options: Options, until: U, graph: G) -> Exit
where
    G: FnOnce(Context) -> Fut,
    Fut: Future<Output = Result<(), Error>>,
    U: Future<Output = ()>,
{
    let (cx, state, _started) = context(app, options, true);
    let _signals = listen(&state, true);
    let shutdown = state.shutdown.clone();
    let until = async move {
        until.await;
        shutdown.request("the future given to run_until completed");
        std::future::pending::<()>().await;
    };
    // `until` first: one that is already complete means nothing starts.
    tokio::select! {
        biased;
        () = until => unreachable!("pending after the request"),
        exit = drive(state, graph(cx)) => exit,
    }
}

/// Builds and starts an application in a background task.
///
/// Dropping the returned future before it is ready (a timeout around
/// `start()`) abandons the start-up: what started is stopped in the
/// background. A shutdown requested with code 0 before the application has
/// started (an invocation that finds nothing to do) is no failure: the
/// `Running` returned has already ended, and `wait()` returns its `Exit`.
#[doc(hidden)]
pub async fn start<G, Fut>(app: &'static str, options: Options, graph: G) -> Result<Running, Exit>
where
    G: FnOnce(Context) -> Fut,
    Fut: Future<Output = Result<(), Error>> + Send + 'static,
{
    let (cx, state, started) = context(app, options, false);
    let signals = listen(&state, false);
    let shutdown = state.shutdown.clone();
    let (health, timeline) = (state.lifecycle.health(), state.timeline.clone());
    let graph = graph(cx);
    let mut join = tokio::spawn(async move {
        let _signals = signals;
        drive(state, graph).await
    });
    let mut abandon = RequestOnDrop(Some(shutdown.clone()), "App::start() was dropped");
    let ended = tokio::select! {
        r = started => {
            if r.is_ok() {
                abandon.0 = None;
                return Ok(Running::new(app, shutdown, join, health, timeline));
            }
            joined(app, join.await)
        },
        r = &mut join => joined(app, r),
    };
    abandon.0 = None;
    if ended.is_success() {
        Ok(Running::ended(app, shutdown, ended, health))
    } else {
        Err(ended)
    }
}

/// The signal listener, if the options (or the entry point's default)
/// ask for one.
fn listen(state: &RunState, by_default: bool) -> Option<signals::Listener> {
    if state.options.handle_signals.unwrap_or(by_default) {
        signals::listen(state.shutdown.clone(), state.started.clone())
    } else {
        None
    }
}

/// The application's [`Graph`]: calls the graph function with no
/// supplied values, which makes it hand over its description and return
/// before building anything, so one poll finishes it and no runtime is
/// needed.
#[doc(hidden)]
pub fn describe<G, Fut>(app: &'static str, graph: G) -> Graph
where
    G: FnOnce(Context) -> Fut,
    Fut: Future<Output = Result<(), Error>>,
{
    let (cx, state, _started) = context(app, Options::default(), false);
    let future = std::pin::pin!(graph(cx));
    let mut task = std::task::Context::from_waker(std::task::Waker::noop());
    let ready = future.poll(&mut task).is_ready();
    debug_assert!(ready, "the graph function describes without waiting");
    Graph::parse(app, state.steps.described.get().copied().unwrap_or(""))
}

/// How the graph's future ended.
enum Outcome {
    Done(Result<(), Error>),
    Panicked(String),
    /// Shutdown was requested before the graph was built: the pending step
    /// was dropped.
    Abandoned,
    /// The start-up deadline passed while the graph was being built: the
    /// pending step was dropped.
    TooLate(Deadline),
}

/// Requests shutdown if dropped, with its reason.
struct RequestOnDrop(Option<Shutdown>, &'static str);

impl Drop for RequestOnDrop {
    fn drop(&mut self) {
        if let Some(shutdown) = &self.0 {
            shutdown.request(self.1);
        }
    }
}

/// The run's cleanup if its future is dropped: shutdown requested, and the
/// stop-only hooks of the values built so far (the build was under way;
/// once serving, `serve` owns the hooks) stopped in the background.
struct AbandonOnDrop<'a>(Option<&'a RunState>);

impl Drop for AbandonOnDrop<'_> {
    fn drop(&mut self) {
        if let Some(state) = self.0 {
            state
                .shutdown
                .request("the application's future was dropped");
            let (mut hooks, _tasks) = state.lifecycle.freeze();
            hooks.stop_on_drop(Orphans::new(state, Vec::new()));
        }
    }
}

/// Drives the generated graph future to the end and turns its outcome into an [`Exit`].
async fn drive<Fut: Future<Output = Result<(), Error>>>(state: Arc<RunState>, graph: Fut) -> Exit {
    let mut on_drop = AbandonOnDrop(Some(&state));
    match build_and_serve(&state, graph).await {
        Outcome::Done(Ok(())) => {}
        Outcome::Done(Err(e)) => state.errors.report(e),
        // A panic in a provider or an invocation unwinds to here (dropping
        // the values already built, in reverse order) and is named by the
        // step that was running. Hooks catch their own; a panic once the
        // application is serving came from elsewhere, such as a `Drop`.
        Outcome::Panicked(message) => {
            let (phase, component) = if state.serving.load(Ordering::Acquire) {
                (Phase::Stop, state.app)
            } else {
                state.steps.get(state.lifecycle.step())
            };
            state.errors.report(Error::Panicked {
                phase,
                component: Cow::Borrowed(component),
                message,
            });
        }
        Outcome::Abandoned => {
            tracing::info!(target: "engin", app = state.app, "start-up abandoned: shutdown requested");
        }
        Outcome::TooLate(deadline) => {
            let (_, component) = state.steps.get(state.lifecycle.step());
            state.errors.report(Error::StartDeadline {
                after: deadline.after,
                starting: vec![Cow::Borrowed(component)],
            });
        }
    }
    // The build ended before serving (a failure, a panic, a shutdown
    // request): the stop-only hooks of the values that were built are
    // their cleanup, and still run, in reverse order.
    let (mut hooks, _tasks) = state.lifecycle.freeze();
    if hooks.len() > 0 {
        hooks.stop_on_drop(Orphans::new(&state, Vec::new()));
        stop_hooks(&mut hooks, &state, tokio::time::Instant::now(), None).await;
        hooks.settled();
    }
    on_drop.0 = None;
    exit(&state)
}

/// Polls the graph until it ends, or until shutdown is requested (or the
/// start-up deadline passes) while it is still being built. The graph's
/// future (its built values) is dropped when this returns.
async fn build_and_serve<Fut: Future<Output = Result<(), Error>>>(
    state: &RunState,
    graph: Fut,
) -> Outcome {
    let graph = std::pin::pin!(graph);
    let mut graph = CatchUnwind(graph);
    let mut requested = std::pin::pin!(state.shutdown.cancelled_owned());
    let mut too_late = state
        .start_deadline
        .map(|d| (d, Box::pin(tokio::time::sleep_until(d.at))));
    std::future::poll_fn(|cx| {
        if let Poll::Ready(r) = Pin::new(&mut graph).poll(cx) {
            return Poll::Ready(match r {
                Ok(r) => Outcome::Done(r),
                Err(message) => Outcome::Panicked(message),
            });
        }
        // Once serving, the hook loop and the runner handle shutdown.
        if !state.serving.load(Ordering::Acquire) {
            if requested.as_mut().poll(cx).is_ready() {
                return Poll::Ready(Outcome::Abandoned);
            }
            if let Some((deadline, timer)) = too_late.as_mut() {
                if timer.as_mut().poll(cx).is_ready() {
                    return Poll::Ready(Outcome::TooLate(*deadline));
                }
            }
        }
        Poll::Pending
    })
    .await
}

/// The exit code and the errors of a run that ended.
fn exit(state: &RunState) -> Exit {
    let requested = state.shutdown.reason();
    let mut code = requested.as_ref().map_or(0, |r| r.code);
    if let Some(r) = &requested {
        if r.code != 0 && state.errors.is_empty() {
            state.errors.report(Error::ShutdownRequested {
                reason: r.message.clone(),
                code: r.code,
            });
        }
    }
    let errors = state.errors.take();
    if code == 0 && !errors.is_empty() {
        code = 1;
    }
    let timeline = state.timeline.as_ref().map(|t| t.snapshot());
    if let (Some(timeline), Some(path)) = (&timeline, &state.timeline_path) {
        write_timeline(timeline, path);
    }
    Exit {
        app: state.app,
        code,
        errors,
        reason: requested.map(|r| r.message),
        logged: state.traced,
        timeline,
    }
}

/// Writes the timeline to `path` (`ENGIN_TIMELINE`): JSON for a `.json`
/// path, Mermaid otherwise. A failure is logged: it does not change how the
/// application ended.
fn write_timeline(timeline: &crate::timeline::Timeline, path: &std::path::Path) {
    let text = if path.extension().is_some_and(|e| e == "json") {
        timeline.to_json()
    } else {
        timeline.to_mermaid()
    };
    if let Err(e) = std::fs::write(path, text) {
        tracing::error!(target: "engin", path = %path.display(), error = %e, "cannot write the timeline (ENGIN_TIMELINE)");
    }
}
