//! Supervised tasks and their restart policies.

use std::borrow::Cow;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use crate::catch::CatchUnwind;
use crate::children::{AbortOnDrop, Children};
use crate::error::{BoxError, Error, Errors, Phase};
use crate::hook::BoxFuture;
use crate::shutdown::Shutdown;

pub(crate) type TaskFn = Box<
    dyn FnMut(CancellationToken, Option<&Children>) -> BoxFuture<'static, Result<(), BoxError>>
        + Send,
>;

/// A registered supervised task.
pub(crate) struct TaskEntry {
    pub(crate) name: Cow<'static, str>,
    pub(crate) policy: Policy,
    pub(crate) task: TaskFn,
    /// The time it has to finish once cancelled; overrunning it is an
    /// error. Without one, it has the application's grace period, after
    /// which it is dropped at its next `.await` as a clean stop.
    pub(crate) stop_limit: Option<Duration>,
    /// It spawns child tasks (`add_with_children`).
    pub(crate) has_children: bool,
    /// The build step that registered it (`u32::MAX`: none).
    pub(crate) step: u32,
}

impl TaskEntry {
    /// A task run once: `Policy::Shutdown` or `Policy::Ignore`, never restarted.
    pub(crate) fn once<F, Fut>(name: Cow<'static, str>, policy: Policy, task: F) -> Self
    where
        F: FnOnce(CancellationToken) -> Fut + Send + 'static,
        Fut: std::future::Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        debug_assert!(!matches!(policy, Policy::Restart(_)));
        let mut task = Some(task);
        let task: TaskFn = Box::new(move |token, _| match task.take() {
            Some(task) => Box::pin(task(token)),
            // Unreachable: a task run once is never called again.
            None => Box::pin(async { Ok(()) }),
        });
        TaskEntry {
            name,
            policy,
            task,
            stop_limit: None,
            has_children: false,
            step: u32::MAX,
        }
    }

    /// A task run once that spawns child tasks.
    pub(crate) fn with_children<F, Fut>(name: Cow<'static, str>, task: F) -> Self
    where
        F: FnOnce(CancellationToken, Children) -> Fut + Send + 'static,
        Fut: std::future::Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        let mut task = Some(task);
        let task: TaskFn = Box::new(move |token, children| match (task.take(), children) {
            (Some(task), Some(children)) => Box::pin(task(token, children.clone())),
            // Unreachable: a task run once is never called again, and one
            // with children is given them.
            _ => Box::pin(async { Ok(()) }),
        });
        TaskEntry {
            name,
            policy: Policy::Shutdown,
            task,
            stop_limit: None,
            has_children: true,
            step: u32::MAX,
        }
    }

    /// A task that may be called again after a failure.
    pub(crate) fn repeatable<F, Fut>(name: Cow<'static, str>, policy: Policy, mut task: F) -> Self
    where
        F: FnMut(CancellationToken) -> Fut + Send + 'static,
        Fut: std::future::Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        TaskEntry {
            name,
            policy,
            task: Box::new(move |token, _| Box::pin(task(token))),
            stop_limit: None,
            has_children: false,
            step: u32::MAX,
        }
    }
}

/// What happens when a supervised task ends or fails.
///
/// ```
/// # extern crate engin_core as engin;
/// use std::time::Duration;
/// use engin::{Policy, Restart};
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

/// Restart limit, backoff and forgiveness of [`Policy::Restart`].
///
/// The limit counts failures in a row: a run that lasted at least
/// [`Restart::healthy_after`] before it failed was healthy, so its failure
/// starts a new count, with the first delay again (as Erlang supervisors
/// forget restarts older than their period, and Kubernetes resets a
/// crash-looping container's backoff after it has run a while).
///
/// ```
/// # extern crate engin_core as engin;
/// # use std::time::Duration;
/// let r = engin::Restart::new(5).initial_backoff(Duration::from_millis(100)).max_backoff(Duration::from_secs(1));
/// assert_eq!(r.backoff(0), Duration::from_millis(100));
/// assert_eq!(r.backoff(1), Duration::from_millis(200));
/// assert_eq!(r.backoff(10), Duration::from_secs(1));
/// assert_eq!(r.get_healthy_after(), Duration::from_secs(10));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Restart {
    max_restarts: u32,
    initial: Duration,
    max: Duration,
    healthy_after: Duration,
}

impl Restart {
    /// At most `max_restarts` restarts in a row, starting with a 100 ms
    /// delay that doubles after each failure, up to 30 s; a run of 10 s or
    /// more counts as healthy and resets both.
    pub fn new(max_restarts: u32) -> Self {
        Restart {
            max_restarts,
            initial: Duration::from_millis(100),
            max: Duration::from_secs(30),
            healthy_after: Duration::from_secs(10),
        }
    }

    /// How long a run must last to count as healthy (10 s, as systemd's
    /// default start-limit interval): a failure after such a run is the
    /// first of a new count, and its restart waits the initial delay.
    pub fn healthy_after(mut self, period: Duration) -> Self {
        self.healthy_after = period;
        self
    }

    /// How long a run must last to count as healthy.
    pub fn get_healthy_after(&self) -> Duration {
        self.healthy_after
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

/// A task's own failure, before it is named.
enum Failure {
    Error(BoxError),
    Panic(String),
}

impl Failure {
    fn named(self, name: Cow<'static, str>) -> Error {
        match self {
            Failure::Error(source) => Error::Failed {
                phase: Phase::Task,
                component: name,
                source,
            },
            Failure::Panic(message) => Error::Panicked {
                phase: Phase::Task,
                component: name,
                message,
            },
        }
    }

    fn into_source(self) -> BoxError {
        match self {
            Failure::Error(e) => e,
            Failure::Panic(message) => format!("panicked: {message}").into(),
        }
    }
}

/// Runs one supervised task under its policy until it is done or
/// cancelled, then waits for its children.
pub(crate) async fn supervise(
    entry: TaskEntry,
    cancel: CancellationToken,
    shutdown: Shutdown,
    errors: Errors,
    children: Option<Children>,
) {
    // Its future dropped (its stop limit passed, the application dropped):
    // no child outlives it.
    let _abort = AbortOnDrop(children.as_ref().map(Children::set));
    run_policy(entry, cancel, shutdown, errors, children.as_ref()).await;
    if let Some(children) = &children {
        children.set().wait().await;
    }
}

/// Runs one supervised task under its policy until it is done or cancelled.
async fn run_policy(
    mut entry: TaskEntry,
    cancel: CancellationToken,
    shutdown: Shutdown,
    errors: Errors,
    children: Option<&Children>,
) {
    let name = entry.name.clone();
    let mut failures = 0u32;
    loop {
        let started = tokio::time::Instant::now();
        let failure = match CatchUnwind((entry.task)(cancel.child_token(), children)).await {
            Ok(Ok(())) => None,
            Ok(Err(source)) => Some(Failure::Error(source)),
            Err(message) => Some(Failure::Panic(message)),
        };
        let elapsed = started.elapsed();
        if cancel.is_cancelled() {
            // Stopped because the application is stopping.
            match failure {
                None => tracing::debug!(target: "engin", task = %name, ?elapsed, "task stopped"),
                Some(f) => errors.report(f.named(name)),
            }
            return;
        }
        let Some(failure) = failure else {
            tracing::info!(target: "engin", task = %name, ?elapsed, "task ended");
            if matches!(entry.policy, Policy::Shutdown) {
                shutdown.request(format!("supervised task `{name}` ended"));
            }
            return;
        };
        match &entry.policy {
            Policy::Ignore => {
                let e = failure.named(name.clone());
                tracing::warn!(target: "engin", task = %name, error = %e.chain(), "task failed; ignored by policy");
                return;
            }
            Policy::Shutdown => {
                let e = failure.named(name.clone());
                let reason = e.to_string();
                errors.report(e);
                shutdown.fail(reason);
                return;
            }
            Policy::Restart(restart) => {
                if elapsed >= restart.get_healthy_after() {
                    // A healthy run: this failure starts a new count.
                    failures = 0;
                }
                failures += 1;
                if failures > restart.max_restarts() {
                    let e = Error::RestartLimit {
                        component: name.clone(),
                        failures,
                        source: failure.into_source(),
                    };
                    let reason = e.to_string();
                    errors.report(e);
                    shutdown.fail(reason);
                    return;
                }
                let delay = restart.backoff(failures - 1);
                let e = failure.named(name.clone());
                tracing::warn!(target: "engin", task = %name, error = %e.chain(), failures, ?delay, "task failed; restarting");
                tokio::select! {
                    _ = tokio::time::sleep(delay) => {}
                    _ = cancel.cancelled() => return,
                }
            }
        }
    }
}
