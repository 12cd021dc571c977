//! Guards: a hook written as one async body, in the style of an async
//! context manager.

use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::error::BoxError;
use crate::hook::{BoxFuture, Hook};

pub(crate) type GuardBody =
    Box<dyn FnOnce(Guard) -> BoxFuture<'static, Result<(), BoxError>> + Send>;

/// Given to a [`Lifecycle::guard`](crate::Lifecycle::guard) body: marks the end of its start.
#[derive(Debug)]
pub struct Guard {
    started: Option<oneshot::Sender<()>>,
    stop: CancellationToken,
}

impl Guard {
    /// Reports the start as done, then waits until the application stops.
    pub async fn started(mut self) {
        if let Some(tx) = self.started.take() {
            let _ = tx.send(());
        }
        self.stop.cancelled().await;
    }
}

pub(crate) struct GuardHook {
    body: Option<GuardBody>,
    task: Option<JoinHandle<Result<(), BoxError>>>,
    stop: Option<CancellationToken>,
}

impl GuardHook {
    pub(crate) fn new(body: GuardBody) -> Self {
        GuardHook {
            body: Some(body),
            task: None,
            stop: None,
        }
    }
}

impl Drop for GuardHook {
    fn drop(&mut self) {
        // A guard whose start was abandoned must not keep running.
        if let Some(task) = &self.task {
            task.abort();
        }
    }
}

async fn join_guard(task: &mut JoinHandle<Result<(), BoxError>>) -> Result<(), BoxError> {
    match task.await {
        Ok(r) => r,
        Err(e) if e.is_panic() => {
            std::panic::resume_unwind(e.into_panic());
        }
        Err(e) => Err(e.into()),
    }
}

impl Hook for GuardHook {
    async fn start(&mut self) -> Result<(), BoxError> {
        let Some(body) = self.body.take() else {
            return Ok(());
        };
        let (tx, rx) = oneshot::channel();
        let stop = CancellationToken::new();
        let guard = Guard {
            started: Some(tx),
            stop: stop.clone(),
        };
        let mut task = tokio::spawn(body(guard));
        self.stop = Some(stop);
        enum Outcome {
            Started,
            Dropped,
            Ended(Result<(), BoxError>),
        }
        let outcome = tokio::select! {
            biased;
            r = rx => if r.is_ok() { Outcome::Started } else { Outcome::Dropped },
            r = join_guard(&mut task) => Outcome::Ended(r),
        };
        match outcome {
            Outcome::Started => {
                self.task = Some(task);
                Ok(())
            }
            // The body ended without reaching `started()`.
            Outcome::Dropped => join_guard(&mut task).await,
            Outcome::Ended(r) => r,
        }
    }

    async fn stop(&mut self) -> Result<(), BoxError> {
        if let Some(stop) = &self.stop {
            stop.cancel();
        }
        match self.task.as_mut() {
            Some(task) => {
                let r = join_guard(task).await;
                self.task = None;
                r
            }
            None => Ok(()),
        }
    }
}
