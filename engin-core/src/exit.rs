//! How an application ended, and the report `main` prints.

use std::fmt;

use crate::error::Error;

/// How an application ended: its exit code and every error reported.
///
/// Returned by `App::run()`; `main` can return it, which prints the errors
/// and exits with the code.
///
/// Each error is printed once: when a `tracing` subscriber was installed,
/// engin has already logged every error at `ERROR` level as it happened,
/// so the report is one summary line; without one, the report lists every
/// error with its causes.
///
/// ```no_run
/// # extern crate engin_core as engin;
/// # struct App; impl App { async fn run() -> engin::Exit { unimplemented!() } }
/// #[tokio::main]
/// async fn main() -> engin::Exit {
///     App::run().await
/// }
/// ```
#[must_use = "an `Exit` carries the errors of the run; return it from `main` or inspect it"]
#[derive(Debug)]
pub struct Exit {
    pub(crate) app: &'static str,
    pub(crate) code: u8,
    pub(crate) errors: Vec<Error>,
    pub(crate) reason: Option<String>,
    /// Whether every error was already logged through `tracing`.
    pub(crate) logged: bool,
    /// The run's timeline, when it was recorded.
    pub(crate) timeline: Option<crate::timeline::Timeline>,
}

impl Exit {
    /// The process exit code: 0 for a clean run, the code a component asked
    /// for, 128 + the signal's number after a signal during start-up, or 1
    /// after an error.
    pub fn code(&self) -> u8 {
        self.code
    }

    /// Whether the application ran and stopped without error.
    pub fn is_success(&self) -> bool {
        self.code == 0 && self.errors.is_empty()
    }

    /// Every error, the first cause first.
    pub fn errors(&self) -> &[Error] {
        &self.errors
    }

    /// The run's [`Timeline`](crate::Timeline), when it was recorded
    /// ([`Options::timeline`](crate::Options::timeline) or
    /// `ENGIN_TIMELINE`).
    pub fn timeline(&self) -> Option<&crate::timeline::Timeline> {
        self.timeline.as_ref()
    }

    /// Why the application stopped, if shutdown was requested.
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }

    /// An `Exit` for a failure before the application could run (setting
    /// up logging, parsing arguments), so that `main` can return an `Exit`
    /// on every path: code 1, and one error naming what failed.
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// let exit = engin::Exit::failed("my-service", "logging", "RUST_LOG: invalid directive");
    /// assert_eq!(exit.code(), 1);
    /// assert_eq!(
    ///     exit.errors()[0].chain().to_string(),
    ///     "set-up `logging` failed: RUST_LOG: invalid directive"
    /// );
    /// ```
    pub fn failed(
        app: &'static str,
        component: impl Into<std::borrow::Cow<'static, str>>,
        source: impl Into<crate::error::BoxError>,
    ) -> Exit {
        Exit {
            app,
            code: 1,
            errors: vec![Error::failed(crate::error::Phase::Setup, component, source)],
            reason: None,
            logged: false,
            timeline: None,
        }
    }

    /// An `Exit` for an application that could not report its own (its
    /// task panicked or was cancelled).
    pub(crate) fn lost(app: &'static str, error: Error) -> Exit {
        Exit {
            app,
            code: 1,
            errors: vec![error],
            reason: None,
            logged: false,
            timeline: None,
        }
    }
}

/// The whole report: the exit code, then every error with its causes.
impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "engin `{}` exited with code {}", self.app, self.code)?;
        for e in &self.errors {
            write!(f, "\n  error: {}", e.chain())?;
        }
        Ok(())
    }
}

impl std::error::Error for Exit {}

impl std::process::Termination for Exit {
    fn report(self) -> std::process::ExitCode {
        if !self.is_success() {
            if self.logged {
                let n = self.errors.len();
                let s = if n == 1 { "" } else { "s" };
                eprintln!(
                    "engin `{}` exited with code {} ({n} error{s}, logged above)",
                    self.app, self.code
                );
            } else {
                eprintln!("{self}");
            }
        }
        std::process::ExitCode::from(self.code)
    }
}
