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
/// assert_eq!(engin_core::Phase::Start.to_string(), "start hook");
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
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Phase::Provide => "provider",
            Phase::Invoke => "invocation",
            Phase::Start => "start hook",
            Phase::Stop => "stop hook",
            Phase::Task => "supervised task",
        })
    }
}

/// An error from one component of an application, naming the component.
///
/// ```
/// use engin_core::{Error, Phase};
/// let e = Error::failed(Phase::Provide, "client", "connection refused");
/// assert_eq!(e.to_string(), "provider `client` failed: connection refused");
/// assert_eq!(e.component(), "client");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The component returned an error.
    #[error("{phase} `{component}` failed: {source}")]
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
    #[error("supervised task `{component}` failed {failures} times, the restart limit: {source}")]
    RestartLimit {
        /// The task's name.
        component: Cow<'static, str>,
        /// How many times it failed.
        failures: u32,
        /// The last failure.
        #[source]
        source: Box<Error>,
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
    /// # use engin_core::{Error, Phase};
    /// # use std::time::Duration;
    /// let e = Error::TimedOut { phase: Phase::Stop, component: "db".into(), after: Duration::from_secs(1) };
    /// assert_eq!(e.component(), "db");
    /// ```
    pub fn component(&self) -> &str {
        match self {
            Error::Failed { component, .. }
            | Error::Panicked { component, .. }
            | Error::TimedOut { component, .. }
            | Error::RestartLimit { component, .. } => component,
            Error::ShutdownRequested { .. } => "shutdown",
        }
    }

    /// The phase in which the component failed, if it was one.
    ///
    /// ```
    /// # use engin_core::{Error, Phase};
    /// assert_eq!(Error::failed(Phase::Start, "x", "boom").phase(), Some(Phase::Start));
    /// ```
    pub fn phase(&self) -> Option<Phase> {
        match self {
            Error::Failed { phase, .. }
            | Error::Panicked { phase, .. }
            | Error::TimedOut { phase, .. } => Some(*phase),
            Error::RestartLimit { .. } => Some(Phase::Task),
            Error::ShutdownRequested { .. } => None,
        }
    }
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
