//! Errors reported by an engin application.

use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

/// A boxed error, the error type of hooks and supervised tasks.
///
/// Any `std::error::Error + Send + Sync + 'static` converts into it with `?`.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// The part of an application's life in which a component failed.
///
/// ```
/// # extern crate engin_core as engin;
/// assert_eq!(engin::Phase::Start.to_string(), "start hook");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Phase {
    /// Building a value with a `#[provide]` function or struct.
    Provide,
    /// Running an `#[invoke]` function.
    Invoke,
    /// Running a lifecycle start hook.
    Start,
    /// Running a lifecycle stop hook.
    Stop,
    /// Running a supervised task.
    Task,
    /// The program's own set-up, before the application runs
    /// ([`Exit::failed`](crate::Exit::failed)).
    Setup,
    /// Running an `on_started` hook, once every start hook has completed.
    Started,
    /// Running an `on_stopping` hook, at the start of shutdown.
    Stopping,
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Phase::Provide => "provider",
            Phase::Invoke => "invocation",
            Phase::Start => "start hook",
            Phase::Stop => "stop hook",
            Phase::Task => "supervised task",
            Phase::Setup => "set-up",
            Phase::Started => "on_started hook",
            Phase::Stopping => "on_stopping hook",
        })
    }
}

/// An error from one component of an application, naming the component.
///
/// Its `Display` describes this layer only; the component's own error is
/// its [`source`](std::error::Error::source). [`Error::chain`] joins them.
///
/// ```
/// # extern crate engin_core as engin;
/// use engin::{Error, Phase};
/// let e = Error::failed(Phase::Provide, "client", "connection refused");
/// assert_eq!(e.to_string(), "provider `client` failed");
/// assert_eq!(e.chain().to_string(), "provider `client` failed: connection refused");
/// assert_eq!(e.component(), "client");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The component returned an error.
    #[error("{phase} `{component}` failed")]
    Failed {
        /// What the component was doing.
        phase: Phase,
        /// The component's name.
        component: Cow<'static, str>,
        /// The component's own error.
        #[source]
        source: BoxError,
    },
    /// The component panicked.
    #[error("{phase} `{component}` panicked: {message}")]
    Panicked {
        /// What the component was doing.
        phase: Phase,
        /// The component's name.
        component: Cow<'static, str>,
        /// The panic message.
        message: String,
    },
    /// The component did not finish in time and was abandoned.
    #[error("{phase} `{component}` timed out after {after:?} and was abandoned")]
    TimedOut {
        /// What the component was doing.
        phase: Phase,
        /// The component's name.
        component: Cow<'static, str>,
        /// The time limit that was exceeded.
        after: Duration,
    },
    /// A supervised task kept failing and reached its restart limit.
    #[error("supervised task `{component}` failed {failures} time{}, the restart limit", if *.failures == 1 { "" } else { "s" })]
    RestartLimit {
        /// The task's name.
        component: Cow<'static, str>,
        /// How many times it failed.
        failures: u32,
        /// The task's last error (or its panic).
        #[source]
        source: BoxError,
    },
    /// A supervised task overran its stop limit with child tasks still
    /// running; they were aborted.
    #[error("supervised task `{component}` did not stop within {after:?}: child tasks still running, aborted: {}", quoted(.children))]
    ChildrenLeft {
        /// The task's name.
        component: Cow<'static, str>,
        /// Its stop limit.
        after: Duration,
        /// The children still running, by the names they were spawned with.
        children: Vec<Cow<'static, str>>,
    },
    /// The whole start-up overran [`Options::start_deadline`](crate::Options::start_deadline).
    #[error("start-up did not finish within {after:?}; still starting: {}", quoted(.starting))]
    StartDeadline {
        /// The deadline.
        after: Duration,
        /// The providers or start hooks that were still running, abandoned.
        starting: Vec<Cow<'static, str>>,
    },
    /// A component asked for shutdown with a non-zero exit code.
    #[error("shutdown requested with exit code {code}: {reason}")]
    ShutdownRequested {
        /// The reason given to [`Shutdown::request_exit`](crate::Shutdown::request_exit).
        reason: String,
        /// The exit code.
        code: u8,
    },
}

impl Error {
    /// An error for `component` failing in `phase` with `source`.
    pub fn failed(
        phase: Phase,
        component: impl Into<Cow<'static, str>>,
        source: impl Into<BoxError>,
    ) -> Self {
        Error::Failed {
            phase,
            component: component.into(),
            source: source.into(),
        }
    }

    /// The name of the component that failed.
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// # use engin::{Error, Phase};
    /// # use std::time::Duration;
    /// let e = Error::TimedOut { phase: Phase::Stop, component: "db".into(), after: Duration::from_secs(1) };
    /// assert_eq!(e.component(), "db");
    /// ```
    pub fn component(&self) -> &str {
        match self {
            Error::Failed { component, .. }
            | Error::Panicked { component, .. }
            | Error::TimedOut { component, .. }
            | Error::RestartLimit { component, .. }
            | Error::ChildrenLeft { component, .. } => component,
            Error::StartDeadline { .. } => "start-up",
            Error::ShutdownRequested { .. } => "shutdown",
        }
    }

    /// The phase in which the component failed, if it was one.
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// # use engin::{Error, Phase};
    /// assert_eq!(Error::failed(Phase::Start, "x", "boom").phase(), Some(Phase::Start));
    /// ```
    pub fn phase(&self) -> Option<Phase> {
        match self {
            Error::Failed { phase, .. }
            | Error::Panicked { phase, .. }
            | Error::TimedOut { phase, .. } => Some(*phase),
            Error::RestartLimit { .. } | Error::ChildrenLeft { .. } => Some(Phase::Task),
            Error::StartDeadline { .. } => Some(Phase::Start),
            Error::ShutdownRequested { .. } => None,
        }
    }
}

/// `a`, `b`: names in backticks, for a message.
pub(crate) fn quoted(names: &[Cow<'static, str>]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    quoted.join(", ")
}

impl Error {
    /// This error and its causes, joined by `: `, for a log line or a report.
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// use engin::{Error, Phase};
    /// let io = std::io::Error::other("connection refused");
    /// let e = Error::failed(Phase::Start, "redis", io);
    /// assert_eq!(format!("{}", e.chain()), "start hook `redis` failed: connection refused");
    /// ```
    pub fn chain(&self) -> Chain<'_> {
        Chain(self)
    }
}

/// Any error and its causes, joined by `: `, as [`Chain`] shows them.
pub(crate) fn chain_of(e: &(dyn std::error::Error + 'static)) -> String {
    Chain(e).to_string()
}

/// An error and its causes, joined by `: ` ([`Error::chain`]).
///
/// A cause whose text the previous layer already spelled out is not
/// repeated.
#[derive(Debug, Clone, Copy)]
pub struct Chain<'a>(&'a (dyn std::error::Error + 'static));

impl fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut shown = self.0.to_string();
        f.write_str(&shown)?;
        let mut source = self.0.source();
        while let Some(s) = source {
            let text = s.to_string();
            if !shown.contains(&text) {
                write!(f, ": {text}")?;
                shown = text;
            }
            source = s.source();
        }
        Ok(())
    }
}

/// The error type of a fallible provider or invocation.
///
/// Implemented for every type that converts into [`BoxError`]: any
/// `std::error::Error + Send + Sync + 'static`, and `Box<dyn Error + Send + Sync>`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the error type of a provider or invocation",
    label = "`{Self}` is not an error type engin can report",
    note = "use an error type that implements `std::error::Error + Send + Sync + 'static`, such as `std::io::Error`, a `thiserror` enum or `engin::BoxError`"
)]
pub trait ComponentError {
    /// Boxes the error.
    fn into_box_error(self) -> BoxError;
}

impl<E: Into<BoxError>> ComponentError for E {
    fn into_box_error(self) -> BoxError {
        self.into()
    }
}

/// What a `#[provide(start = method)]` or `#[provide(close = method)]`
/// method may return: `()` or a `Result<(), E>` whose error engin can
/// report.
#[diagnostic::on_unimplemented(
    message = "a `start` or `close` method cannot return `{Self}`",
    label = "this method is called at start or at stop",
    note = "a `start` or `close` method is async and returns `()` or `Result<(), E>` with `E: std::error::Error + Send + Sync + 'static`"
)]
pub trait Closed {
    /// The stop hook's result.
    fn into_result(self) -> Result<(), BoxError>;
}

impl Closed for () {
    fn into_result(self) -> Result<(), BoxError> {
        Ok(())
    }
}

impl<E: ComponentError> Closed for Result<(), E> {
    fn into_result(self) -> Result<(), BoxError> {
        self.map_err(ComponentError::into_box_error)
    }
}

/// Converts a provider's or invocation's `Result` into an engin error naming it.
#[doc(hidden)]
#[inline]
pub fn check<T>(phase: Phase, name: &'static str, r: Result<T, BoxError>) -> Result<T, Error> {
    r.map_err(|source| Error::Failed {
        phase,
        component: Cow::Borrowed(name),
        source,
    })
}

/// The text of a panic payload.
pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic with a non-string payload".to_owned()
    }
}

/// The errors of a run, each logged once as it is recorded.
#[derive(Clone)]
pub(crate) struct Errors {
    app: &'static str,
    list: std::sync::Arc<std::sync::Mutex<Vec<Error>>>,
}

impl Errors {
    pub(crate) fn new(app: &'static str) -> Self {
        Errors {
            app,
            list: Default::default(),
        }
    }

    /// Logs `e` at `ERROR` with its causes and keeps it for the [`Exit`](crate::Exit).
    #[cold]
    pub(crate) fn report(&self, e: Error) {
        tracing::error!(target: "engin", app = self.app, error = %e.chain());
        self.list.lock().unwrap_or_else(|p| p.into_inner()).push(e);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.list
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .is_empty()
    }

    pub(crate) fn take(&self) -> Vec<Error> {
        std::mem::take(&mut *self.list.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_restart_limit_of_one_failure_says_one_time() {
        let limit = |failures| Error::RestartLimit {
            component: "poller".into(),
            failures,
            source: "lost".into(),
        };
        assert_eq!(
            limit(1).to_string(),
            "supervised task `poller` failed 1 time, the restart limit"
        );
        assert_eq!(
            limit(3).to_string(),
            "supervised task `poller` failed 3 times, the restart limit"
        );
    }
}
