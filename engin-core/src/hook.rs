//! Hooks: the public [`Hook`] trait, and the registered hooks, one
//! allocation each, holding its closures and whichever of its futures is
//! running.

use std::borrow::Cow;
use std::future::{Future, Ready};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{ready, Context, Poll};
use std::time::Duration;

use pin_project_lite::pin_project;

use crate::error::BoxError;
use crate::timeline::{Outcome, Recorder};

pub(crate) type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A component with an async start and stop, registered with
/// [`Lifecycle::append`](crate::Lifecycle::append).
///
/// Both methods default to doing nothing, so a type implements only what it
/// needs.
///
/// ```
/// # extern crate engin_core as engin;
/// use engin::{BoxError, Hook};
///
/// struct Flusher { pending: Vec<String> }
///
/// impl Hook for Flusher {
///     async fn stop(&mut self) -> Result<(), BoxError> {
///         self.pending.clear(); // write them out here
///         Ok(())
///     }
/// }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a lifecycle hook",
    label = "this does not implement `engin::Hook`",
    note = "implement `engin::Hook` for `{Self}`, or register closures with `Lifecycle::on_start` / `on_stop`"
)]
pub trait Hook: Send + 'static {
    /// Runs when the application starts, in dependency order.
    fn start(&mut self) -> impl Future<Output = Result<(), BoxError>> + Send {
        async { Ok(()) }
    }

    /// Runs when the application stops, in reverse order, if `start` succeeded.
    fn stop(&mut self) -> impl Future<Output = Result<(), BoxError>> + Send {
        async { Ok(()) }
    }
}

pub(crate) type HookFn = Box<dyn FnOnce() -> BoxFuture<'static, Result<(), BoxError>> + Send>;

/// The two closures of a [`Hook`] object: they share it, so their futures
/// own what they need ('static), and it comes back after the start for the
/// stop.
pub(crate) fn object_fns<H: Hook>(hook: H) -> (HookFn, HookFn) {
    let run = |slot: Arc<Mutex<Option<H>>>, start: bool| -> HookFn {
        Box::new(move || {
            Box::pin(async move {
                let taken = slot.lock().unwrap_or_else(|e| e.into_inner()).take();
                let Some(mut hook) = taken else { return Ok(()) };
                let r = if start {
                    hook.start().await
                } else {
                    hook.stop().await
                };
                *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(hook);
                r
            })
        })
    };
    let slot = Arc::new(Mutex::new(Some(hook)));
    (run(slot.clone(), true), run(slot, false))
}

/// A hook's start and stop, run in place.
///
/// Hand-written code boxes each future it runs; a hook here is one boxed
/// state machine that builds its start future, then its stop future, inside
/// its own allocation. So a hook costs one allocation instead of two, and
/// one dynamic call per poll.
pub(crate) trait Run: Send {
    /// Polls the start, beginning it on the first call. Ready at once when
    /// the hook has no start.
    fn poll_start(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>>;

    /// Polls the stop, beginning it on the first call. Ready at once when
    /// the hook has no stop, or has a start that did not succeed.
    fn poll_stop(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>>;

    /// Where the hook stands.
    fn state(&self) -> State;
}

/// Where a hook stands (see [`Run::state`]). The questions the runtime asks
/// of a hook are answered by one method of its vtable, not three: each
/// hook is a type of its own, and each method a function (and a symbol)
/// of its own in the user's binary.
#[derive(Clone, Copy)]
pub(crate) struct State {
    /// Its start succeeded (or it has a stop only) and its stop has not
    /// finished.
    pub(crate) owes_stop: bool,
    /// It has a start still to run or running (for the timeline: a hook
    /// with a stop only has nothing to time at start).
    pub(crate) has_start: bool,
    /// Nothing is running and no start is left: abandoning it changes
    /// nothing (see [`abandon`]).
    pub(crate) idle: bool,
}

/// A hook's state, one question at a time: not methods of [`Run`], so they
/// are compiled once, not once per hook.
impl dyn Run {
    pub(crate) fn owes_stop(&self) -> bool {
        self.state().owes_stop
    }

    pub(crate) fn has_start(&self) -> bool {
        self.state().has_start
    }
}

/// Drops a hook's start or stop given up on (it overran its time limit, it
/// panicked, or the start-up ended), with all the hook holds: a finished
/// hook takes its place. A hook waiting with its stop owed (a stop-only
/// hook, the cleanup of a value that exists) keeps it.
pub(crate) fn abandon(run: &mut Pin<Box<dyn Run>>) {
    if !run.state().idle {
        *run = Box::pin(Finished);
    }
}

/// An abandoned hook: nothing to start, nothing to stop. (A zero-sized
/// box allocates nothing.)
struct Finished;

impl Run for Finished {
    fn poll_start(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        Poll::Ready(Ok(()))
    }

    fn poll_stop(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        Poll::Ready(Ok(()))
    }

    fn state(&self) -> State {
        State {
            owes_stop: false,
            has_start: false,
            idle: true,
        }
    }
}

pin_project! {
    /// The states of a hook made of a start closure and a stop closure. A
    /// hook is `Idle` before its start (with both closures) and after it
    /// (with its stop closure only). A hook with a stop only is the cleanup
    /// of a value that exists: its stop runs whether or not the start phase
    /// reached it. A start that fails, panics or is abandoned ends the hook.
    #[project = StateProj]
    enum Closures<S, SF, T, TF> {
        Idle { start: Option<S>, stop: Option<T> },
        Starting { #[pin] fut: SF, stop: Option<T> },
        Stopping { #[pin] fut: TF },
        Done,
    }
}

impl<S, SF, T, TF> Run for Closures<S, SF, T, TF>
where
    S: FnOnce() -> SF + Send,
    SF: Future<Output = Result<(), BoxError>> + Send,
    T: FnOnce() -> TF + Send,
    TF: Future<Output = Result<(), BoxError>> + Send,
{
    fn poll_start(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        match self.as_mut().project() {
            StateProj::Idle { start, stop } => {
                let Some(start) = start.take() else {
                    return Poll::Ready(Ok(()));
                };
                let stop = stop.take();
                self.set(Closures::Starting { fut: start(), stop });
            }
            StateProj::Starting { .. } => {}
            _ => return Poll::Ready(Ok(())),
        }
        let StateProj::Starting { fut, stop } = self.as_mut().project() else {
            unreachable!("set above")
        };
        let result = ready!(fut.poll(cx));
        let stop = stop.take();
        self.set(match result {
            Ok(()) => Closures::Idle { start: None, stop },
            Err(_) => Closures::Done,
        });
        Poll::Ready(result)
    }

    fn poll_stop(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        match self.as_mut().project() {
            StateProj::Idle { start, stop } => {
                // A start that never ran: nothing to stop.
                let (None, Some(stop)) = (start.as_ref(), stop.take()) else {
                    self.set(Closures::Done);
                    return Poll::Ready(Ok(()));
                };
                self.set(Closures::Stopping { fut: stop() });
            }
            StateProj::Stopping { .. } => {}
            _ => return Poll::Ready(Ok(())),
        }
        let StateProj::Stopping { fut } = self.as_mut().project() else {
            unreachable!("set above")
        };
        let result = ready!(fut.poll(cx));
        self.set(Closures::Done);
        Poll::Ready(result)
    }

    fn state(&self) -> State {
        State {
            owes_stop: match self {
                Closures::Idle { start, stop } => start.is_none() && stop.is_some(),
                Closures::Stopping { .. } => true,
                Closures::Starting { .. } | Closures::Done => false,
            },
            has_start: matches!(
                self,
                Closures::Idle { start: Some(_), .. } | Closures::Starting { .. }
            ),
            idle: matches!(self, Closures::Idle { start: None, .. } | Closures::Done),
        }
    }
}

/// The type of a missing start or stop closure.
type Nothing = fn() -> Ready<Result<(), BoxError>>;

/// A hook from its closures; `None` for a half it does not have.
#[inline]
pub(crate) fn closures<S, SF, T, TF>(start: Option<S>, stop: Option<T>) -> Pin<Box<dyn Run>>
where
    S: FnOnce() -> SF + Send + 'static,
    SF: Future<Output = Result<(), BoxError>> + Send + 'static,
    T: FnOnce() -> TF + Send + 'static,
    TF: Future<Output = Result<(), BoxError>> + Send + 'static,
{
    Box::pin(Closures::Idle { start, stop })
}

/// A hook with a start only.
#[inline]
pub(crate) fn start_only<S, SF>(start: S) -> Pin<Box<dyn Run>>
where
    S: FnOnce() -> SF + Send + 'static,
    SF: Future<Output = Result<(), BoxError>> + Send + 'static,
{
    closures::<S, SF, Nothing, _>(Some(start), None)
}

/// A hook with a stop only.
#[inline]
pub(crate) fn stop_only<T, TF>(stop: T) -> Pin<Box<dyn Run>>
where
    T: FnOnce() -> TF + Send + 'static,
    TF: Future<Output = Result<(), BoxError>> + Send + 'static,
{
    closures::<Nothing, _, T, TF>(None, Some(stop))
}

/// Per-hook time limits, overriding the application's.
#[derive(Debug, Default)]
pub(crate) struct Limits {
    pub(crate) start: Option<Duration>,
    pub(crate) stop: Option<Duration>,
}

impl Limits {
    pub(crate) fn is_set(&self) -> bool {
        self.start.is_some() || self.stop.is_some()
    }
}

/// A registered hook.
pub(crate) struct HookEntry {
    pub(crate) name: Cow<'static, str>,
    pub(crate) run: Pin<Box<dyn Run>>,
    /// Boxed: rare, and a small entry is cheap to register.
    pub(crate) limits: Option<Box<Limits>>,
    /// The build step that registered it (`u32::MAX`: none).
    pub(crate) step: u32,
}

/// The registered hooks, in registration order.
///
/// Dropped while a hook still owes its stop (the future that ran them was
/// dropped), they go to the policy given to [`Hooks::stop_on_drop`]
/// (`orphan::Orphans`, which stops them in the background).
#[derive(Default)]
pub(crate) struct Hooks(
    Vec<HookEntry>,
    Option<Box<dyn Adopt>>,
    /// Records each start and stop, when the run keeps a timeline.
    Option<Arc<Recorder>>,
);

/// What becomes of hooks dropped while one may still owe its stop.
pub(crate) trait Adopt: Send {
    /// Takes the dropped hooks.
    fn adopt(self: Box<Self>, hooks: Hooks);
}

impl Hooks {
    pub(crate) const fn new() -> Self {
        Hooks(Vec::new(), None, None)
    }

    /// From now on, hooks that still owe their stop when these are dropped
    /// are stopped as `orphans` says.
    pub(crate) fn stop_on_drop(&mut self, orphans: impl Adopt + 'static) {
        self.1 = Some(Box::new(orphans));
    }

    /// Every hook has stopped (or never started): nothing to do on drop.
    pub(crate) fn settled(&mut self) {
        self.1 = None;
    }

    /// The names of the hooks that still owe their stop.
    pub(crate) fn owing(&self) -> Vec<Cow<'static, str>> {
        self.0
            .iter()
            .filter(|e| e.run.owes_stop())
            .map(|e| e.name.clone())
            .collect()
    }

    /// Drops every start under way: such a hook did not start.
    pub(crate) fn abandon_starts(&mut self) {
        for e in &mut self.0 {
            if !e.run.owes_stop() {
                abandon(&mut e.run);
            }
        }
    }

    /// Takes the hooks and their drop policy, leaving these empty.
    pub(crate) fn take(&mut self) -> Hooks {
        Hooks(std::mem::take(&mut self.0), self.1.take(), self.2.take())
    }

    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    pub(crate) fn reserve(&mut self, n: usize) {
        self.0.reserve(n);
    }

    /// The build step that registered hook `index` (`u32::MAX`: none).
    pub(crate) fn step(&self, index: usize) -> u32 {
        self.0[index].step
    }

    pub(crate) fn name(&self, index: usize) -> &Cow<'static, str> {
        &self.0[index].name
    }

    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|e| &*e.name)
    }

    /// Polls hook `index`'s start (`start == true`) or stop.
    #[inline]
    pub(crate) fn poll(
        &mut self,
        index: usize,
        start: bool,
        cx: &mut Context<'_>,
    ) -> Poll<Result<(), BoxError>> {
        if self.2.is_some() {
            return self.poll_recorded(index, start, cx);
        }
        let run = self.0[index].run.as_mut();
        if start {
            run.poll_start(cx)
        } else {
            run.poll_stop(cx)
        }
    }

    /// Records the hooks' starts and stops from now on.
    pub(crate) fn record(&mut self, timeline: Arc<Recorder>) {
        self.2 = Some(timeline);
    }

    #[cold]
    fn poll_recorded(
        &mut self,
        index: usize,
        start: bool,
        cx: &mut Context<'_>,
    ) -> Poll<Result<(), BoxError>> {
        let recorder = self.2.clone().expect("recording");
        let entry = &mut self.0[index];
        let timed = if start {
            entry.run.has_start()
        } else {
            entry.run.owes_stop()
        };
        if timed {
            recorder.hook_polled(start, index);
        }
        let run = entry.run.as_mut();
        let polled = if start {
            run.poll_start(cx)
        } else {
            run.poll_stop(cx)
        };
        if let Poll::Ready(r) = &polled {
            let outcome = if r.is_ok() {
                Outcome::Ok
            } else {
                Outcome::Failed
            };
            recorder.hook_ended(start, index, &entry.name, entry.step, outcome);
        }
        polled
    }

    /// Every hook's name, for a report made on another thread.
    pub(crate) fn names_owned(&self) -> Vec<Cow<'static, str>> {
        self.0.iter().map(|e| e.name.clone()).collect()
    }

    /// Whether hook `index` still owes its stop.
    pub(crate) fn owes_stop(&self, index: usize) -> bool {
        self.0[index].run.owes_stop()
    }

    /// Drops hook `index`'s running start or stop.
    pub(crate) fn abandon(&mut self, index: usize) {
        if let Some(recorder) = &self.2 {
            let entry = &self.0[index];
            for start in [true, false] {
                recorder.hook_ended(start, index, &entry.name, entry.step, Outcome::Abandoned);
            }
        }
        abandon(&mut self.0[index].run);
    }

    #[inline]
    pub(crate) fn push(&mut self, entry: HookEntry) {
        self.0.push(entry);
    }

    /// Appends `other`'s hooks after these.
    pub(crate) fn append(&mut self, mut other: Hooks) {
        self.0.append(&mut other.0);
    }

    /// Hook `index`'s start (`start == true`) or stop time limit.
    pub(crate) fn limit(&self, index: usize, start: bool, default: Duration) -> Duration {
        let limits = self.0[index].limits.as_deref();
        let own = if start {
            limits.and_then(|l| l.start)
        } else {
            limits.and_then(|l| l.stop)
        };
        own.unwrap_or(default)
    }
}

impl Drop for Hooks {
    fn drop(&mut self) {
        if let Some(orphans) = self.1.take() {
            orphans.adopt(self.take());
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    use super::*;

    /// Polls `f` once with a no-op waker.
    fn poll_once<T>(f: impl FnOnce(&mut Context<'_>) -> Poll<T>) -> Poll<T> {
        let mut cx = Context::from_waker(std::task::Waker::noop());
        f(&mut cx)
    }

    fn counter() -> (Arc<AtomicUsize>, impl Fn() -> usize) {
        let n = Arc::new(AtomicUsize::new(0));
        let read = {
            let n = n.clone();
            move || n.load(Ordering::SeqCst)
        };
        (n, read)
    }

    /// Counts its drops: held by a future, it tells when the future is
    /// dropped.
    struct Dropped(Arc<AtomicUsize>);

    impl Drop for Dropped {
        fn drop(&mut self) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    /// A hook with a start and a stop, each counting its runs.
    fn counted() -> (Pin<Box<dyn Run>>, impl Fn() -> usize, impl Fn() -> usize) {
        let (starts, started) = counter();
        let (stops, stopped) = counter();
        let hook = closures(
            Some(move || async move {
                starts.fetch_add(1, Ordering::SeqCst);
                Ok(())
            }),
            Some(move || async move {
                stops.fetch_add(1, Ordering::SeqCst);
                Ok(())
            }),
        );
        (hook, started, stopped)
    }

    #[test]
    fn a_hook_starts_once_then_stops_once() {
        let (mut hook, started, stopped) = counted();
        assert!(matches!(
            poll_once(|cx| hook.as_mut().poll_start(cx)),
            Poll::Ready(Ok(()))
        ));
        assert!(poll_once(|cx| hook.as_mut().poll_start(cx)).is_ready());
        assert_eq!((started(), stopped()), (1, 0));
        assert!(matches!(
            poll_once(|cx| hook.as_mut().poll_stop(cx)),
            Poll::Ready(Ok(()))
        ));
        assert!(poll_once(|cx| hook.as_mut().poll_stop(cx)).is_ready());
        assert_eq!((started(), stopped()), (1, 1));
    }

    #[test]
    fn a_pending_start_resumes_where_it_was_and_its_error_comes_back() {
        let mut yielded = false;
        let mut hook = start_only(move || {
            std::future::poll_fn(move |cx| {
                if !yielded {
                    yielded = true;
                    cx.waker().wake_by_ref();
                    return Poll::Pending;
                }
                Poll::Ready(Err::<(), BoxError>("refused".into()))
            })
        });
        assert!(poll_once(|cx| hook.as_mut().poll_start(cx)).is_pending());
        match poll_once(|cx| hook.as_mut().poll_start(cx)) {
            Poll::Ready(Err(e)) => assert_eq!(e.to_string(), "refused"),
            other => panic!("expected the start's error, got {other:?}"),
        }
    }

    #[test]
    fn abandoning_a_start_drops_its_future_and_the_stop_never_runs() {
        let (drops, dropped) = counter();
        let (stops, stopped) = counter();
        let mut hook = closures(
            Some(move || async move {
                let _held = Dropped(drops);
                std::future::pending::<()>().await;
                Ok(())
            }),
            Some(move || async move {
                stops.fetch_add(1, Ordering::SeqCst);
                Ok(())
            }),
        );
        assert!(poll_once(|cx| hook.as_mut().poll_start(cx)).is_pending());
        assert_eq!(dropped(), 0);
        abandon(&mut hook);
        assert_eq!(dropped(), 1, "the running start future is dropped at once");
        assert!(poll_once(|cx| hook.as_mut().poll_stop(cx)).is_ready());
        assert_eq!(stopped(), 0);
    }

    #[test]
    fn a_hook_whose_start_never_ran_or_failed_does_not_stop() {
        for fails in [false, true] {
            let (stops, stopped) = counter();
            let mut hook = closures(
                Some(move || async move {
                    if fails {
                        Err::<(), BoxError>("refused".into())
                    } else {
                        Ok(())
                    }
                }),
                Some(move || async move {
                    stops.fetch_add(1, Ordering::SeqCst);
                    Ok(())
                }),
            );
            if fails {
                assert!(matches!(
                    poll_once(|cx| hook.as_mut().poll_start(cx)),
                    Poll::Ready(Err(_))
                ));
            }
            assert!(poll_once(|cx| hook.as_mut().poll_stop(cx)).is_ready());
            assert_eq!(stopped(), 0, "fails: {fails}");
            // Nor later, once the start phase is over.
            assert!(poll_once(|cx| hook.as_mut().poll_start(cx)).is_ready());
            assert!(poll_once(|cx| hook.as_mut().poll_stop(cx)).is_ready());
            assert_eq!(stopped(), 0, "fails: {fails}");
        }
    }

    #[test]
    fn a_hook_with_a_stop_only_stops_even_if_the_start_phase_never_reached_it() {
        let (stops, stopped) = counter();
        let mut hook = stop_only(move || async move {
            stops.fetch_add(1, Ordering::SeqCst);
            Ok(())
        });
        assert!(poll_once(|cx| hook.as_mut().poll_stop(cx)).is_ready());
        assert_eq!(stopped(), 1);
    }

    #[test]
    fn abandoning_a_hook_that_owes_its_stop_keeps_the_stop() {
        // A stop-only hook put under way at start-up, and abandoned with the
        // others when another hook fails, is still the cleanup of its value.
        let (stops, stopped) = counter();
        let mut hook = stop_only(move || async move {
            stops.fetch_add(1, Ordering::SeqCst);
            Ok(())
        });
        abandon(&mut hook);
        assert!(hook.owes_stop());
        assert!(poll_once(|cx| hook.as_mut().poll_stop(cx)).is_ready());
        assert_eq!(stopped(), 1);
        assert!(!hook.owes_stop());
    }

    #[test]
    fn a_hook_abandoned_before_its_start_never_starts_or_stops() {
        let (mut hook, started, stopped) = counted();
        abandon(&mut hook);
        assert!(!hook.has_start() && !hook.owes_stop());
        assert!(poll_once(|cx| hook.as_mut().poll_start(cx)).is_ready());
        assert!(poll_once(|cx| hook.as_mut().poll_stop(cx)).is_ready());
        assert_eq!((started(), stopped()), (0, 0));
    }

    #[test]
    fn abandoning_a_stop_under_way_drops_its_future_at_once() {
        let (drops, dropped) = counter();
        let mut hook = stop_only(move || async move {
            let _held = Dropped(drops);
            std::future::pending::<()>().await;
            Ok(())
        });
        assert!(poll_once(|cx| hook.as_mut().poll_stop(cx)).is_pending());
        assert!(hook.owes_stop());
        abandon(&mut hook);
        assert_eq!(dropped(), 1, "the running stop future is dropped at once");
        assert!(!hook.owes_stop());
        assert!(poll_once(|cx| hook.as_mut().poll_stop(cx)).is_ready());
    }

    #[test]
    fn a_hook_with_a_stop_only_starts_at_once_and_stops() {
        let (stops, stopped) = counter();
        let mut hook = stop_only(move || async move {
            stops.fetch_add(1, Ordering::SeqCst);
            Ok(())
        });
        assert!(poll_once(|cx| hook.as_mut().poll_start(cx)).is_ready());
        assert_eq!(stopped(), 0);
        assert!(poll_once(|cx| hook.as_mut().poll_stop(cx)).is_ready());
        assert_eq!(stopped(), 1);
    }
}
