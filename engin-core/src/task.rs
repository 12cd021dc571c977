//! Supervised tasks and their restart policies.

use std::borrow::Cow;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use crate::catch::CatchUnwind;
use crate::error::{BoxError, Error, Phase};
use crate::lifecycle::BoxFuture;
use crate::shutdown::Shutdown;

pub(crate) type TaskFn =
    Box<dyn FnMut(CancellationToken) -> BoxFuture<'static, Result<(), BoxError>> + Send>;

pub(crate) struct TaskEntry {
    pub(crate) name: Cow<'static, str>,
    pub(crate) policy: Policy,
    pub(crate) task: TaskFn,
}

/// What happens when a supervised task ends or fails.
///
/// ```
/// use std::time::Duration;
/// use engin_core::{Policy, Restart};
/// let policy = Policy::Restart(Restart::new(3).initial_backoff(Duration::from_millis(50)));
/// assert!(matches!(policy, Policy::Restart(r) if r.max_restarts() == 3));
/// assert!(matches!(Policy::default(), Policy::Shutdown));
/// ```
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub enum Policy {
    /// Shut the application down when the task ends (exit code 0) or fails
    /// (exit code 1). The default.
    #[default]
    Shutdown,
    /// Restart the task after a failure, with exponential backoff; when the
    /// limit is reached, shut the application down with an error. A task that
    /// ends without error is not restarted.
    Restart(Restart),
    /// Log the end or failure and keep the application running.
    Ignore,
}

/// Restart limit and backoff of [`Policy::Restart`].
///
/// ```
/// # use std::time::Duration;
/// let r = engin_core::Restart::new(5).initial_backoff(Duration::from_millis(100)).max_backoff(Duration::from_secs(1));
/// assert_eq!(r.backoff(0), Duration::from_millis(100));
/// assert_eq!(r.backoff(1), Duration::from_millis(200));
/// assert_eq!(r.backoff(10), Duration::from_secs(1));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Restart {
    max_restarts: u32,
    initial: Duration,
    max: Duration,
}

impl Restart {
    /// At most `max_restarts` restarts, starting with a 100 ms delay that
    /// doubles after each failure, up to 30 s.
    pub fn new(max_restarts: u32) -> Self {
        Restart {
            max_restarts,
            initial: Duration::from_millis(100),
            max: Duration::from_secs(30),
        }
    }

    /// The delay before the first restart.
    pub fn initial_backoff(mut self, delay: Duration) -> Self {
        self.initial = delay;
        self
    }

    /// The longest delay between restarts.
    pub fn max_backoff(mut self, delay: Duration) -> Self {
        self.max = delay;
        self
    }

    /// The restart limit.
    pub fn max_restarts(&self) -> u32 {
        self.max_restarts
    }

    /// The delay before restart number `n` (counting from 0).
    pub fn backoff(&self, n: u32) -> Duration {
        let factor = 2u32.saturating_pow(n.min(31));
        self.initial.saturating_mul(factor).min(self.max)
    }
}

/// Runs one supervised task under its policy until it is done or cancelled.
pub(crate) async fn supervise(
    mut entry: TaskEntry,
    cancel: CancellationToken,
    shutdown: Shutdown,
    errors: Arc<Mutex<Vec<Error>>>,
) {
    let name = entry.name.clone();
    let mut failures = 0u32;
    loop {
        let started = std::time::Instant::now();
        let result = CatchUnwind((entry.task)(cancel.child_token())).await;
        let outcome = match result {
            Ok(Ok(())) => Ok(()),
            Ok(Err(source)) => Err(Error::Failed {
                phase: Phase::Task,
                component: name.clone(),
                source,
            }),
            Err(message) => Err(Error::Panicked {
                phase: Phase::Task,
                component: name.clone(),
                message,
            }),
        };
        let elapsed = started.elapsed();
        if cancel.is_cancelled() {
            // Stopped because the application is stopping.
            match outcome {
                Ok(()) => tracing::debug!(target: "engin", task = %name, ?elapsed, "task stopped"),
                Err(e) => {
                    tracing::error!(target: "engin", task = %name, error = %e, "task failed while stopping");
                    push(&errors, e);
                }
            }
            return;
        }
        match (&entry.policy, outcome) {
            (Policy::Ignore, Ok(())) => {
                tracing::info!(target: "engin", task = %name, ?elapsed, "task ended");
                return;
            }
            (Policy::Ignore, Err(e)) => {
                tracing::error!(target: "engin", task = %name, error = %e, "task failed; ignored by policy");
                return;
            }
            (_, Ok(())) => {
                tracing::info!(target: "engin", task = %name, ?elapsed, "task ended");
                if matches!(entry.policy, Policy::Shutdown) {
                    shutdown.request(format!("supervised task `{name}` ended"));
                }
                return;
            }
            (Policy::Shutdown, Err(e)) => {
                tracing::error!(target: "engin", task = %name, error = %e, "task failed");
                let reason = e.to_string();
                push(&errors, e);
                shutdown.fail(reason);
                return;
            }
            (Policy::Restart(restart), Err(e)) => {
                failures += 1;
                if failures > restart.max_restarts() {
                    let e = Error::RestartLimit {
                        component: name.clone(),
                        failures,
                        source: Box::new(e),
                    };
                    tracing::error!(target: "engin", task = %name, error = %e, "giving up");
                    let reason = e.to_string();
                    push(&errors, e);
                    shutdown.fail(reason);
                    return;
                }
                let delay = restart.backoff(failures - 1);
                tracing::warn!(target: "engin", task = %name, error = %e, failures, ?delay, "task failed; restarting");
                tokio::select! {
                    _ = tokio::time::sleep(delay) => {}
                    _ = cancel.cancelled() => return,
                }
            }
        }
    }
}

pub(crate) fn push(errors: &Mutex<Vec<Error>>, e: Error) {
    errors.lock().unwrap_or_else(|p| p.into_inner()).push(e);
}
