//! Asking the application to stop.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use tokio_util::sync::CancellationToken;

/// Why the application is stopping, and the exit code it asked for.
///
/// ```
/// # extern crate engin_core as engin;
/// let s = engin::Shutdown::new();
/// s.request_exit("config reload failed", 3);
/// let r = s.reason().unwrap();
/// assert_eq!((r.message.as_str(), r.code), ("config reload failed", 3));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShutdownReason {
    /// A human-readable reason.
    pub message: String,
    /// The exit code the process should end with.
    pub code: u8,
}

/// A handle that asks the whole application to stop.
///
/// Every application provides one: take `Shutdown` or `&Shutdown` as a
/// parameter of a provider or an invocation. The first request wins; later
/// ones are ignored.
///
/// ```
/// # extern crate engin_core as engin;
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// let shutdown = engin::Shutdown::new();
/// let waiter = shutdown.clone();
/// tokio::spawn(async move { shutdown.request("done") });
/// waiter.requested().await;
/// assert_eq!(waiter.reason().unwrap().code, 0);
/// # }
/// ```
#[derive(Debug, Clone, Default)]
pub struct Shutdown {
    inner: Arc<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    token: CancellationToken,
    // Mirrors the token, for a check that costs one load.
    requested: AtomicBool,
    reason: Mutex<Option<ShutdownReason>>,
}

impl Shutdown {
    /// A handle on which no shutdown has been requested yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Asks for a clean shutdown (exit code 0).
    pub fn request(&self, reason: impl Into<String>) {
        self.request_exit(reason, 0);
    }

    /// Asks for a shutdown that ends the process with exit code 1.
    pub fn fail(&self, reason: impl Into<String>) {
        self.request_exit(reason, 1);
    }

    /// Asks for a shutdown that ends the process with `code`.
    pub fn request_exit(&self, reason: impl Into<String>, code: u8) {
        let mut slot = self.inner.reason.lock().unwrap_or_else(|e| e.into_inner());
        if slot.is_none() {
            let reason = reason.into();
            tracing::info!(target: "engin", %reason, code, "shutdown requested");
            *slot = Some(ShutdownReason {
                message: reason,
                code,
            });
        }
        drop(slot);
        self.inner.requested.store(true, Ordering::Release);
        self.inner.token.cancel();
    }

    /// Whether a shutdown has been requested.
    #[inline]
    pub fn is_requested(&self) -> bool {
        self.inner.requested.load(Ordering::Acquire)
    }

    /// The first request, if any.
    pub fn reason(&self) -> Option<ShutdownReason> {
        self.inner
            .reason
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Waits until a shutdown is requested.
    pub async fn requested(&self) {
        self.inner.token.cancelled().await;
    }

    /// Waits until a shutdown is requested, owning what it waits on.
    pub(crate) fn cancelled_owned(&self) -> tokio_util::sync::WaitForCancellationFutureOwned {
        self.inner.token.clone().cancelled_owned()
    }

    /// A cancellation token that is cancelled when shutdown is requested.
    pub fn token(&self) -> CancellationToken {
        self.inner.token.child_token()
    }
}
