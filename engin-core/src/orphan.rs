//! Hooks left owing their stop because the future that ran them was
//! dropped (the future of `run()` in a `select!` or a timeout, a cancelled
//! `start()`, a runtime shutting down under a `Running`).
//!
//! Rust has no async `Drop`, so the stop cannot run inside the drop: the
//! hooks move into a task on the same runtime, which stops them as a
//! shutdown would (after the supervised tasks, in reverse dependency order,
//! within the same limits) and logs what fails. Where no task can run any
//! more (no runtime, or one shutting down, which drops the task at once),
//! an error log names every hook whose stop did not run.

use std::time::Duration;

use tokio::task::AbortHandle;

use crate::context::{RunState, StepGraph};
use crate::error::quoted;
use crate::hook::{Adopt, Hooks};
use crate::hook_graph::stop_in_order;

/// How to stop hooks that are dropped still owing their stop.
pub(crate) struct Orphans {
    how: How,
    /// The supervised tasks, aborted when the serving future was dropped:
    /// the hooks stop once these have ended.
    tasks: Vec<AbortHandle>,
    /// Set on the hooks of the background stop itself: if it is dropped
    /// too (the runtime is shutting down), there is no further chance.
    last_chance: bool,
}

/// The application's stop settings.
#[derive(Clone, Copy)]
struct How {
    app: &'static str,
    steps: Option<StepGraph>,
    sequential: bool,
    stop_timeout: Duration,
    shutdown_timeout: Duration,
    traced: bool,
}

impl Orphans {
    pub(crate) fn new(state: &RunState, tasks: Vec<AbortHandle>) -> Self {
        let how = How {
            app: state.app,
            steps: state.steps.graph().copied(),
            sequential: state.options.sequential,
            stop_timeout: state.options.stop_timeout,
            shutdown_timeout: state.options.shutdown_timeout,
            traced: state.traced,
        };
        Orphans {
            how,
            tasks,
            last_chance: false,
        }
    }

    #[cfg(test)]
    pub(crate) fn for_test(steps: Option<StepGraph>, sequential: bool) -> Self {
        let how = How {
            app: "test",
            steps,
            sequential,
            stop_timeout: Duration::from_secs(15),
            shutdown_timeout: Duration::from_secs(30),
            traced: false,
        };
        Orphans {
            how,
            tasks: Vec::new(),
            last_chance: false,
        }
    }
}

impl Adopt for Orphans {
    /// Takes `hooks`, which were dropped: the starts under way are dropped
    /// (they did not start), and the hooks that owe their stop are stopped
    /// in the background, or named in an error log if that cannot be.
    fn adopt(mut self: Box<Self>, mut hooks: Hooks) {
        hooks.abandon_starts();
        let owing = hooks.owing();
        if owing.is_empty() {
            return;
        }
        let app = self.how.app;
        if !self.last_chance {
            if let Ok(runtime) = tokio::runtime::Handle::try_current() {
                tracing::warn!(target: "engin", app, hooks = %quoted(&owing),
                    "the application was dropped while running: stopping its hooks in the background");
                let (how, tasks) = (self.how, std::mem::take(&mut self.tasks));
                self.last_chance = true;
                hooks.stop_on_drop(*self);
                runtime.spawn(stop(how, tasks, hooks));
                return;
            }
        }
        tracing::error!(target: "engin", app, hooks = %quoted(&owing),
            "hooks dropped without their stop: no runtime is left to run it");
    }
}

/// Stops `hooks` after the aborted `tasks` have ended.
async fn stop(how: How, tasks: Vec<AbortHandle>, mut hooks: Hooks) {
    let began = tokio::time::Instant::now();
    let deadline = crate::context::after(began, how.shutdown_timeout);
    // An aborted task ends at its next poll (at once, unless it is being
    // polled on another thread): what it uses stops after that.
    while tasks.iter().any(|t| !t.is_finished()) && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    let (errors, _) = stop_in_order(
        &mut hooks,
        how.steps,
        how.sequential,
        deadline,
        how.stop_timeout,
        None,
        how.traced,
    )
    .await;
    hooks.settled();
    let app = how.app;
    for e in &errors {
        tracing::error!(target: "engin", app, error = %e.chain(), "background stop failed");
    }
    tracing::info!(target: "engin", app, stopped_in = ?began.elapsed(), "stopped in the background");
}
