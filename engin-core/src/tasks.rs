//! The supervised tasks of a run: spawned once every start hook has
//! started, and stopped in reverse dependency order, before the hooks.
//!
//! A task belongs to the build step that registered it, as a hook does: a
//! task is cancelled only once every task that depends on it (registered
//! by a provider or invocation that depends, directly or not, on its own)
//! has ended, so a store's background task keeps running while the
//! connections that use it finish. Tasks of one step, which all started
//! together, stop together. A task registered outside any step (from
//! another thread) waits for every task after it, and every task before it
//! waits for it. In sequential mode, strictly in reverse registration order.

use std::borrow::Cow;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::{Instant, Sleep};
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::children::{ChildSet, Children};
use crate::context::{after, RunState, StepGraph};
use crate::error::{Error, Phase};
use crate::task::{supervise, TaskEntry};

/// A spawned supervised task; aborted if dropped.
pub(crate) struct RunningTask {
    pub(crate) name: Cow<'static, str>,
    stop_limit: Option<Duration>,
    pub(crate) handle: JoinHandle<()>,
    /// Its own token, a child of the run's.
    token: CancellationToken,
    children: Option<Arc<ChildSet>>,
    /// The build step that registered it (`u32::MAX`: none).
    step: u32,
}

impl RunningTask {
    pub(crate) fn spawn(task: TaskEntry, cancel: &CancellationToken, state: &RunState) -> Self {
        let name = task.name.clone();
        let (stop_limit, step) = (task.stop_limit, task.step);
        let token = cancel.child_token();
        let children = task
            .has_children
            .then(|| Children::new(token.child_token()));
        let set = children.as_ref().map(Children::set);
        let fut = supervise(
            task,
            token.clone(),
            state.shutdown.clone(),
            state.errors.clone(),
            children,
        );
        let span = tracing::info_span!(target: "engin", "task", component = %name);
        RunningTask {
            name,
            stop_limit,
            handle: tokio::spawn(fut.instrument(span)),
            token,
            children: set,
            step,
        }
    }
}

impl Drop for RunningTask {
    fn drop(&mut self) {
        self.handle.abort();
    }
}

/// Where a task is in the stop.
enum Stage {
    Running,
    /// Cancelled; it has until its limit.
    Cancelled {
        timer: Pin<Box<Sleep>>,
        limit: Duration,
    },
    /// Aborted at its limit: dropped at its next `.await`, waited for
    /// until the budget runs out.
    Aborted {
        timer: Pin<Box<Sleep>>,
        limit: Duration,
        children: Vec<Cow<'static, str>>,
        /// Until its aborted children are gone too.
        gone: Option<Pin<Box<dyn Future<Output = ()> + Send>>>,
        /// The task itself has been dropped (its handle is ready).
        dropped: bool,
    },
    Done,
}

/// Cancels the tasks in reverse dependency order, each once every task that
/// depends on it has ended, and waits for each within its own stop limit
/// (overrunning it is an error) or the grace period (after which it is
/// dropped at its next `.await`, logged), all within the shutdown budget.
pub(crate) async fn stop_tasks(
    mut tasks: Vec<RunningTask>,
    state: &RunState,
    began: Instant,
    progress: Option<&AtomicUsize>,
) {
    if tasks.is_empty() {
        return;
    }
    let budget = after(began, state.options.shutdown_timeout);
    let n = tasks.len();
    let dependents = match state.steps.graph().filter(|_| !state.options.sequential) {
        Some(steps) => {
            let task_steps: Vec<u32> = tasks.iter().map(|t| t.step).collect();
            dependents(&task_steps, steps)
        }
        // Each task waits for the one registered after it.
        None => (0..n).map(|i| (i + 1..n).take(1).collect()).collect(),
    };
    let mut stages: Vec<Stage> = tasks.iter().map(|_| Stage::Running).collect();
    loop {
        for i in (0..tasks.len()).rev() {
            let free = dependents[i]
                .iter()
                .all(|&d| matches!(stages[d], Stage::Done));
            if matches!(stages[i], Stage::Running) && free {
                let task = &tasks[i];
                task.token.cancel();
                let limit = task.stop_limit.unwrap_or(state.options.task_grace);
                let until = after(Instant::now(), limit).min(budget);
                stages[i] = Stage::Cancelled {
                    timer: Box::pin(tokio::time::sleep_until(until)),
                    limit,
                };
            }
        }
        if stages.iter().all(|s| matches!(s, Stage::Done)) {
            return;
        }
        std::future::poll_fn(|cx| {
            let mut ended = false;
            for (i, (task, stage)) in tasks.iter_mut().zip(stages.iter_mut()).enumerate() {
                if matches!(stage, Stage::Running | Stage::Done) {
                    continue;
                }
                if let Some(progress) = progress {
                    progress.store(i, Ordering::Relaxed);
                }
                ended |= advance(task, stage, state, budget, cx);
            }
            if ended {
                Poll::Ready(())
            } else {
                Poll::Pending
            }
        })
        .await;
    }
}

/// For each task, the tasks that depend on it: those whose step depends on
/// its step, directly or not.
fn dependents(task_steps: &[u32], steps: &StepGraph) -> Vec<Vec<usize>> {
    let n = task_steps.len();
    let outside = |i: usize| task_steps[i] as usize >= steps.len();
    // The steps each task's step reaches, by a walk over the step graph.
    let reach: Vec<Vec<bool>> = (0..n)
        .map(|j| {
            let mut seen = vec![false; steps.len()];
            if outside(j) {
                return seen;
            }
            let mut stack = vec![task_steps[j]];
            while let Some(u) = stack.pop() {
                for &d in steps.deps(u as usize) {
                    if !std::mem::replace(&mut seen[d as usize], true) {
                        stack.push(d);
                    }
                }
            }
            seen
        })
        .collect();
    (0..n)
        .map(|i| {
            (0..n)
                .filter(|&j| {
                    if outside(i) || outside(j) {
                        j > i
                    } else {
                        reach[j][task_steps[i] as usize]
                    }
                })
                .collect()
        })
        .collect()
}

/// Polls a task being stopped; returns whether it is done.
fn advance(
    task: &mut RunningTask,
    stage: &mut Stage,
    state: &RunState,
    budget: Instant,
    cx: &mut std::task::Context<'_>,
) -> bool {
    match stage {
        Stage::Cancelled { timer, limit } => {
            if Pin::new(&mut task.handle).poll(cx).is_ready() {
                *stage = Stage::Done;
                return true;
            }
            if timer.as_mut().poll(cx).is_pending() {
                return false;
            }
            // Its limit passed: its children still running are aborted and
            // named, and it is dropped at its next `.await`.
            let children = task
                .children
                .as_ref()
                .map(|c| c.abort())
                .unwrap_or_default();
            task.handle.abort();
            let gone = task.children.clone().map(|set| {
                let gone: Pin<Box<dyn Future<Output = ()> + Send>> =
                    Box::pin(async move { set.wait().await });
                gone
            });
            *stage = Stage::Aborted {
                timer: Box::pin(tokio::time::sleep_until(budget)),
                limit: *limit,
                children,
                gone,
                dropped: false,
            };
            advance(task, stage, state, budget, cx)
        }
        Stage::Aborted {
            timer,
            limit,
            children,
            gone,
            dropped,
        } => {
            // Dropped, and its children too: what they use can stop.
            if !*dropped {
                *dropped = Pin::new(&mut task.handle).poll(cx).is_ready();
            }
            if gone
                .as_mut()
                .is_some_and(|g| g.as_mut().poll(cx).is_ready())
            {
                *gone = None;
            }
            let over = *dropped && gone.is_none();
            if !over && timer.as_mut().poll(cx).is_pending() {
                return false;
            }
            let (limit, children, dropped) = (*limit, std::mem::take(children), *dropped);
            report(task, state, limit, children, dropped);
            *stage = Stage::Done;
            true
        }
        Stage::Running | Stage::Done => false,
    }
}

/// Reports a task that overran its limit.
fn report(
    task: &RunningTask,
    state: &RunState,
    limit: Duration,
    children: Vec<Cow<'static, str>>,
    dropped: bool,
) {
    let component = task.name.clone();
    if !children.is_empty() {
        state.errors.report(Error::ChildrenLeft {
            component,
            after: limit,
            children,
        });
    } else if task.stop_limit.is_some() || !dropped {
        state.errors.report(Error::TimedOut {
            phase: Phase::Task,
            component,
            after: limit,
        });
    } else {
        tracing::warn!(target: "engin", task = %task.name, grace = ?limit,
            "task did not stop within its grace period and was dropped: give it more with `Lifecycle::task(..).stop_timeout(..)` or `Options::task_grace`");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_task_waits_for_the_tasks_of_every_step_that_depends_on_its_own() {
        // Steps: 0 (a store) <- 1 (its server) <- 2 (a client of the
        // server); 3 independent.
        let steps = StepGraph::new(&[0, 1, 2, 2], &[0, 1]);
        // Tasks: two of the store, one of the server, one of the client,
        // one independent, one registered outside any step.
        let tasks = [0, 0, 1, 2, 3, u32::MAX];
        assert_eq!(
            dependents(&tasks, &steps),
            vec![
                vec![2, 3, 5], // the store's: after the server's and the client's
                vec![2, 3, 5],
                vec![3, 5], // the server's: after the client's
                vec![5],
                vec![5],
                vec![], // outside: first, after every task before it
            ]
        );
    }
}
