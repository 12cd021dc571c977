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
    /// Every start hook has started (read by the signal listener).
    pub(crate) started: Arc<AtomicBool>,
    pub(crate) steps: Steps,
    /// Whether any `tracing` subscriber exists: without one, no span is made.
    pub(crate) traced: bool,
    /// `run`, not `start`: a stop stuck past the budget ends the process.
    pub(crate) owns_process: bool,
    /// The end of the whole start-up, if it has one.
    pub(crate) start_deadline: Option<Deadline>,
}

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
    let state = Arc::new(RunState {
        app,
        lifecycle: Lifecycle::new(),
        shutdown: Shutdown::new(),
        options,
        errors: Errors::new(app),
        serving: AtomicBool::new(false),
        started: Arc::default(),
        steps: Steps::default(),
        traced: tracing::dispatcher::has_been_set(),
        owns_process,
        start_deadline,
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

/// The providers and invocations of an application (its build steps), and
/// what each depends on. Which one is running is kept by the lifecycle: a
/// panic unwinds out of the generated code and is named from there, so no
/// step pays for catching it.
#[derive(Default)]
pub(crate) struct Steps {
    names: std::sync::OnceLock<StepGraph>,
    /// The graph's description, when the graph function was called only
    /// to describe the application (`App::graph()`).
    pub(crate) described: std::sync::OnceLock<&'static str>,
}

/// The build steps, in build order, and the steps each depends on (all
/// earlier ones): step `k`'s are `edges[ends[k - 1]..ends[k]]`.
#[derive(Clone, Copy)]
pub(crate) struct StepGraph {
    pub(crate) names: &'static [(Phase, &'static str)],
    ends: &'static [u32],
    edges: &'static [u32],
}

impl StepGraph {
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The steps step `index` depends on; none for a step out of range.
    pub(crate) fn deps(&self, index: usize) -> &'static [u32] {
        let Some(&end) = self.ends.get(index) else {
            return &[];
        };
        let start = index.checked_sub(1).map_or(0, |i| self.ends[i]);
        self.edges.get(start as usize..end as usize).unwrap_or(&[])
    }

    #[cfg(test)]
    pub(crate) fn new(ends: &'static [u32], edges: &'static [u32]) -> Self {
        StepGraph {
            names: &[],
            ends,
            edges,
        }
    }
}

impl Steps {
    pub(crate) fn graph(&self) -> Option<&StepGraph> {
        self.names.get()
    }

    pub(crate) fn get(&self, index: Option<usize>) -> (Phase, &'static str) {
        self.names
            .get()
            .zip(index)
            .and_then(|(g, i)| g.names.get(i))
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
        if self.cx.state.traced {
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

    /// Registers the stop hook of a `#[provide(close = method)]` provider:
    /// `close` called on a clone of the value.
    pub fn close<T, F, Fut>(&self, name: &'static str, value: &T, close: F)
    where
        T: Clone + Send + 'static,
        F: FnOnce(T) -> Fut + Send + 'static,
        Fut: Future + Send + 'static,
        Fut::Output: crate::error::Closed,
    {
        let value = value.clone();
        self.state.lifecycle.on_stop(name, move || async move {
            crate::error::Closed::into_result(close(value).await)
        });
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
        let _ = self.state.steps.names.set(StepGraph { names, ends, edges });
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
    /// running, until the next one or the end of its stretch (see
    /// [`segment`](Self::segment)). The generated code calls the step right
    /// after: no closure, no guard with a `Drop` and no second call per
    /// step, so each step's code stays small.
    #[inline(always)]
    pub fn enter(&self, index: usize) {
        self.state.lifecycle.set_step(index);
        if self.state.traced {
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
            _batch: self.state.lifecycle.batch(),
        };
        f()
    }

    /// Runs asynchronous step `index`.
    #[inline(always)]
    pub async fn async_step<F: Future>(&self, index: usize, f: F) -> F::Output {
        self.state.lifecycle.set_step(index);
        if self.state.traced {
            let span = self.span(index);
            let timer = Timer::start();
            let v = f.instrument(span.clone()).await;
            timer.finish(&span, true);
            return v;
        }
        f.await
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
