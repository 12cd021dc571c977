//! The hook loop: start hooks in order, or stop them in reverse.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{ready, Poll};
use std::time::Duration;

use tokio_util::sync::WaitForCancellationFutureOwned;

use crate::catch::{poll_loop, Advance};
use crate::context::{Deadline, Timer};
use crate::error::{BoxError, Error, Phase};
use crate::hook::Hooks;
use crate::shutdown::Shutdown;

/// Starts hooks in order, or stops them in reverse.
///
/// A hand-written future rather than an `async fn`, so a hook that finishes
/// at its first poll (most do) costs a call and a poll, as in hand-written
/// code: no timer is armed and the clock is not read until a hook is still
/// pending. Panics are caught once per poll of the whole loop, not per hook.
///
/// A stop goes over every hook, and each hook decides (see `hook::Closures`):
/// one whose start succeeded stops, one with a stop only (the cleanup of a
/// value that was built) stops, one whose start never ran or failed does not.
pub(crate) struct HookLoop<'a> {
    hooks: &'a mut Hooks,
    start: bool,
    /// Start: the next hook to start (so, how many started). Stop: how
    /// many are left to stop.
    cursor: usize,
    /// The hook being run, named if it panics.
    running: usize,
    default: Duration,
    /// Stop only: the end of the shutdown budget.
    deadline: Option<tokio::time::Instant>,
    /// Start only: the end of the whole start-up.
    start_deadline: Option<Deadline>,
    /// Start only: a requested shutdown ends the start-up, abandoning the
    /// hook that is starting.
    shutdown: Option<&'a Shutdown>,
    /// Stop only: where the hook being stopped is published for the
    /// watchdog, which names it if the process has to be ended.
    progress: Option<&'a AtomicUsize>,
    traced: bool,
    current: Option<Current>,
    /// Start: the failure that ended the start-up. Stop: every failure.
    errors: Vec<Error>,
}

/// The hook that is still pending.
struct Current {
    /// Armed at the first `Pending`.
    timer: Option<Pin<Box<tokio::time::Sleep>>>,
    /// Start only, armed at the first `Pending`: wakes the loop when
    /// shutdown is requested.
    requested: Option<Pin<Box<WaitForCancellationFutureOwned>>>,
    limit: Duration,
    span: Option<Box<(tracing::Span, Timer)>>,
}

impl Current {
    fn new(span: Option<Box<(tracing::Span, Timer)>>) -> Self {
        Current {
            timer: None,
            requested: None,
            limit: Duration::ZERO,
            span,
        }
    }
}

/// How a pending hook ended.
enum Outcome {
    Done(Result<(), Error>),
    /// Start only: shutdown was requested and the start was abandoned.
    Interrupted,
}

impl<'a> HookLoop<'a> {
    pub(crate) fn start(
        hooks: &'a mut Hooks,
        shutdown: &'a Shutdown,
        default: Duration,
        start_deadline: Option<Deadline>,
        traced: bool,
    ) -> Self {
        HookLoop {
            hooks,
            start: true,
            cursor: 0,
            running: 0,
            default,
            deadline: None,
            start_deadline,
            shutdown: Some(shutdown),
            progress: None,
            traced,
            current: None,
            errors: Vec::new(),
        }
    }

    pub(crate) fn stop(
        hooks: &'a mut Hooks,
        deadline: tokio::time::Instant,
        default: Duration,
        progress: Option<&'a AtomicUsize>,
        traced: bool,
    ) -> Self {
        HookLoop {
            cursor: hooks.len(),
            hooks,
            start: false,
            running: 0,
            default,
            deadline: Some(deadline),
            start_deadline: None,
            shutdown: None,
            progress,
            traced,
            current: None,
            errors: Vec::new(),
        }
    }

    /// Start: how many hooks started.
    pub(crate) fn started(&self) -> usize {
        self.cursor
    }

    fn phase(&self) -> Phase {
        if self.start {
            Phase::Start
        } else {
            Phase::Stop
        }
    }

    #[inline]
    fn set_running(&mut self, index: usize) {
        self.running = index;
        if let Some(progress) = self.progress {
            progress.store(index, Ordering::Relaxed);
        }
    }

    /// The next hook to run, if any.
    #[inline]
    fn next(&self) -> Option<usize> {
        if self.start {
            let stopped =
                !self.errors.is_empty() || self.shutdown.is_some_and(Shutdown::is_requested);
            (!stopped && self.cursor < self.hooks.len()).then_some(self.cursor)
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

    fn run(&mut self, cx: &mut std::task::Context<'_>) -> Poll<()> {
        loop {
            if self.current.is_some() {
                match self.poll_current(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(Outcome::Done(result)) => {
                        self.current = None;
                        self.done(self.running, result);
                    }
                    Poll::Ready(Outcome::Interrupted) => {
                        self.current = None;
                        tracing::info!(target: "engin", hook = %self.hooks.name(self.running),
                            "start abandoned: shutdown requested");
                        return Poll::Ready(());
                    }
                }
            }
            if !self.traced && self.run_ready(cx) {
                continue;
            }
            let Some(index) = self.next() else {
                return Poll::Ready(());
            };
            self.set_running(index);
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
        while index < self.hooks.len() && !shutdown.is_some_and(Shutdown::is_requested) {
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
            self.set_running(index);
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
        // At stop, a hook with nothing to stop is not logged.
        if !self.traced || (!self.start && !self.hooks.owes_stop(index)) {
            return Current::new(None);
        }
        let name = self.hooks.name(index);
        let span = if self.start {
            tracing::info_span!(target: "engin", "start", component = %name)
        } else {
            tracing::info_span!(target: "engin", "stop", component = %name)
        };
        Current::new(Some(Box::new((span, Timer::start()))))
    }

    /// Polls the current hook, within its time limit; a start also ends
    /// when shutdown is requested.
    fn poll_current(&mut self, cx: &mut std::task::Context<'_>) -> Poll<Outcome> {
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
                if let Some(shutdown) = self.shutdown {
                    let requested = run
                        .requested
                        .get_or_insert_with(|| Box::pin(shutdown.cancelled_owned()));
                    if requested.as_mut().poll(cx).is_ready() {
                        // Its future is dropped now: it never started.
                        self.hooks.abandon(index);
                        return Poll::Ready(Outcome::Interrupted);
                    }
                }
                if run.timer.is_none() {
                    let mut limit = self.hooks.limit(index, self.start, self.default);
                    let bound = self.deadline.or(self.start_deadline.map(|d| d.at));
                    if let Some(deadline) = bound {
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
                        let component = self.hooks.name(index).clone();
                        let now = tokio::time::Instant::now();
                        match self.start_deadline.filter(|d| now >= d.at) {
                            Some(d) => Err(Error::StartDeadline {
                                after: d.after,
                                starting: vec![component],
                            }),
                            None => Err(Error::TimedOut {
                                phase,
                                component,
                                after: run.limit,
                            }),
                        }
                    }
                }
            }
        };
        if let Some(traced) = &run.span {
            traced.1.finish(&traced.0, result.is_ok());
        }
        Poll::Ready(Outcome::Done(result))
    }
}

impl Advance for HookLoop<'_> {
    fn advance(&mut self, cx: &mut std::task::Context<'_>) -> Poll<()> {
        self.run(cx)
    }

    /// A start ends with the hook that panicked; a stop goes on.
    fn panicked(&mut self, payload: &(dyn std::any::Any + Send)) -> bool {
        self.current = None;
        let index = self.running;
        self.hooks.abandon(index);
        let component = self.hooks.name(index).clone();
        let message = crate::error::panic_message(payload);
        let phase = self.phase();
        self.done(
            index,
            Err(Error::Panicked {
                phase,
                component,
                message,
            }),
        );
        false
    }
}

impl Future for HookLoop<'_> {
    type Output = Vec<Error>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> Poll<Vec<Error>> {
        let this = &mut *self;
        ready!(poll_loop(this, cx));
        Poll::Ready(std::mem::take(&mut this.errors))
    }
}
