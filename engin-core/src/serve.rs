//! Serving a built application: start the hooks, run the tasks, wait for
//! shutdown, stop everything.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tokio_util::sync::CancellationToken;

use crate::context::{after, Context, RunState};
use crate::error::{Error, Phase};
use crate::hook::Hooks;
use crate::hook_graph::{stop_in_order, GraphLoop};
use crate::orphan::Orphans;
use crate::phase::{self, PhaseHook};
use crate::tasks::{stop_tasks, RunningTask};
use crate::watchdog::Watchdog;

impl Context {
    /// Starts every hook and task, waits for shutdown, stops everything.
    ///
    /// Called by the generated code once every value is built and every
    /// invocation has run; the values stay alive until it returns. If this
    /// future is dropped (the `run()` future was dropped), the tasks are
    /// aborted and their token cancelled, and the hooks that started are
    /// stopped in the background (see `orphan`).
    pub async fn serve(mut self) -> Result<(), Error> {
        let state = self.state.clone();
        let app = state.app;
        let (mut hooks, tasks) = state.lifecycle.freeze();
        let phases = state.lifecycle.take_phases();
        let health = state.lifecycle.health();
        if let Some(timeline) = &state.timeline {
            hooks.record(timeline.clone());
        }
        // Dropped before they are stopped here (this future was dropped),
        // the hooks that started are stopped in the background.
        hooks.stop_on_drop(Orphans::new(&state, Vec::new()));
        state.serving.store(true, Ordering::Release);
        tracing::info!(target: "engin", app, built_in = ?self.build_started.elapsed(), hooks = hooks.len(), tasks = tasks.len(), "built");

        let start_began = Instant::now();
        let (started, critical) = start_hooks(&mut hooks, &state).await;

        // Supervised tasks start after every start hook and `on_started`
        // hook. Each has a token of its own, a child of `cancel`: dropping
        // `cancel`'s guard (a dropped `run()`) cancels them all.
        let cancel = CancellationToken::new();
        let _cancel_on_drop = cancel.clone().drop_guard();
        let mut running = Vec::new();
        let mut serving = false;
        if state.errors.is_empty() && !state.shutdown.is_requested() {
            // Started once the `on_started` hooks have run, unless a signal
            // came first: from then on a signal is a shutdown, no longer an
            // interrupted start-up (exit 128 + n), and `on_stopping` runs.
            // Boxed, and only when there are any: the runner's own future
            // stays as small as without phase hooks.
            let ran =
                phases.started.is_empty() || Box::pin(on_started(&state, phases.started)).await;
            serving = ran && state.started.open();
        }
        if serving {
            // Tasks run only in a started application: one that is running
            // means a signal is a clean shutdown.
            running = tasks
                .into_iter()
                .map(|task| RunningTask::spawn(task, &cancel, &state))
                .collect::<Vec<_>>();
            let aborts = running.iter().map(|t| t.handle.abort_handle()).collect();
            hooks.stop_on_drop(Orphans::new(&state, aborts));
            health.set_started();
            let watching = health.watch();
            log_started(app, started, running.len(), start_began, critical);
            if let Some(tx) = self.on_started.take() {
                let _ = tx.send(());
            }
            if state.owns_process && state.options.force_exit_after.is_some() {
                crate::watchdog::prepare();
            }
            state.shutdown.requested().await;
            drop(watching);
        }

        // Stop: tasks first (they use the resources), then hooks in reverse.
        let stop_began = tokio::time::Instant::now();
        let watchdog = watchdog(&state, &running, &hooks);
        let progress = watchdog.as_ref().map(|w| &*w.progress);
        if serving && !phases.stopping.is_empty() {
            Box::pin(on_stopping(&state, phases.stopping, stop_began)).await;
        }
        stop_tasks(running, &state, stop_began, progress.map(|p| &p.index)).await;
        let critical =
            stop_hooks(&mut hooks, &state, stop_began, progress.map(|p| p.hooks())).await;
        hooks.settled();
        drop(watchdog);
        match critical {
            Some((path, chain)) => tracing::info!(target: "engin", app, hooks = started,
                stopped_in = ?stop_began.elapsed(), critical_path = ?path, critical_chain = %chain, "stopped"),
            None => {
                tracing::info!(target: "engin", app, hooks = started, stopped_in = ?stop_began.elapsed(), "stopped")
            }
        }
        Ok(())
    }
}

/// Starts the hooks in dependency order, in place: concurrently as the
/// graph allows, or one at a time (sequential mode: the same loop with no
/// step graph, so every hook is a barrier). Reports the failure, if any;
/// returns how many started and, when tracing, the critical path.
async fn start_hooks(hooks: &mut Hooks, state: &RunState) -> (usize, Option<(Duration, String)>) {
    let sequential = state.options.sequential;
    let mut start = GraphLoop::start(
        hooks,
        state.steps.graph().copied().filter(|_| !sequential),
        &state.shutdown,
        state.options.start_timeout,
        state.start_deadline,
        state.traced,
    );
    let failure = (&mut start).await.pop();
    let critical = start.critical_path().filter(|_| !sequential);
    if let Some(e) = failure {
        state.errors.report(e);
    }
    (start.started(), critical)
}

/// The `started` summary line.
fn log_started(
    app: &'static str,
    hooks: usize,
    tasks: usize,
    began: Instant,
    critical: Option<(Duration, String)>,
) {
    match critical {
        Some((path, chain)) => {
            tracing::info!(target: "engin", app, hooks, tasks, started_in = ?began.elapsed(),
                critical_path = ?path, critical_chain = %chain, "started")
        }
        None => {
            tracing::info!(target: "engin", app, hooks, tasks, started_in = ?began.elapsed(), "started")
        }
    }
}

/// Runs the `on_started` hooks, unless shutdown is requested first (they
/// are then abandoned). Returns whether the application is serving.
async fn on_started(state: &RunState, hooks: Vec<PhaseHook>) -> bool {
    let run = phase::run(
        hooks,
        Phase::Started,
        state.options.start_timeout,
        state.start_deadline.map(|d| d.at),
        state.timeline.as_deref(),
    );
    let errors = tokio::select! {
        errors = run => errors,
        () = state.shutdown.requested() => return false,
    };
    let ok = errors.is_empty();
    for e in errors {
        state.errors.report(e);
    }
    ok && !state.shutdown.is_requested()
}

/// Runs the `on_stopping` hooks in reverse order within the shutdown
/// budget that began at `began`, reporting each failure.
async fn on_stopping(state: &RunState, mut hooks: Vec<PhaseHook>, began: tokio::time::Instant) {
    hooks.reverse();
    let errors = phase::run(
        hooks,
        Phase::Stopping,
        state.options.stop_timeout,
        Some(after(began, state.options.shutdown_timeout)),
        state.timeline.as_deref(),
    )
    .await;
    for e in errors {
        state.errors.report(e);
    }
}

/// Stops `hooks` in reverse dependency order (or strictly in reverse)
/// within the shutdown budget that began at `began`, reporting each
/// failure: every hook that started, and every stop-only hook (the cleanup
/// of a value that was built). Returns the critical path when tracing.
pub(crate) async fn stop_hooks(
    hooks: &mut Hooks,
    state: &RunState,
    began: tokio::time::Instant,
    progress: Option<&AtomicUsize>,
) -> Option<(Duration, String)> {
    let (errors, critical) = stop_in_order(
        hooks,
        state.steps.graph().copied(),
        state.options.sequential,
        after(began, state.options.shutdown_timeout),
        state.options.stop_timeout,
        progress,
        state.traced,
    )
    .await;
    for e in errors {
        state.errors.report(e);
    }
    critical
}

/// The watchdog for a shutdown of `run`, unless turned off.
fn watchdog(state: &RunState, tasks: &[RunningTask], hooks: &Hooks) -> Option<Watchdog> {
    let margin = state
        .options
        .force_exit_after
        .filter(|_| state.owns_process)?;
    Watchdog::arm(
        state.app,
        state.options.shutdown_timeout,
        margin,
        tasks.iter().map(|t| t.name.clone()).collect(),
        hooks.names_owned(),
    )
}
