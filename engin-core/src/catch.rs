//! Catching panics in futures without an extra dependency or allocation.

use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::task::{Context, Poll};

/// A future that turns a panic while polling its inner future into
/// `Err(message)`. The inner future is `Unpin` (a `Pin<Box<..>>` or a
/// `Pin<&mut ..>`), so no pin projection is needed.
pub(crate) struct CatchUnwind<F>(pub(crate) F);

impl<F: Future + Unpin> Future for CatchUnwind<F> {
    type Output = Result<F::Output, String>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let inner = &mut self.0;
        // The inner future is never polled again after a panic, so a broken
        // invariant inside it cannot be observed: AssertUnwindSafe is sound.
        match catch_unwind(AssertUnwindSafe(move || Pin::new(inner).poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(v)) => Poll::Ready(Ok(v)),
            Err(payload) => Poll::Ready(Err(crate::error::panic_message(&*payload))),
        }
    }
}
