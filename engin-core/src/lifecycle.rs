//! Start and stop hooks, guards and supervised tasks.

use std::borrow::Cow;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::error::BoxError;
use crate::task::{Policy, TaskEntry, TaskFn};

pub(crate) type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A component with an async start and stop, registered with
/// [`Lifecycle::append`].
///
/// Both methods default to doing nothing, so a type implements only what it
/// needs.
///
/// ```
/// use engin_core::{BoxError, Hook};
///
/// struct Flusher { pending: Vec<String> }
///
/// impl Hook for Flusher {
///     async fn stop(&mut self) -> Result<(), BoxError> {
///         self.pending.clear(); // write them out here
///         Ok(())
///     }
/// }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a lifecycle hook",
    label = "this does not implement `engin::Hook`",
    note = "implement `engin::Hook` for `{Self}`, or register closures with `Lifecycle::on_start` / `on_stop`"
)]
pub trait Hook: Send + 'static {
    /// Runs when the application starts, in dependency order.
    fn start(&mut self) -> impl Future<Output = Result<(), BoxError>> + Send {
        async { Ok(()) }
    }

    /// Runs when the application stops, in reverse order, if `start` succeeded.
    fn stop(&mut self) -> impl Future<Output = Result<(), BoxError>> + Send {
        async { Ok(()) }
    }
}

type GuardBody = Box<dyn FnOnce(Guard) -> BoxFuture<'static, Result<(), BoxError>> + Send>;

type HookFn = Box<dyn FnOnce() -> BoxFuture<'static, Result<(), BoxError>> + Send>;

#[inline]
fn boxed<F, Fut>(f: F) -> HookFn
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
{
    Box::new(move || Box::pin(f()))
}

fn ready() -> BoxFuture<'static, Result<(), BoxError>> {
    Box::pin(std::future::ready(Ok(())))
}

/// A registered hook: its start and stop, each a closure boxed on its own,
/// so closures that capture nothing cost no allocation, as in hand-written
/// code. A [`Hook`] object becomes two closures (see `object_fns`).
pub(crate) struct HookEntry {
    pub(crate) name: Cow<'static, str>,
    pub(crate) start: Option<HookFn>,
    pub(crate) stop: Option<HookFn>,
    /// Per-hook time limits, boxed: they are rare, and a small entry is
    /// cheap to register.
    pub(crate) limits: Option<Box<Limits>>,
}

impl HookEntry {
    /// The future of this hook's start (`start == true`) or stop.
    #[inline]
    pub(crate) fn begin(&mut self, start: bool) -> BoxFuture<'static, Result<(), BoxError>> {
        let f = if start {
            self.start.take()
        } else {
            self.stop.take()
        };
        f.map_or_else(ready, |f| f())
    }
}

/// The two closures of a [`Hook`] object: they share it, so their futures
/// own what they need ('static), and it comes back after the start for the
/// stop.
fn object_fns<H: Hook>(hook: H) -> (HookFn, HookFn) {
    let run = |slot: Arc<Mutex<Option<H>>>, start: bool| -> HookFn {
        Box::new(move || {
            Box::pin(async move {
                let taken = slot.lock().unwrap_or_else(|e| e.into_inner()).take();
                let Some(mut hook) = taken else { return Ok(()) };
                let r = if start {
                    hook.start().await
                } else {
                    hook.stop().await
                };
                *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(hook);
                r
            })
        })
    };
    let slot = Arc::new(Mutex::new(Some(hook)));
    (run(slot.clone(), true), run(slot, false))
}

#[derive(Default)]
pub(crate) struct Limits {
    start: Option<Duration>,
    stop: Option<Duration>,
}

impl HookEntry {
    pub(crate) fn start_limit(&self, default: Duration) -> Duration {
        self.limits
            .as_ref()
            .and_then(|l| l.start)
            .unwrap_or(default)
    }

    pub(crate) fn stop_limit(&self, default: Duration) -> Duration {
        self.limits.as_ref().and_then(|l| l.stop).unwrap_or(default)
    }
}

#[derive(Default)]
pub(crate) struct State {
    pub(crate) hooks: Vec<HookEntry>,
    pub(crate) tasks: Vec<TaskEntry>,
    pub(crate) frozen: bool,
}

/// The application's lifecycle, on which providers register what must
/// happen when the application starts and stops.
///
/// Take `&Lifecycle` (or `Lifecycle`) as a parameter of a provider. Hooks start
/// in registration order, which is dependency order, and stop in exact
/// reverse order. Registration is closed once the application starts.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// use engin_core::Lifecycle;
/// let lifecycle = Lifecycle::new();
/// lifecycle.on_start("cache", || async { println!("warm"); Ok(()) });
/// lifecycle
///     .on_stop("cache", || async { println!("flush"); Ok(()) })
///     .stop_timeout(std::time::Duration::from_secs(2));
/// assert_eq!(lifecycle.len(), 2);
/// # }
/// ```
#[derive(Clone, Default)]
pub struct Lifecycle {
    pub(crate) state: Arc<Mutex<State>>,
}

impl std::fmt::Debug for Lifecycle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = self.lock();
        f.debug_struct("Lifecycle")
            .field(
                "hooks",
                &state.hooks.iter().map(|h| &h.name).collect::<Vec<_>>(),
            )
            .field("tasks", &state.tasks.len())
            .finish()
    }
}

/// A registered hook, returned so its time limits can be set.
///
/// ```
/// # let lifecycle = engin_core::Lifecycle::new();
/// use std::time::Duration;
/// lifecycle
///     .on_start("migrations", || async { Ok(()) })
///     .start_timeout(Duration::from_secs(120));
/// ```
#[derive(Debug)]
pub struct HookRef<'a> {
    lifecycle: &'a Lifecycle,
    index: Option<usize>,
}

impl HookRef<'_> {
    /// Overrides the application's start-hook time limit for this hook.
    pub fn start_timeout(self, limit: Duration) -> Self {
        self.update(|e| e.limits.get_or_insert_with(Box::default).start = Some(limit))
    }

    /// Overrides the application's stop-hook time limit for this hook.
    pub fn stop_timeout(self, limit: Duration) -> Self {
        self.update(|e| e.limits.get_or_insert_with(Box::default).stop = Some(limit))
    }

    fn update(self, f: impl FnOnce(&mut HookEntry)) -> Self {
        if let Some(i) = self.index {
            if let Some(entry) = self.lifecycle.lock().hooks.get_mut(i) {
                f(entry);
            }
        }
        self
    }
}

impl Lifecycle {
    /// An empty lifecycle. Applications make their own; this is for tests.
    pub fn new() -> Self {
        Self::default()
    }

    #[inline]
    pub(crate) fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The number of hooks registered so far.
    pub fn len(&self) -> usize {
        self.lock().hooks.len()
    }

    /// Whether no hook is registered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Registers a [`Hook`].
    pub fn append(&self, name: impl Into<Cow<'static, str>>, hook: impl Hook) -> HookRef<'_> {
        {
            let (start, stop) = object_fns(hook);
            self.push(name.into(), Some(start), Some(stop))
        }
    }

    #[inline]
    fn push(
        &self,
        name: Cow<'static, str>,
        start: Option<HookFn>,
        stop: Option<HookFn>,
    ) -> HookRef<'_> {
        let mut state = self.lock();
        if state.frozen {
            drop(state);
            return self.too_late(name);
        }
        let index = state.hooks.len();
        state.hooks.push(HookEntry {
            name,
            start,
            stop,
            limits: None,
        });
        HookRef {
            lifecycle: self,
            index: Some(index),
        }
    }

    #[cold]
    fn too_late(&self, name: Cow<'static, str>) -> HookRef<'_> {
        tracing::error!(target: "engin", hook = %name, "hook registered after the application started; it will not run");
        HookRef {
            lifecycle: self,
            index: None,
        }
    }

    /// Registers a start closure and a stop closure as one hook: the stop
    /// closure runs only if the start closure succeeded.
    pub fn on_start_stop<S, SF, T, TF>(
        &self,
        name: impl Into<Cow<'static, str>>,
        start: S,
        stop: T,
    ) -> HookRef<'_>
    where
        S: FnOnce() -> SF + Send + 'static,
        SF: Future<Output = Result<(), BoxError>> + Send + 'static,
        T: FnOnce() -> TF + Send + 'static,
        TF: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        self.push(name.into(), Some(boxed(start)), Some(boxed(stop)))
    }

    /// Registers a closure that runs at start.
    pub fn on_start<S, SF>(&self, name: impl Into<Cow<'static, str>>, start: S) -> HookRef<'_>
    where
        S: FnOnce() -> SF + Send + 'static,
        SF: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        self.push(name.into(), Some(boxed(start)), None)
    }

    /// Registers a closure that runs at stop.
    pub fn on_stop<T, TF>(&self, name: impl Into<Cow<'static, str>>, stop: T) -> HookRef<'_>
    where
        T: FnOnce() -> TF + Send + 'static,
        TF: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        self.push(name.into(), None, Some(boxed(stop)))
    }

    /// Registers a guard in the style of an async context manager: the
    /// closure's code before `guard.started().await` is the start, the code
    /// after it is the stop.
    ///
    /// ```
    /// # let lifecycle = engin_core::Lifecycle::new();
    /// lifecycle.guard("connection", |guard| async move {
    ///     let conn = String::from("open");     // set up at start
    ///     guard.started().await;               // the application runs
    ///     drop(conn);                          // tear down at stop
    ///     Ok(())
    /// });
    /// ```
    pub fn guard<F, Fut>(&self, name: impl Into<Cow<'static, str>>, body: F) -> HookRef<'_>
    where
        F: FnOnce(Guard) -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        let body: GuardBody = Box::new(move |g| Box::pin(body(g)));
        self.append(
            name,
            GuardHook {
                body: Some(body),
                task: None,
                stop: None,
            },
        )
    }

    /// Registers a supervised task with the default policy
    /// ([`Policy::Shutdown`]): it starts after every start hook, receives a
    /// token that is cancelled at shutdown, and when it ends or fails, the
    /// application shuts down.
    ///
    /// ```
    /// # let lifecycle = engin_core::Lifecycle::new();
    /// lifecycle.spawn("ticker", |cancel| async move {
    ///     cancel.cancelled().await;
    ///     Ok(())
    /// });
    /// ```
    pub fn spawn<F, Fut>(&self, name: impl Into<Cow<'static, str>>, task: F)
    where
        F: FnMut(CancellationToken) -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        self.supervise(name, Policy::default(), task)
    }

    /// Registers a supervised task with an explicit [`Policy`].
    pub fn supervise<F, Fut>(&self, name: impl Into<Cow<'static, str>>, policy: Policy, mut task: F)
    where
        F: FnMut(CancellationToken) -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        let name = name.into();
        let mut state = self.lock();
        if state.frozen {
            tracing::error!(target: "engin", task = %name,
                "task registered after the application started; it will not run");
            return;
        }
        let f: TaskFn = Box::new(move |t| Box::pin(task(t)));
        state.tasks.push(TaskEntry {
            name,
            policy,
            task: f,
        });
    }
}

/// Given to a [`Lifecycle::guard`] body: marks the end of its start.
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

struct GuardHook {
    body: Option<GuardBody>,
    task: Option<JoinHandle<Result<(), BoxError>>>,
    stop: Option<CancellationToken>,
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
