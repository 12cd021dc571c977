//! The interface of the generated start-up code: the context it builds
//! the graph in, and the state it shares with the runner.

use std::future::Future;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use tokio::sync::oneshot;
use tracing::Instrument;

use crate::error::{Error, Errors, Phase};
use crate::lifecycle::Lifecycle;
use crate::options::Options;
use crate::shutdown::Shutdown;
pub(crate) use crate::steps::{StepGraph, Steps};
use crate::timeline::Recorder;

/// What the generated code and the runner share for one run.
pub(crate) struct RunState {
    pub(crate) app: &'static str,
    pub(crate) lifecycle: Lifecycle,
    pub(crate) shutdown: Shutdown,
    pub(crate) options: Options,
    pub(crate) errors: Errors,
    /// The graph is built and `serve` has begun: from then on, the runner
    /// never abandons the graph's future.
    pub(crate) serving: AtomicBool,
    /// The start-up has completed, or a signal interrupted it.
    pub(crate) started: Arc<crate::signals::StartGate>,
    pub(crate) steps: Steps,
    /// Whether any `tracing` subscriber exists: without one, no span is made.
    pub(crate) traced: bool,
    /// `run`, not `start`: a stop stuck past the budget ends the process.
    pub(crate) owns_process: bool,
    /// The end of the whole start-up, if it has one.
    pub(crate) start_deadline: Option<Deadline>,
    /// Records the run's timeline, when asked for.
    pub(crate) timeline: Option<Arc<Recorder>>,
    /// Where to write it at the end.
    pub(crate) timeline_path: Option<std::path::PathBuf>,
    /// Tracing or recording: each step takes the slow path.
    pub(crate) slow: bool,
}

/// How long an invocation may run before a warning says it holds the
/// start-up (a `main` loop ported as an invocation belongs in a task).
pub(crate) const LONG_INVOCATION: std::time::Duration = std::time::Duration::from_secs(1);

/// `limit` after `at`; `Duration::MAX` (no limit) is the far future.
pub(crate) fn after(at: tokio::time::Instant, limit: std::time::Duration) -> tokio::time::Instant {
    at.checked_add(limit)
        .unwrap_or_else(|| at + std::time::Duration::from_secs(86_400 * 365 * 30))
}

/// The end of the whole start-up ([`Options::start_deadline`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Deadline {
    pub(crate) at: tokio::time::Instant,
    pub(crate) after: std::time::Duration,
}

/// State shared between the generated start-up code and the runner.
#[doc(hidden)]
pub struct Context {
    pub(crate) state: Arc<RunState>,
    /// The span of the synchronous step being run, when tracing.
    entered: Mutex<Option<(tracing::Span, Timer)>>,
    /// Told once every hook has started (`start` returns then).
    pub(crate) on_started: Option<oneshot::Sender<()>>,
    pub(crate) build_started: Instant,
}

/// Makes the context of a run and the state the runner keeps.
pub(crate) fn context(
    app: &'static str,
    options: Options,
    owns_process: bool,
) -> (Context, Arc<RunState>, oneshot::Receiver<()>) {
    let (tx, rx) = oneshot::channel();
    let start_deadline = options.start_deadline.map(|after| Deadline {
        at: self::after(tokio::time::Instant::now(), after),
        after,
    });
    let timeline_path = options
        .timeline_path
        .clone()
        .or_else(|| std::env::var_os("ENGIN_TIMELINE").map(Into::into))
        .filter(|p| !p.as_os_str().is_empty());
    let timeline =
        (options.timeline || timeline_path.is_some()).then(|| Arc::new(Recorder::new(app)));
    let traced = tracing::dispatcher::has_been_set();
    let lifecycle = Lifecycle::new();
    let shutdown = Shutdown::new();
    lifecycle.health().attach(&shutdown);
    let state = Arc::new(RunState {
        app,
        lifecycle,
        shutdown,
        options,
        errors: Errors::new(app),
        serving: AtomicBool::new(false),
        started: Arc::default(),
        steps: Steps::default(),
        traced,
        owns_process,
        start_deadline,
        slow: traced || timeline.is_some(),
        timeline,
        timeline_path,
    });
    let cx = Context {
        state: state.clone(),
        entered: Mutex::new(None),
        on_started: Some(tx),
        build_started: Instant::now(),
    };
    (cx, state, rx)
}

/// Times a step, only when its debug event would be recorded: the clock is
/// not read on the fast path.
pub(crate) struct Timer(Option<Instant>);

impl Timer {
    pub(crate) fn start() -> Timer {
        Timer(tracing::enabled!(target: "engin", tracing::Level::DEBUG).then(Instant::now))
    }

    pub(crate) fn finish(&self, span: &tracing::Span, ok: bool) {
        if let Some(t0) = self.0 {
            let elapsed = t0.elapsed();
            span.in_scope(|| tracing::debug!(target: "engin", ?elapsed, ok, "done"));
        }
    }
}

/// A segment of synchronous steps being run: at its end, also when a step
/// panics, the last step's span ends and the segment's hooks go back to the lifecycle.
struct Segment<'a> {
    cx: &'a Context,
    _hooks: crate::lifecycle::SegmentHooks<'a>,
}

impl Drop for Segment<'_> {
    fn drop(&mut self) {
        if self.cx.state.slow {
            self.cx.traced_leave(!std::thread::panicking());
        }
    }
}

impl Context {
    /// The lifecycle handed to providers.
    #[inline]
    pub fn lifecycle(&self) -> &Lifecycle {
        &self.state.lifecycle
    }

    /// The shutdown handle handed to providers.
    #[inline]
    pub fn shutdown(&self) -> &Shutdown {
        &self.state.shutdown
    }

    /// Declares the application's steps, in the order of their indices,
    /// and the earlier steps each depends on: step `k`'s are
    /// `edges[ends[k - 1]..ends[k]]`.
    pub fn steps(
        &self,
        names: &'static [(Phase, &'static str)],
        ends: &'static [u32],
        edges: &'static [u32],
    ) {
        let graph = StepGraph { names, ends, edges };
        let _ = self.state.steps.names.set(graph);
        self.state.lifecycle.health().set_steps(graph);
        if let Some(timeline) = &self.state.timeline {
            timeline.set_steps(graph);
        }
        // Most providers register a hook: room for them up front, as the
        // size of the graph is known at compile time.
        self.state.lifecycle.lock().hooks.reserve(names.len());
    }

    /// Keeps the application's description (see [`Graph`](crate::Graph)):
    /// the graph function calls this, and returns, when it is called to
    /// describe the application rather than run it.
    pub fn describe(&self, text: &'static str) -> Result<(), Error> {
        let _ = self.state.steps.described.set(text);
        Ok(())
    }

    /// Marks synchronous step `index` (a provider or an invocation) as
    /// running, until the next one or the end of its segment (see
    /// [`segment`](Self::segment)). The generated code calls the step right
    /// after: no closure, no guard with a `Drop` and no second call per
    /// step, so each step's code stays small.
    #[inline(always)]
    pub fn enter(&self, index: usize) {
        self.state.lifecycle.set_step(index);
        if self.state.slow {
            self.traced_enter(index);
        }
    }

    // Out of line, so the untraced path above inlines into the generated code.
    #[cold]
    #[inline(never)]
    fn traced_enter(&self, index: usize) {
        if let Some(timeline) = &self.state.timeline {
            timeline.enter_step(index);
        }
        if !self.state.traced {
            return;
        }
        self.leave_span(true);
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
        if let Some(timeline) = &self.state.timeline {
            timeline.leave_step(ok);
        }
        self.leave_span(ok);
    }

    fn leave_span(&self, ok: bool) {
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

    /// Runs a segment of consecutive synchronous steps: the generated code
    /// builds them in one closure, and the hooks they register are
    /// collected without a lock (see `lifecycle::SEGMENT_HOOKS`).
    #[inline(always)]
    pub fn segment<R>(&self, f: impl FnOnce() -> R) -> R {
        let _segment = Segment {
            cx: self,
            _hooks: self.state.lifecycle.open_segment(),
        };
        f()
    }

    /// Runs asynchronous step `index`.
    #[inline(always)]
    pub async fn async_step<F: Future>(&self, index: usize, f: F) -> F::Output {
        self.state.lifecycle.set_step(index);
        if self.state.slow {
            let began = tokio::time::Instant::now();
            let v = if self.state.traced {
                let span = self.span(index);
                let timer = Timer::start();
                let v = f.instrument(span.clone()).await;
                timer.finish(&span, true);
                v
            } else {
                f.await
            };
            if let Some(timeline) = &self.state.timeline {
                timeline.push_step(index, began, crate::timeline::Outcome::Ok);
            }
            return v;
        }
        f.await
    }

    /// Marks synchronous invocation `index` as running, as
    /// [`enter`](Self::enter) does, and returns when it began.
    #[inline(always)]
    pub fn invoking(&self, index: usize) -> Option<Instant> {
        self.enter(index);
        // Timed only when the warning has somewhere to go.
        self.state.traced.then(Instant::now)
    }

    /// Synchronous invocation `index`, begun at `began`, has returned: a
    /// warning if it held the start-up for longer than [`LONG_INVOCATION`].
    #[inline(always)]
    pub fn invoked(&self, index: usize, began: Option<Instant>) {
        let took = began.map(|b| b.elapsed()).unwrap_or_default();
        if took > LONG_INVOCATION {
            self.long_invocation(index, took, true);
        }
    }

    /// Runs asynchronous invocation `index`, with a warning once it has
    /// held the start-up for [`LONG_INVOCATION`].
    pub async fn async_invoke<F: Future>(&self, index: usize, f: F) -> F::Output {
        if !self.state.traced {
            // The warning would go nowhere: no timer.
            return self.async_step(index, f).await;
        }
        let mut f = std::pin::pin!(self.async_step(index, f));
        let mut warned = false;
        let mut timer = std::pin::pin!(tokio::time::sleep(LONG_INVOCATION));
        std::future::poll_fn(|cx| {
            if let std::task::Poll::Ready(v) = f.as_mut().poll(cx) {
                return std::task::Poll::Ready(v);
            }
            if !warned && timer.as_mut().poll(cx).is_ready() {
                warned = true;
                self.long_invocation(index, LONG_INVOCATION, false);
            }
            std::task::Poll::Pending
        })
        .await
    }

    #[cold]
    fn long_invocation(&self, index: usize, took: std::time::Duration, ended: bool) {
        let (_, name) = self.state.steps.get(Some(index));
        let app = self.state.app;
        if ended {
            tracing::warn!(target: "engin", app, invocation = name, ?took,
                "invocation `{name}` held the start-up for {took:?}: no hook starts and no signal ends the application cleanly until invocations return; run long work in a supervised task (`lifecycle.add_task`)");
        } else {
            tracing::warn!(target: "engin", app, invocation = name,
                "invocation `{name}` has run for more than {took:?}: no hook starts and no signal ends the application cleanly until it returns; run long work in a supervised task (`lifecycle.add_task`)");
        }
    }

    fn span(&self, index: usize) -> tracing::Span {
        match self.state.steps.get(Some(index)) {
            (Phase::Invoke, name) => {
                tracing::info_span!(target: "engin", "invoke", component = %name)
            }
            (_, name) => tracing::info_span!(target: "engin", "provide", component = %name),
        }
    }
}
