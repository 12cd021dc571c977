//! The child tasks of a supervised task (the connections of an accept
//! loop): cancelled with it, waited for before it counts as stopped, and
//! never left running once it has gone.

use std::borrow::Cow;
use std::future::Future;
use std::sync::{Arc, Mutex};

use tokio::task::AbortHandle;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// Spawns the child tasks of a supervised task registered with
/// [`TaskBuilder::add_with_children`](crate::TaskBuilder::add_with_children);
/// cheap to clone.
///
/// Each child watches [`Children::token`], which is cancelled with its
/// parent's. The parent counts as stopped once it and every child have
/// ended, within its stop limit; children still running at the limit are
/// aborted and named in the error, so none outlives the task (nor what it
/// uses, which stops after it).
///
/// ```
/// # extern crate engin_core as engin;
/// # let lifecycle = engin::Lifecycle::new();
/// use std::time::Duration;
/// let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
/// listener.set_nonblocking(true).unwrap();
/// lifecycle
///     .task("accept")
///     .stop_timeout(Duration::from_secs(10))
///     .add_with_children(move |cancel, children| async move {
///         let listener = tokio::net::TcpListener::from_std(listener)?;
///         loop {
///             let (socket, peer) = tokio::select! {
///                 accepted = listener.accept() => accepted?,
///                 _ = cancel.cancelled() => return Ok(()), // the children finish
///             };
///             let token = children.token();
///             children.spawn(format!("connection {peer}"), async move {
///                 let _socket = socket; // serve it, finishing at the token
///                 token.cancelled().await;
///             });
///         }
///     });
/// ```
#[derive(Clone, Debug)]
pub struct Children {
    set: Arc<ChildSet>,
}

/// Each running child's name and abort handle.
type Running = Vec<(Cow<'static, str>, AbortHandle)>;

#[derive(Debug)]
pub(crate) struct ChildSet {
    token: CancellationToken,
    tracker: TaskTracker,
    /// Each child's name and abort handle; finished ones are pruned as it
    /// grows. `None` once aborted: a child spawned after that is aborted
    /// at once.
    running: Mutex<Option<Running>>,
}

impl Children {
    pub(crate) fn new(token: CancellationToken) -> Self {
        Children {
            set: Arc::new(ChildSet {
                token,
                tracker: TaskTracker::new(),
                running: Mutex::new(Some(Vec::new())),
            }),
        }
    }

    pub(crate) fn set(&self) -> Arc<ChildSet> {
        self.set.clone()
    }

    /// Spawns a child task named `name` (in the error that reports it
    /// still running at its parent's stop limit).
    pub fn spawn<F>(&self, name: impl Into<Cow<'static, str>>, task: F)
    where
        F: Future<Output = ()> + Send + 'static,
    {
        let handle = self.set.tracker.spawn(task);
        let mut running = self.set.lock();
        let Some(running) = running.as_mut() else {
            // Its parent has gone: it must not outlive it.
            handle.abort();
            return;
        };
        if running.len() == running.capacity() {
            running.retain(|(_, h)| !h.is_finished());
        }
        running.push((name.into(), handle.abort_handle()));
    }

    /// Cancelled when the parent's token is: the children's signal to
    /// finish.
    pub fn token(&self) -> CancellationToken {
        self.set.token.clone()
    }

    /// How many children are running.
    pub fn len(&self) -> usize {
        self.set.tracker.len()
    }

    /// Whether no child is running.
    pub fn is_empty(&self) -> bool {
        self.set.tracker.is_empty()
    }
}

impl ChildSet {
    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Running>> {
        self.running.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until every child has ended.
    pub(crate) async fn wait(&self) {
        self.tracker.close();
        self.tracker.wait().await;
    }

    /// Aborts the children still running, and any spawned later, and
    /// returns their names.
    pub(crate) fn abort(&self) -> Vec<Cow<'static, str>> {
        let running = self.lock().take().unwrap_or_default();
        running
            .into_iter()
            .filter(|(_, h)| !h.is_finished())
            .map(|(name, h)| {
                h.abort();
                name
            })
            .collect()
    }
}

/// Aborts the children if their parent's future is dropped (its stop limit
/// passed, or the application was dropped).
pub(crate) struct AbortOnDrop(pub(crate) Option<Arc<ChildSet>>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(set) = &self.0 {
            set.abort();
        }
    }
}
