//! Guards: a hook written as one async body, in the style of an async
//! context manager.
//!
//! The body is polled in place by the hook loops, like any hook's start and
//! stop, never spawned: so no code of a guard runs outside the loops that
//! own it, and the loop knows in the very poll in which the body reaches
//! `started()` that the guard has started. A guard whose body reached
//! `started()` has started and is always resumed for its teardown; one
//! whose setup is cut short (another hook failed, shutdown was requested,
//! its time limit ran out) is dropped at its `.await`, as any start is.

use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{ready, Context, Poll};

use tokio_util::sync::CancellationToken;

use crate::error::BoxError;
use crate::hook::{BoxFuture, Run, State};

/// A guard's running body.
type Body = BoxFuture<'static, Result<(), BoxError>>;

pub(crate) type GuardBody = Box<dyn FnOnce(Guard) -> Body + Send>;

/// Given to a [`Lifecycle::guard`](crate::Lifecycle::guard) body: marks the end of its start.
///
/// ```
/// # extern crate engin_core as engin;
/// # let lifecycle = engin::Lifecycle::new();
/// lifecycle.guard("session", |guard: engin::Guard| async move {
///     let session = String::from("open"); // the start
///     guard.started().await;              // returns when the application stops
///     drop(session);                      // the stop
///     Ok(())
/// });
/// ```
#[derive(Debug)]
pub struct Guard {
    shared: Arc<Shared>,
}

#[derive(Debug, Default)]
struct Shared {
    /// The body has called `started()`.
    started: AtomicBool,
    /// Cancelled when the guard is to stop.
    stop: CancellationToken,
}

impl Guard {
    /// Reports the start as done, then waits until the application stops
    /// this guard. The code after it is the guard's stop, and it runs
    /// whenever this was reached, whatever else fails.
    pub async fn started(self) {
        self.shared.started.store(true, Ordering::Release);
        self.shared.stop.cancelled().await;
    }
}

/// A guard's body, run in place: built at the start's first poll, a start
/// until it reaches `started()` (or ends), then a stop.
pub(crate) struct GuardRun {
    body: Option<GuardBody>,
    running: Option<(Body, Arc<Shared>)>,
}

impl GuardRun {
    pub(crate) fn new(body: GuardBody) -> Self {
        GuardRun {
            body: Some(body),
            running: None,
        }
    }

    fn has_started(&self) -> bool {
        self.running
            .as_ref()
            .is_some_and(|(_, shared)| shared.started.load(Ordering::Acquire))
    }
}

impl Run for GuardRun {
    fn poll_start(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        let this = self.get_mut();
        if let Some(body) = this.body.take() {
            let shared = Arc::new(Shared::default());
            let fut = body(Guard {
                shared: shared.clone(),
            });
            this.running = Some((fut, shared));
        }
        if this.has_started() {
            return Poll::Ready(Ok(()));
        }
        let Some((fut, _)) = this.running.as_mut() else {
            return Poll::Ready(Ok(()));
        };
        match fut.as_mut().poll(cx) {
            // It ended without waiting in `started()`: nothing to stop.
            Poll::Ready(r) => {
                this.running = None;
                Poll::Ready(r)
            }
            Poll::Pending if this.has_started() => Poll::Ready(Ok(())),
            Poll::Pending => Poll::Pending,
        }
    }

    fn poll_stop(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        let this = self.get_mut();
        this.body = None;
        if !this.has_started() {
            this.running = None;
            return Poll::Ready(Ok(()));
        }
        let (fut, shared) = this.running.as_mut().expect("started");
        shared.stop.cancel();
        let r = ready!(fut.as_mut().poll(cx));
        this.running = None;
        Poll::Ready(r)
    }

    fn state(&self) -> State {
        State {
            owes_stop: self.has_started(),
            has_start: true,
            // Abandoned, a guard drops its body wherever it is.
            idle: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;

    use super::*;
    use crate::hook::abandon;

    fn poll_once<T>(f: impl FnOnce(&mut Context<'_>) -> Poll<T>) -> Poll<T> {
        let mut cx = Context::from_waker(std::task::Waker::noop());
        f(&mut cx)
    }

    /// A guard that counts its setups and teardowns, and yields once in
    /// its setup.
    fn counted(entered: Arc<AtomicUsize>, exited: Arc<AtomicUsize>) -> Pin<Box<dyn Run>> {
        Box::pin(GuardRun::new(Box::new(move |guard: Guard| {
            Box::pin(async move {
                tokio::task::yield_now().await;
                entered.fetch_add(1, Ordering::SeqCst);
                guard.started().await;
                exited.fetch_add(1, Ordering::SeqCst);
                Ok(())
            })
        })))
    }

    #[test]
    fn a_guard_has_started_in_the_poll_that_reaches_started_and_owes_its_stop() {
        let (entered, exited) = (Arc::default(), Arc::default());
        let mut guard = counted(Arc::clone(&entered), Arc::clone(&exited));
        assert!(poll_once(|cx| guard.as_mut().poll_start(cx)).is_pending());
        assert!(!guard.owes_stop(), "still in its setup");
        assert!(matches!(
            poll_once(|cx| guard.as_mut().poll_start(cx)),
            Poll::Ready(Ok(()))
        ));
        assert!(guard.owes_stop());
        assert_eq!(entered.load(Ordering::SeqCst), 1);
        assert!(poll_once(|cx| guard.as_mut().poll_stop(cx)).is_ready());
        assert_eq!(exited.load(Ordering::SeqCst), 1);
        assert!(!guard.owes_stop());
    }

    #[test]
    fn a_guard_abandoned_in_its_setup_never_enters_and_owes_nothing() {
        let (entered, exited) = (Arc::default(), Arc::default());
        let mut guard = counted(Arc::clone(&entered), Arc::clone(&exited));
        assert!(poll_once(|cx| guard.as_mut().poll_start(cx)).is_pending());
        abandon(&mut guard);
        assert!(!guard.owes_stop());
        assert!(poll_once(|cx| guard.as_mut().poll_stop(cx)).is_ready());
        assert_eq!(entered.load(Ordering::SeqCst), 0);
        assert_eq!(exited.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn a_body_that_ends_without_started_is_its_start_result() {
        let mut guard: Pin<Box<dyn Run>> = Box::pin(GuardRun::new(Box::new(|_guard: Guard| {
            Box::pin(async { Err::<(), BoxError>("refused".into()) })
        })));
        match poll_once(|cx| guard.as_mut().poll_start(cx)) {
            Poll::Ready(Err(e)) => assert_eq!(e.to_string(), "refused"),
            other => panic!("expected the body's error, got {other:?}"),
        }
        assert!(!guard.owes_stop());
    }
}
