//! Run-time settings of an application.

use std::time::Duration;

/// Time limits and signal handling of an application.
///
/// ```
/// # extern crate engin_core as engin;
/// use std::time::Duration;
/// let options = engin::Options::default()
///     .start_timeout(Duration::from_secs(5))
///     .shutdown_timeout(Duration::from_secs(20));
/// assert_eq!(options.get_stop_timeout(), Duration::from_secs(15));
/// ```
#[derive(Debug, Clone)]
pub struct Options {
    pub(crate) start_timeout: Duration,
    pub(crate) stop_timeout: Duration,
    pub(crate) shutdown_timeout: Duration,
    pub(crate) task_grace: Duration,
    pub(crate) force_exit_after: Option<Duration>,
    pub(crate) handle_signals: bool,
    pub(crate) sequential: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            start_timeout: Duration::from_secs(15),
            stop_timeout: Duration::from_secs(15),
            shutdown_timeout: Duration::from_secs(30),
            task_grace: Duration::from_secs(1),
            force_exit_after: Some(Duration::from_secs(5)),
            handle_signals: true,
            sequential: false,
        }
    }
}

impl Options {
    /// Default time limit of each start hook (15 s).
    pub fn start_timeout(mut self, limit: Duration) -> Self {
        self.start_timeout = limit;
        self
    }

    /// Default time limit of each stop hook (15 s).
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

    /// How long a supervised task without a stop limit of its own has to
    /// finish once its token is cancelled (1 s). After that it is dropped
    /// at its next `.await`, which counts as a clean stop.
    pub fn task_grace(mut self, grace: Duration) -> Self {
        self.task_grace = grace;
        self
    }

    /// For `run`: how long after the shutdown budget runs out the process
    /// exits with code 1 if a stop is still stuck (5 s). This catches a
    /// stop hook or task that blocks its thread, which no async time limit
    /// can interrupt; the error names it. `None` turns it off. `start`
    /// never exits the process.
    pub fn force_exit_after(mut self, margin: Option<Duration>) -> Self {
        self.force_exit_after = margin;
        self
    }

    /// Whether SIGINT and SIGTERM request shutdown (default `true` for
    /// `run`; `start` never listens to signals). A signal during start-up
    /// abandons it and the process exits with 128 + the signal's number;
    /// a second signal during shutdown ends the process at once, with the
    /// same code. Once a run has listened, the handlers stay installed
    /// for the rest of the process (tokio's cannot be removed): a signal
    /// outside a run is then ignored rather than fatal. Listening needs
    /// the runtime's I/O driver (`enable_all` or `enable_io` on its
    /// builder, as `#[tokio::main]` does): without it tokio panics.
    pub fn handle_signals(mut self, on: bool) -> Self {
        self.handle_signals = on;
        self
    }

    /// Starts and stops hooks strictly one at a time, in registration order
    /// and its reverse (default `false`).
    ///
    /// By default a hook starts as soon as the hooks of the providers its
    /// own provider depends on (transitively) have started, so independent
    /// hooks start concurrently, and stops as soon as the hooks that
    /// depend on it have stopped. Turn this on for hooks that depend on
    /// each other in ways the graph does not show, such as through a
    /// global, a file or an external service.
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// let options = engin::Options::default().sequential(true);
    /// assert!(options.get_sequential());
    /// ```
    pub fn sequential(mut self, on: bool) -> Self {
        self.sequential = on;
        self
    }

    /// Whether hooks start and stop one at a time.
    pub fn get_sequential(&self) -> bool {
        self.sequential
    }

    /// The default start-hook limit.
    pub fn get_start_timeout(&self) -> Duration {
        self.start_timeout
    }

    /// The default stop-hook limit.
    pub fn get_stop_timeout(&self) -> Duration {
        self.stop_timeout
    }

    /// The shutdown budget.
    pub fn get_shutdown_timeout(&self) -> Duration {
        self.shutdown_timeout
    }

    /// The grace period of supervised tasks.
    pub fn get_task_grace(&self) -> Duration {
        self.task_grace
    }

    /// The margin after the shutdown budget before a forced exit, if any.
    pub fn get_force_exit_after(&self) -> Option<Duration> {
        self.force_exit_after
    }
}
