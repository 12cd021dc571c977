//! A started application.

use std::borrow::Cow;

use tokio::task::JoinHandle;

use crate::error::{Error, Phase};
use crate::exit::Exit;
use crate::shutdown::Shutdown;

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
/// Stop it with [`Running::stop`].
///
/// Dropping it without `stop()` or `wait()` is reported in the log and
/// requests shutdown. The application then stops in the background, on the
/// runtime it was started on, as `stop()` would stop it: supervised tasks
/// cancelled, then every started hook stopped in reverse order, within the
/// same limits. Its [`Exit`] is lost (its errors are still logged), nothing
/// waits for the stop, and if the runtime shuts down first, the hooks not
/// yet stopped are dropped without their stop running.
#[must_use = "a running application must be stopped with `.stop().await`"]
#[derive(Debug)]
pub struct Running {
    app: &'static str,
    shutdown: Shutdown,
    join: Option<JoinHandle<Exit>>,
}

impl Running {
    pub(crate) fn new(app: &'static str, shutdown: Shutdown, join: JoinHandle<Exit>) -> Self {
        Running {
            app,
            shutdown,
            join: Some(join),
        }
    }

    /// The application's shutdown handle.
    pub fn shutdown(&self) -> &Shutdown {
        &self.shutdown
    }

    /// Requests shutdown and waits until every hook has stopped.
    pub async fn stop(mut self) -> Exit {
        self.shutdown.request("stop() called");
        self.wait_inner().await
    }

    /// Waits until the application stops by itself (a shutdown request or a
    /// supervised task ending).
    pub async fn wait(mut self) -> Exit {
        self.wait_inner().await
    }

    async fn wait_inner(&mut self) -> Exit {
        let join = self
            .join
            .take()
            .expect("Running is consumed by stop() or wait()");
        joined(self.app, join.await)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if self.join.is_some() {
            tracing::error!(target: "engin", app = self.app,
                "running application dropped without `stop()`: shutdown requested in the background, its errors will be lost");
            self.shutdown.request("Running dropped without stop()");
        }
    }
}
