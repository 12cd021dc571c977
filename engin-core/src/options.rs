//! Run-time settings of an application.

use std::time::Duration;

/// Time limits and signal handling of an application.
///
/// ```
/// use std::time::Duration;
/// let options = engin_core::Options::default()
///     .start_timeout(Duration::from_secs(5))
///     .shutdown_timeout(Duration::from_secs(20));
/// assert_eq!(options.stop_timeout_value(), Duration::from_secs(15));
/// ```
#[derive(Debug, Clone)]
pub struct Options {
    pub(crate) start_timeout: Duration,
    pub(crate) stop_timeout: Duration,
    pub(crate) shutdown_timeout: Duration,
    pub(crate) handle_signals: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            start_timeout: Duration::from_secs(15),
            stop_timeout: Duration::from_secs(15),
            shutdown_timeout: Duration::from_secs(30),
            handle_signals: true,
        }
    }
}

impl Options {
    /// Default time limit of each start hook (15 s).
    pub fn start_timeout(mut self, limit: Duration) -> Self {
        self.start_timeout = limit;
        self
    }

    /// Default time limit of each stop hook and supervised task (15 s).
    pub fn stop_timeout(mut self, limit: Duration) -> Self {
        self.stop_timeout = limit;
        self
    }

    /// Time limit of the whole shutdown (30 s): when it runs out, the hooks
    /// not yet stopped are abandoned and reported.
    pub fn shutdown_timeout(mut self, limit: Duration) -> Self {
        self.shutdown_timeout = limit;
        self
    }

    /// Whether SIGINT and SIGTERM request shutdown (default `true` for
    /// `run`; `start` never listens to signals). A second signal during
    /// shutdown ends the process at once with exit code 130.
    pub fn handle_signals(mut self, on: bool) -> Self {
        self.handle_signals = on;
        self
    }

    /// The default start-hook limit.
    pub fn start_timeout_value(&self) -> Duration {
        self.start_timeout
    }

    /// The default stop-hook limit.
    pub fn stop_timeout_value(&self) -> Duration {
        self.stop_timeout
    }

    /// The shutdown budget.
    pub fn shutdown_timeout_value(&self) -> Duration {
        self.shutdown_timeout
    }
}
