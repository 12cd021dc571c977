//! Start and stop hooks, guards and supervised tasks.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::mem::ManuallyDrop;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::error::BoxError;
use crate::hook::{self, HookEntry, Hooks, Limits, Run};
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
pub(crate) struct State {
    /// While a batch is open (see `BATCH`), only the hooks registered from
    /// other threads: the batch holds the rest.
    pub(crate) hooks: Hooks,
    pub(crate) tasks: Vec<TaskEntry>,
    pub(crate) frozen: bool,
    /// A thread holds this lifecycle's hooks in its `BATCH`.
    batched: bool,
}

// The hooks of a lifecycle while a synchronous stretch of the build runs
// on this thread.
//
// The generated code builds consecutive synchronous providers in one
// closure (`Context::segment`). For that stretch the lifecycle's hook list
// moves here, so each registration is a push on a thread-local vector: no
// lock and no atomic operation per hook. A registration from another thread
// in the meantime takes the lock and goes after the stretch's hooks.
thread_local! {
    /// The lifecycle's `State`, by address, while its hooks are in `BATCH`;
    /// 0 otherwise. The state stays alive (the context holds it) until the
    /// batch closes, so the address cannot be reused meanwhile.
    static BATCH_OWNER: Cell<usize> = const { Cell::new(0) };
    /// Without drop glue, so reaching it is a plain thread-local access
    /// (no destructor to register): it is empty, with nothing allocated,
    /// whenever no batch is open, so there is nothing to drop at thread exit.
    static BATCH: ManuallyDrop<RefCell<Hooks>> = const {
        ManuallyDrop::new(RefCell::new(Hooks::new()))
    };
}

/// Closes the batch opened by [`Lifecycle::batch`] when dropped, also when
/// a provider panics.
#[must_use]
pub(crate) struct Batching<'a> {
    lifecycle: Option<&'a Lifecycle>,
}

impl Drop for Batching<'_> {
    fn drop(&mut self) {
        if let Some(lifecycle) = self.lifecycle {
            lifecycle.close_batch();
        }
    }
}

/// The application's lifecycle, on which providers register what must
/// happen when the application starts and stops.
///
/// Take `&Lifecycle` (or `Lifecycle`) as a parameter of a provider. Hooks start
/// in registration order, which is dependency order, and stop in exact
/// reverse order. Registration is closed once the application starts. A hook
/// registered from another thread while synchronous providers are being built
/// is kept, after the hooks of the providers built around it.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// use engin_core::Lifecycle;
/// let lifecycle = Lifecycle::new();
/// lifecycle.on_start("cache", || async { println!("warm"); Ok(()) });
/// lifecycle
///     .hook("flusher")
///     .stop_timeout(std::time::Duration::from_secs(2))
///     .on_stop(|| async { println!("flush"); Ok(()) });
/// assert_eq!(lifecycle.len(), 2);
/// # }
/// ```
#[derive(Clone, Default)]
pub struct Lifecycle {
    pub(crate) state: Arc<Mutex<State>>,
}

impl std::fmt::Debug for Lifecycle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut names = Vec::new();
        self.with_batch(|batch| names.extend(batch.names().map(str::to_owned)));
        let state = self.lock();
        names.extend(state.hooks.names().map(str::to_owned));
        f.debug_struct("Lifecycle")
            .field("hooks", &names)
            .field("tasks", &state.tasks.len())
            .finish()
    }
}

/// A hook with time limits of its own, made by [`Lifecycle::hook`]: set
/// the limits, then register the hook with one of the same methods as on
/// [`Lifecycle`].
///
/// ```
/// # let lifecycle = engin_core::Lifecycle::new();
/// use std::time::Duration;
/// lifecycle
///     .hook("migrations")
///     .start_timeout(Duration::from_secs(120))
///     .on_start(|| async { Ok(()) });
/// ```
#[derive(Debug)]
#[must_use = "nothing is registered until `on_start`, `on_stop`, `on_start_stop`, `append` or `guard` is called"]
pub struct HookBuilder<'a> {
    lifecycle: &'a Lifecycle,
    name: Cow<'static, str>,
    limits: Limits,
}

impl HookBuilder<'_> {
    /// Overrides the application's start-hook time limit for this hook.
    pub fn start_timeout(mut self, limit: Duration) -> Self {
        self.limits.start = Some(limit);
        self
    }

    /// Overrides the application's stop-hook time limit for this hook.
    pub fn stop_timeout(mut self, limit: Duration) -> Self {
        self.limits.stop = Some(limit);
        self
    }

    #[inline]
    fn push(self, run: Pin<Box<dyn Run>>) {
        let limits = self.limits.is_set().then(|| Box::new(self.limits));
        self.lifecycle.push(HookEntry {
            name: self.name,
            run,
            limits,
        });
    }

    /// Registers a start closure and a stop closure as one hook, as
    /// [`Lifecycle::on_start_stop`] does.
    pub fn on_start_stop<S, SF, T, TF>(self, start: S, stop: T)
    where
        S: FnOnce() -> SF + Send + 'static,
        SF: Future<Output = Result<(), BoxError>> + Send + 'static,
        T: FnOnce() -> TF + Send + 'static,
        TF: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        self.push(hook::closures(Some(start), Some(stop)));
    }

    /// Registers a closure that runs at start, as [`Lifecycle::on_start`] does.
    pub fn on_start<S, SF>(self, start: S)
    where
        S: FnOnce() -> SF + Send + 'static,
        SF: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        self.push(hook::start_only(start));
    }

    /// Registers a closure that runs at stop, as [`Lifecycle::on_stop`] does.
    pub fn on_stop<T, TF>(self, stop: T)
    where
        T: FnOnce() -> TF + Send + 'static,
        TF: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        self.push(hook::stop_only(stop));
    }

    /// Registers a [`Hook`], as [`Lifecycle::append`] does.
    pub fn append(self, hook: impl Hook) {
        let (start, stop) = object_fns(hook);
        self.push(hook::closures(Some(start), Some(stop)));
    }

    /// Registers a guard, as [`Lifecycle::guard`] does.
    pub fn guard<F, Fut>(self, body: F)
    where
        F: FnOnce(Guard) -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        let body: GuardBody = Box::new(move |g| Box::pin(body(g)));
        self.append(GuardHook {
            body: Some(body),
            task: None,
            stop: None,
        });
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

    #[inline]
    fn key(&self) -> usize {
        Arc::as_ptr(&self.state) as usize
    }

    /// Whether this thread holds this lifecycle's hooks in `BATCH`.
    #[inline]
    fn batched_here(&self) -> bool {
        BATCH_OWNER.get() == self.key()
    }

    /// Calls `f` with this thread's batch of this lifecycle's hooks, if one
    /// is open.
    fn with_batch(&self, f: impl FnOnce(&mut Hooks)) {
        if self.batched_here() {
            BATCH.with(|batch| f(&mut batch.borrow_mut()));
        }
    }

    /// Moves the hook list into this thread's batch until the returned
    /// guard drops. Does nothing when a batch is already open on this
    /// thread or on another one, or when the lifecycle is frozen: the
    /// registrations then take the lock, as they do outside a batch.
    pub(crate) fn batch(&self) -> Batching<'_> {
        let mut opened = false;
        if BATCH_OWNER.get() == 0 {
            let mut state = self.lock();
            if !state.frozen && !state.batched {
                let hooks = std::mem::take(&mut state.hooks);
                BATCH.with(|batch| *batch.borrow_mut() = hooks);
                state.batched = true;
                BATCH_OWNER.set(self.key());
                opened = true;
            }
        }
        Batching {
            lifecycle: opened.then_some(self),
        }
    }

    fn close_batch(&self) {
        if !self.batched_here() {
            return;
        }
        BATCH_OWNER.set(0);
        let ours = BATCH.with(|batch| batch.take());
        let mut state = self.lock();
        // Hooks from other threads, registered while the batch was open, go
        // after the batch's.
        let others = std::mem::replace(&mut state.hooks, ours);
        state.hooks.append(others);
        state.batched = false;
    }

    /// The number of hooks registered so far.
    pub fn len(&self) -> usize {
        let mut n = 0;
        self.with_batch(|hooks| n = hooks.len());
        n + self.lock().hooks.len()
    }

    /// Whether no hook is registered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Starts registering a hook with its own time limits.
    ///
    /// ```
    /// # let lifecycle = engin_core::Lifecycle::new();
    /// use std::time::Duration;
    /// lifecycle
    ///     .hook("queue")
    ///     .stop_timeout(Duration::from_secs(60)) // time to drain
    ///     .on_stop(|| async { Ok(()) });
    /// ```
    pub fn hook(&self, name: impl Into<Cow<'static, str>>) -> HookBuilder<'_> {
        HookBuilder {
            lifecycle: self,
            name: name.into(),
            limits: Limits::default(),
        }
    }

    /// Registers a [`Hook`].
    pub fn append(&self, name: impl Into<Cow<'static, str>>, hook: impl Hook) {
        self.hook(name).append(hook);
    }

    // Out of line: each registration, inlined in the code that builds the
    // graph, stays a call (that code's size measured more than the call).
    #[inline(never)]
    fn push(&self, entry: HookEntry) {
        if self.batched_here() {
            // Not borrowed: no user code runs while it is.
            BATCH.with(|batch| batch.borrow_mut().push(entry));
        } else {
            self.push_locked(entry);
        }
    }

    fn push_locked(&self, entry: HookEntry) {
        let mut state = self.lock();
        if state.frozen {
            drop(state);
            too_late(&entry.name);
            return;
        }
        state.hooks.push(entry);
    }

    /// Registers a start closure and a stop closure as one hook: the stop
    /// closure runs only if the start closure succeeded.
    pub fn on_start_stop<S, SF, T, TF>(&self, name: impl Into<Cow<'static, str>>, start: S, stop: T)
    where
        S: FnOnce() -> SF + Send + 'static,
        SF: Future<Output = Result<(), BoxError>> + Send + 'static,
        T: FnOnce() -> TF + Send + 'static,
        TF: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        self.hook(name).on_start_stop(start, stop);
    }

    /// Registers a closure that runs at start.
    pub fn on_start<S, SF>(&self, name: impl Into<Cow<'static, str>>, start: S)
    where
        S: FnOnce() -> SF + Send + 'static,
        SF: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        self.hook(name).on_start(start);
    }

    /// Registers a closure that runs at stop.
    pub fn on_stop<T, TF>(&self, name: impl Into<Cow<'static, str>>, stop: T)
    where
        T: FnOnce() -> TF + Send + 'static,
        TF: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        self.hook(name).on_stop(stop);
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
    pub fn guard<F, Fut>(&self, name: impl Into<Cow<'static, str>>, body: F)
    where
        F: FnOnce(Guard) -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        self.hook(name).guard(body);
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

#[cold]
fn too_late(name: &str) {
    tracing::error!(target: "engin", hook = %name, "hook registered after the application started; it will not run");
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
