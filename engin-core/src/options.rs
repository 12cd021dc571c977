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
    /// `None`: the entry point's default (`run` listens, `start` does not).
    pub(crate) handle_signals: Option<bool>,
    pub(crate) sequential: bool,
    pub(crate) start_deadline: Option<Duration>,
    pub(crate) timeline: bool,
    /// `None`: `ENGIN_TIMELINE`, read when the application runs.
    pub(crate) timeline_path: Option<std::path::PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            start_timeout: Duration::from_secs(15),
            stop_timeout: Duration::from_secs(15),
            shutdown_timeout: Duration::from_secs(20),
            task_grace: Duration::from_secs(1),
            force_exit_after: Some(Duration::from_secs(5)),
            handle_signals: None,
            sequential: false,
            start_deadline: None,
            timeline: false,
            timeline_path: None,
        }
    }
}

impl Options {
    /// Default time limit of each start hook (15 s).
    pub fn start_timeout(mut self, limit: Duration) -> Self {
        self.start_timeout = limit;
        self
    }

    /// Default time limit of each stop hook (15 s). `Duration::MAX` waits
    /// indefinitely, a choice: a stuck stop then holds the process until a
    /// second signal or the orchestrator's kill.
    pub fn stop_timeout(mut self, limit: Duration) -> Self {
        self.stop_timeout = limit;
        self
    }

    /// Time limit of the whole shutdown (20 s): when it runs out, the hooks
    /// not yet stopped are abandoned and reported. With the watchdog's
    /// 5 s margin ([`force_exit_after`](Self::force_exit_after)) the process
    /// has ended within 26 s, inside Kubernetes' default grace period of
    /// 30 s, so engin, not the kubelet's SIGKILL, reports a stuck stop. `Duration::MAX` waits
    /// indefinitely (a drain that must finish, whatever it takes), a
    /// choice: a stuck stop then holds the process until a second signal or
    /// the orchestrator's kill, and no watchdog ends it.
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// use std::time::Duration;
    /// let options = engin::Options::default()
    ///     .shutdown_timeout(Duration::MAX)
    ///     .stop_timeout(Duration::MAX);
    /// assert_eq!(options.get_shutdown_timeout(), Duration::MAX);
    /// ```
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

    /// Whether SIGINT and SIGTERM request shutdown (by default `run`
    /// listens and `start` does not; `start_with` listens when this is set
    /// to `true`). A signal during start-up abandons it and the application
    /// ends with 128 + the signal's number; once started, a signal is a
    /// clean shutdown (exit code 0); a second signal during shutdown ends
    /// the process at once, with 128 + its number. Once the application's
    /// listener has gone (its run ended, or its future was dropped), the
    /// signals do again what they did before it: end the process by
    /// default, or reach the application's own tokio listener if it had one
    /// first. Listening needs the runtime's I/O driver (`enable_all` or
    /// `enable_io` on its builder, as `#[tokio::main]` does): without it
    /// tokio panics.
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// let options = engin::Options::default();
    /// assert_eq!(options.get_handle_signals(), None, "the entry point decides");
    /// assert_eq!(options.handle_signals(true).get_handle_signals(), Some(true));
    /// ```
    pub fn handle_signals(mut self, on: bool) -> Self {
        self.handle_signals = Some(on);
        self
    }

    /// Whether signals were turned on or off, or `None` for the entry
    /// point's default.
    pub fn get_handle_signals(&self) -> Option<bool> {
        self.handle_signals
    }

    /// Time limit of the whole start-up: building every value, running the
    /// invocations and starting every hook (none by default: each hook has
    /// its own limit, [`Options::start_timeout`], and how long a whole
    /// start-up may take depends on the application, not on engin).
    ///
    /// When it runs out, the providers or start hooks still running are
    /// abandoned (their futures dropped), everything that started is
    /// stopped in reverse order, and the application ends with one error
    /// naming what was still starting.
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// use std::time::Duration;
    /// let options = engin::Options::default().start_deadline(Duration::from_secs(60));
    /// assert_eq!(options.get_start_deadline(), Some(Duration::from_secs(60)));
    /// ```
    pub fn start_deadline(mut self, limit: Duration) -> Self {
        self.start_deadline = Some(limit);
        self
    }

    /// The whole start-up's time limit, if any.
    pub fn get_start_deadline(&self) -> Option<Duration> {
        self.start_deadline
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

    /// Records the run's [`Timeline`](crate::Timeline): when each provider
    /// and invocation ran and each hook started and stopped (default
    /// `false`, and nothing is timed). Read it from
    /// [`Running::timeline`](crate::Running::timeline) or
    /// [`Exit::timeline`](crate::Exit::timeline).
    ///
    /// Setting `ENGIN_TIMELINE` to a path turns it on as well, and writes
    /// the timeline there when the application ends: JSON for a path
    /// ending in `.json`, a Mermaid Gantt chart otherwise.
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// let options = engin::Options::default().timeline(true);
    /// assert!(options.get_timeline());
    /// ```
    pub fn timeline(mut self, on: bool) -> Self {
        self.timeline = on;
        self
    }

    /// Writes the timeline to `path` when the application ends, as
    /// `ENGIN_TIMELINE` does (and instead of it), and turns it on.
    pub fn timeline_path(mut self, path: impl Into<std::path::PathBuf>) -> Self {
        self.timeline_path = Some(path.into());
        self.timeline = true;
        self
    }

    /// Whether the timeline is recorded (`ENGIN_TIMELINE` aside).
    pub fn get_timeline(&self) -> bool {
        self.timeline
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
