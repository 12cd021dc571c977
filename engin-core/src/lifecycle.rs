//! Start and stop hooks, guards and supervised tasks.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::mem::ManuallyDrop;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use crate::children::Children;
use crate::error::BoxError;
use crate::guard::{Guard, GuardBody, GuardRun};
use crate::health::{CheckBuilder, Health};
use crate::hook::{self, object_fns, Hook, HookEntry, Hooks, Limits, Run};
use crate::phase::{PhaseHook, Phases};
use crate::task::{Policy, TaskEntry};

#[derive(Default)]
pub(crate) struct State {
    pub(crate) phases: Phases,
    /// While a segment is open (see `SEGMENT_HOOKS`), only the hooks registered from
    /// other threads: the segment holds the rest.
    pub(crate) hooks: Hooks,
    pub(crate) tasks: Vec<TaskEntry>,
    pub(crate) frozen: bool,
    /// A thread holds this lifecycle's hooks in its `SEGMENT_HOOKS`.
    in_segment: bool,
}

// The hooks of a lifecycle while a synchronous segment of the build runs
// on this thread.
//
// The generated code builds consecutive synchronous providers in one
// closure (`Context::segment`). For that segment the lifecycle's hook list
// moves here, so each registration is a push on a thread-local vector: no
// lock and no atomic operation per hook. A registration from another thread
// in the meantime takes the lock and goes after the segment's hooks.
thread_local! {
    /// The lifecycle's `State`, by address, while its hooks are in `SEGMENT_HOOKS`;
    /// 0 otherwise. The state stays alive (the context holds it) until the
    /// segment closes, so the address cannot be reused meanwhile.
    static SEGMENT_OWNER: Cell<usize> = const { Cell::new(0) };
    /// Without drop glue, so reaching it is a plain thread-local access
    /// (no destructor to register): it is empty, with nothing allocated,
    /// whenever no segment is open, so there is nothing to drop at thread exit.
    static SEGMENT_HOOKS: ManuallyDrop<RefCell<Hooks>> = const {
        ManuallyDrop::new(RefCell::new(Hooks::new()))
    };
}

/// Closes the segment opened by [`Lifecycle::open_segment`] when dropped, also when
/// a provider panics.
#[must_use]
pub(crate) struct SegmentHooks<'a> {
    lifecycle: Option<&'a Lifecycle>,
}

impl Drop for SegmentHooks<'_> {
    fn drop(&mut self) {
        if let Some(lifecycle) = self.lifecycle {
            lifecycle.close_segment();
        }
    }
}

/// The application's lifecycle, on which providers register what must
/// happen when the application starts and stops.
///
/// Take `&Lifecycle` (or `Lifecycle`) as a parameter of a provider. A hook
/// starts once the hooks of the providers its provider depends on have
/// started (concurrently with the rest, or one at a time with
/// [`Options::sequential`](crate::Options::sequential)), and stops once the
/// hooks of the providers that depend on it have stopped. Registration is closed once the application starts. A hook
/// registered from another thread while synchronous providers are being built
/// is kept, after the hooks of the providers built around it.
///
/// ```
/// # extern crate engin_core as engin;
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// use engin::Lifecycle;
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
    pub(crate) shared: Arc<Shared>,
}

#[derive(Default)]
pub(crate) struct Shared {
    state: Mutex<State>,
    /// The build step (provider or invocation) running, plus one; 0 when
    /// none is. A hook belongs to the step that registers it: that is
    /// what orders it in the graph (see `hook_graph`).
    step: AtomicUsize,
    health: Health,
}

impl std::fmt::Debug for Lifecycle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut names = Vec::new();
        self.with_segment_hooks(|hooks| names.extend(hooks.names().map(str::to_owned)));
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
/// # extern crate engin_core as engin;
/// # let lifecycle = engin::Lifecycle::new();
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

    /// Overrides the application's stop-hook time limit for this hook
    /// (`Duration::MAX`: none, within the shutdown budget).
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
            step: u32::MAX,
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

    /// Registers an `on_started` hook, as [`Lifecycle::on_started`] does,
    /// its time limit the start limit set here.
    pub fn on_started<F, Fut>(self, f: F)
    where
        F: FnOnce() -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        let hook = PhaseHook::new(self.name, self.limits.start, f);
        self.lifecycle.push_phase(hook, true);
    }

    /// Registers an `on_stopping` hook, as [`Lifecycle::on_stopping`]
    /// does, its time limit the stop limit set here.
    pub fn on_stopping<F, Fut>(self, f: F)
    where
        F: FnOnce() -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        let hook = PhaseHook::new(self.name, self.limits.stop, f);
        self.lifecycle.push_phase(hook, false);
    }

    /// Registers a guard, as [`Lifecycle::guard`] does.
    pub fn guard<F, Fut>(self, body: F)
    where
        F: FnOnce(Guard) -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        let body: GuardBody = Box::new(move |g| Box::pin(body(g)));
        self.push(Box::pin(GuardRun::new(body)));
    }
}

impl Lifecycle {
    /// An empty lifecycle. Applications make their own; this is for tests.
    pub fn new() -> Self {
        Self::default()
    }

    #[inline]
    pub(crate) fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.shared.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Marks build step `index` as running: the hooks registered from now
    /// on belong to it.
    #[inline(always)]
    pub(crate) fn set_step(&self, index: usize) {
        self.shared.step.store(index + 1, Ordering::Relaxed);
    }

    /// The build step running, if any.
    pub(crate) fn step(&self) -> Option<usize> {
        self.shared.step.load(Ordering::Relaxed).checked_sub(1)
    }

    /// Closes registration and takes every hook and task, to run them.
    pub(crate) fn freeze(&self) -> (Hooks, Vec<TaskEntry>) {
        let mut state = self.lock();
        state.frozen = true;
        (
            std::mem::take(&mut state.hooks),
            std::mem::take(&mut state.tasks),
        )
    }

    #[inline]
    fn key(&self) -> usize {
        Arc::as_ptr(&self.shared) as usize
    }

    /// Whether this thread holds this lifecycle's hooks in `SEGMENT_HOOKS`.
    #[inline]
    fn holds_segment_hooks(&self) -> bool {
        SEGMENT_OWNER.get() == self.key()
    }

    /// Calls `f` with this lifecycle's hooks held for a segment on this thread, if one
    /// is open.
    fn with_segment_hooks(&self, f: impl FnOnce(&mut Hooks)) {
        if self.holds_segment_hooks() {
            SEGMENT_HOOKS.with(|hooks| f(&mut hooks.borrow_mut()));
        }
    }

    /// Moves the hook list into this thread's `SEGMENT_HOOKS` until the returned
    /// guard drops. Does nothing when a segment is already open on this
    /// thread or on another one, or when the lifecycle is frozen: the
    /// registrations then take the lock, as they do outside a segment.
    pub(crate) fn open_segment(&self) -> SegmentHooks<'_> {
        let mut opened = false;
        if SEGMENT_OWNER.get() == 0 {
            let mut state = self.lock();
            if !state.frozen && !state.in_segment {
                let hooks = std::mem::take(&mut state.hooks);
                SEGMENT_HOOKS.with(|held| *held.borrow_mut() = hooks);
                state.in_segment = true;
                SEGMENT_OWNER.set(self.key());
                opened = true;
            }
        }
        SegmentHooks {
            lifecycle: opened.then_some(self),
        }
    }

    fn close_segment(&self) {
        if !self.holds_segment_hooks() {
            return;
        }
        SEGMENT_OWNER.set(0);
        let ours = SEGMENT_HOOKS.with(|hooks| hooks.take());
        let mut state = self.lock();
        // Hooks from other threads, registered while the segment was open, go
        // after the segment's.
        let others = std::mem::replace(&mut state.hooks, ours);
        state.hooks.append(others);
        state.in_segment = false;
    }

    /// The number of hooks registered so far.
    pub fn len(&self) -> usize {
        let mut n = 0;
        self.with_segment_hooks(|hooks| n = hooks.len());
        n + self.lock().hooks.len()
    }

    /// Whether no hook is registered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Starts registering a hook with its own time limits.
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// # let lifecycle = engin::Lifecycle::new();
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

    /// Registers a closure that runs once the application has started:
    /// after every start hook has completed, before the application counts
    /// as started (`/startup` and `/ready` answer 200 after the last one)
    /// and before the supervised tasks start.
    ///
    /// `on_started` hooks run one after another in registration order,
    /// which is dependency order, each within the start-hook limit. A
    /// failure fails the start-up: everything that started is stopped, and
    /// the exit code is 1.
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// # let lifecycle = engin::Lifecycle::new();
    /// lifecycle.on_started("discovery", || async {
    ///     println!("registered with service discovery");
    ///     Ok(())
    /// });
    /// ```
    pub fn on_started<F, Fut>(&self, name: impl Into<Cow<'static, str>>, f: F)
    where
        F: FnOnce() -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        self.hook(name).on_started(f);
    }

    /// Registers a closure that runs at the very start of shutdown: once
    /// readiness already answers 503, before any task is cancelled, any
    /// stop hook runs and any drain begins.
    ///
    /// `on_stopping` hooks run one after another in reverse registration
    /// order, each within the stop-hook limit and the shutdown budget. A
    /// failure is reported (the exit code is 1) and does not prevent the
    /// stop. They run only once the application has started.
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// # let lifecycle = engin::Lifecycle::new();
    /// lifecycle.on_stopping("discovery", || async {
    ///     println!("deregistered");
    ///     Ok(())
    /// });
    /// ```
    pub fn on_stopping<F, Fut>(&self, name: impl Into<Cow<'static, str>>, f: F)
    where
        F: FnOnce() -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        self.hook(name).on_stopping(f);
    }

    fn push_phase(&self, hook: PhaseHook, started: bool) {
        let mut state = self.lock();
        if state.frozen {
            drop(state);
            too_late(&hook.name);
            return;
        }
        if started {
            state.phases.started.push(hook);
        } else {
            state.phases.stopping.push(hook);
        }
    }

    /// Takes the `on_started` and `on_stopping` hooks, to run them.
    pub(crate) fn take_phases(&self) -> Phases {
        std::mem::take(&mut self.lock().phases)
    }

    /// The application's [`Health`]: whether it is started, ready and
    /// live, and its report. A route handler can take it from here
    /// without depending on the HTTP server.
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// let lifecycle = engin::Lifecycle::new();
    /// assert!(lifecycle.health().is_live());
    /// ```
    pub fn health(&self) -> Health {
        self.shared.health.clone()
    }

    /// Registers a health check of the value being built: it belongs to
    /// the provider that registers it, and the report shows the providers
    /// that depend on it as degraded while it fails. See [`CheckBuilder`].
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// # let lifecycle = engin::Lifecycle::new();
    /// lifecycle.health_check("cache").check(|| async { Ok::<(), std::io::Error>(()) });
    /// ```
    pub fn health_check(&self, name: impl Into<Cow<'static, str>>) -> CheckBuilder<'_> {
        CheckBuilder::new(&self.shared.health, self.step(), name.into())
    }

    /// Registers a [`Hook`].
    pub fn append(&self, name: impl Into<Cow<'static, str>>, hook: impl Hook) {
        self.hook(name).append(hook);
    }

    // Out of line: a registration in the code that builds the graph stays
    // one call, so that code stays small.
    #[inline(never)]
    fn push(&self, mut entry: HookEntry) {
        entry.step = self.step().map_or(u32::MAX, |s| s as u32);
        if self.holds_segment_hooks() {
            // Not borrowed: no user code runs while it is.
            SEGMENT_HOOKS.with(|hooks| hooks.borrow_mut().push(entry));
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
    /// # extern crate engin_core as engin;
    /// # let lifecycle = engin::Lifecycle::new();
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

    /// Registers a task that runs once the application has started (every
    /// start hook and every `on_started` hook has completed), with
    /// the default policy ([`Policy::Shutdown`]): when it ends, the
    /// application shuts down (exit code 0, or 1 if it failed).
    ///
    /// The closure is called once, so it can own what it uses (a
    /// `TcpListener`, a receiver). It receives a token that is cancelled at
    /// shutdown; a task that does not finish within the grace period after
    /// that ([`Options::task_grace`](crate::Options::task_grace), 1 s) is
    /// dropped at its next `.await`, which counts as a clean stop. A task
    /// that needs time to finish its work watches the token and sets its
    /// own limit with [`Lifecycle::task`].
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// # let lifecycle = engin::Lifecycle::new();
    /// let (tx, mut rx) = tokio::sync::mpsc::channel::<String>(16);
    /// lifecycle.add_task("printer", move |_cancel| async move {
    ///     while let Some(line) = rx.recv().await {
    ///         println!("{line}");
    ///     }
    ///     Ok(())
    /// });
    /// # drop(tx);
    /// ```
    pub fn add_task<F, Fut>(&self, name: impl Into<Cow<'static, str>>, task: F)
    where
        F: FnOnce(CancellationToken) -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        self.task(name).add(task);
    }

    /// Registers a supervised task with an explicit [`Policy`]. With
    /// [`Policy::Restart`] the closure is called again after each failure.
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// # let lifecycle = engin::Lifecycle::new();
    /// use engin::{Policy, Restart};
    /// lifecycle.add_supervised_task("poller", Policy::Restart(Restart::new(5)), |cancel| async move {
    ///     cancel.cancelled().await; // poll something until then
    ///     Ok(())
    /// });
    /// ```
    pub fn add_supervised_task<F, Fut>(
        &self,
        name: impl Into<Cow<'static, str>>,
        policy: Policy,
        task: F,
    ) where
        F: FnMut(CancellationToken) -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        self.task(name).add_supervised(policy, task);
    }

    /// Starts registering a task with its own stop limit.
    ///
    /// A task with a stop limit is given that long to finish once its token
    /// is cancelled (instead of the grace period), and overrunning it is an
    /// error: for a task that drains or flushes its work at shutdown.
    ///
    /// ```
    /// # extern crate engin_core as engin;
    /// # let lifecycle = engin::Lifecycle::new();
    /// use std::time::Duration;
    /// lifecycle
    ///     .task("writer")
    ///     .stop_timeout(Duration::from_secs(10))
    ///     .add(|cancel| async move {
    ///         cancel.cancelled().await;
    ///         // flush what is buffered, within 10 s
    ///         Ok(())
    ///     });
    /// ```
    pub fn task(&self, name: impl Into<Cow<'static, str>>) -> TaskBuilder<'_> {
        TaskBuilder {
            lifecycle: self,
            name: name.into(),
            stop_limit: None,
        }
    }

    fn push_task(&self, mut entry: TaskEntry) {
        entry.step = self.step().map_or(u32::MAX, |s| s as u32);
        let mut state = self.lock();
        if state.frozen {
            tracing::error!(target: "engin", task = %entry.name,
                "task registered after the application started; it will not run");
            return;
        }
        state.tasks.push(entry);
    }
}

/// A task with a stop limit of its own, made by [`Lifecycle::task`].
#[derive(Debug)]
#[must_use = "nothing is registered until `add` or `add_supervised` is called"]
pub struct TaskBuilder<'a> {
    lifecycle: &'a Lifecycle,
    name: Cow<'static, str>,
    stop_limit: Option<Duration>,
}

impl TaskBuilder<'_> {
    /// How long the task has to finish once cancelled; overrunning it is
    /// reported as an error. `Duration::MAX` lets it finish however long it
    /// takes, within the shutdown budget (set that to `Duration::MAX` too
    /// for a drain with no limit at all).
    pub fn stop_timeout(mut self, limit: Duration) -> Self {
        self.stop_limit = Some(limit);
        self
    }

    /// Registers a task run once, as [`Lifecycle::add_task`] does.
    pub fn add<F, Fut>(self, task: F)
    where
        F: FnOnce(CancellationToken) -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        let mut entry = TaskEntry::once(self.name, Policy::Shutdown, task);
        entry.stop_limit = self.stop_limit;
        self.lifecycle.push_task(entry);
    }

    /// Registers a task run once that spawns child tasks through the
    /// [`Children`] it is given: cancelled with it, waited for before it
    /// counts as stopped (within its stop limit), and aborted and named in
    /// the error if still running at that limit.
    pub fn add_with_children<F, Fut>(self, task: F)
    where
        F: FnOnce(CancellationToken, Children) -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        let mut entry = TaskEntry::with_children(self.name, task);
        entry.stop_limit = self.stop_limit;
        self.lifecycle.push_task(entry);
    }

    /// Registers a supervised task, as [`Lifecycle::add_supervised_task`] does.
    pub fn add_supervised<F, Fut>(self, policy: Policy, task: F)
    where
        F: FnMut(CancellationToken) -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        let mut entry = TaskEntry::repeatable(self.name, policy, task);
        entry.stop_limit = self.stop_limit;
        self.lifecycle.push_task(entry);
    }
}

#[cold]
fn too_late(name: &str) {
    tracing::error!(target: "engin", hook = %name, "hook registered after the application started; it will not run");
}
