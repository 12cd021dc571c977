//! A started application.

use std::borrow::Cow;
use std::sync::Arc;

use tokio::task::JoinHandle;

use crate::error::{Error, Phase};
use crate::exit::Exit;
use crate::health::Health;
use crate::shutdown::Shutdown;
use crate::timeline::Recorder;

/// The `Exit` of a run's task.
pub(crate) fn joined(app: &'static str, r: Result<Exit, tokio::task::JoinError>) -> Exit {
    match r {
        Ok(exit) => exit,
        Err(e) => Exit::lost(
            app,
            Error::Panicked {
                phase: Phase::Stop,
                component: Cow::Borrowed(app),
                message: e.to_string(),
            },
        ),
    }
}

/// A started application, returned by `App::start()`.
///
/// Stop it with [`Running::stop`], or wait for it to stop by itself with
/// [`Running::wait`].
///
/// Dropping it without either is reported in the log and requests
/// shutdown, and the application stops as `stop()` would stop it:
/// supervised tasks cancelled, then every started hook stopped in reverse
/// order, within the same limits. Dropped outside any task on a
/// multi-thread runtime (in the body of `main` or of a
/// `#[tokio::test(flavor = "multi_thread")]`), the drop waits for that stop
/// (in `block_in_place`). Elsewhere it cannot wait (a current-thread
/// runtime has no other thread to run the stop; a task may be dropped by a
/// runtime shutting down, which would never run it), so the stop goes on in
/// the background; if the runtime shuts down first (as at the end of a
/// `#[tokio::test]`), an error log names each hook whose stop did not run.
/// Either way its [`Exit`] is lost (its errors are logged).
#[must_use = "a running application must be stopped with `.stop().await`"]
#[derive(Debug)]
pub struct Running {
    app: &'static str,
    shutdown: Shutdown,
    join: Option<JoinHandle<Exit>>,
    /// It ended before it had started (a shutdown requested with code 0).
    ended: Option<Exit>,
    health: Health,
    timeline: Option<Arc<Recorder>>,
}

impl Running {
    pub(crate) fn new(
        app: &'static str,
        shutdown: Shutdown,
        join: JoinHandle<Exit>,
        health: Health,
        timeline: Option<Arc<Recorder>>,
    ) -> Self {
        Running {
            app,
            shutdown,
            join: Some(join),
            ended: None,
            health,
            timeline,
        }
    }

    /// An application that ended cleanly before it started serving.
    pub(crate) fn ended(app: &'static str, shutdown: Shutdown, exit: Exit, health: Health) -> Self {
        Running {
            app,
            shutdown,
            join: None,
            ended: Some(exit),
            health,
            timeline: None,
        }
    }

    /// The application's [`Health`]: started, ready, live, and its report.
    pub fn health(&self) -> &Health {
        &self.health
    }

    /// The timeline so far, when it is recorded
    /// ([`Options::timeline`](crate::Options::timeline) or `ENGIN_TIMELINE`):
    /// the build and the start while running, the whole run from
    /// [`Exit::timeline`] once stopped.
    pub fn timeline(&self) -> Option<crate::timeline::Timeline> {
        self.timeline.as_ref().map(|t| t.snapshot())
    }

    /// The application's shutdown handle.
    pub fn shutdown(&self) -> &Shutdown {
        &self.shutdown
    }

    /// Whether the application has stopped: `wait()` then returns at once.
    pub fn is_finished(&self) -> bool {
        self.join.as_ref().is_none_or(JoinHandle::is_finished)
    }

    /// Requests shutdown and waits until every hook has stopped.
    pub async fn stop(mut self) -> Exit {
        self.shutdown.request("stop() called");
        self.wait_inner().await
    }

    /// Waits until the application stops by itself (a shutdown request, a
    /// supervised task ending, or a signal when it listens to signals).
    pub async fn wait(mut self) -> Exit {
        self.wait_inner().await
    }

    async fn wait_inner(&mut self) -> Exit {
        if let Some(exit) = self.ended.take() {
            return exit;
        }
        let join = self
            .join
            .take()
            .expect("Running is consumed by stop() or wait()");
        joined(self.app, join.await)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let Some(join) = self.join.take() else {
            return;
        };
        if join.is_finished() {
            return;
        }
        tracing::error!(target: "engin", app = self.app,
            "running application dropped without `stop()`: shutdown requested, its errors will be lost");
        self.shutdown.request("Running dropped without stop()");
        // Outside any task of a multi-thread runtime, the thread can block
        // until the stop is over: the workers run it. A current-thread
        // runtime's only thread cannot, nor can a task, which may be being
        // dropped by a runtime shutting down that would never run the stop.
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let flavor = runtime.runtime_flavor();
        if flavor == tokio::runtime::RuntimeFlavor::MultiThread && tokio::task::try_id().is_none() {
            let _ = tokio::task::block_in_place(|| runtime.block_on(join));
        }
    }
}
