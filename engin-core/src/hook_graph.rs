//! Concurrent start and stop: a hook starts as soon as the hooks it
//! depends on have started, and stops as soon as the hooks that depend on
//! it have stopped.
//!
//! A hook depends on the hooks of the providers its own provider (or
//! invocation) depends on, transitively; the generated code declares each
//! build step's dependencies (`Context::steps`) and the lifecycle records
//! which step registered each hook. Hooks registered by one step keep
//! their order among themselves. A hook registered outside any step, or
//! out of build order (from another thread, after a later step's hooks), is
//! a barrier: it waits for every hook before it, and every hook after it
//! waits for it, as in sequential mode.
//!
//! Sequential mode is this loop with no step graph: every hook is then a
//! barrier, so hooks start one at a time in registration order and stop in
//! exact reverse. While every hook finishes at its first poll, the loop
//! runs them in order and the graph is not even computed: it is built at
//! the first hook that stays pending.

use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::Poll;
use std::time::{Duration, Instant};

use tokio_util::sync::WaitForCancellationFutureOwned;

use crate::context::{Deadline, StepGraph};
use crate::error::{BoxError, Error, Phase};
use crate::hook::Hooks;
use crate::shutdown::Shutdown;

const NONE: u32 = u32::MAX;

/// Edges between hooks, both ways, in compressed rows: hook `i`'s are
/// `to[ends[i - 1]..ends[i]]`.
#[derive(Debug, Default)]
struct Rows {
    ends: Vec<u32>,
    to: Vec<u32>,
}

impl Rows {
    fn row(&self, i: usize) -> &[u32] {
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p]) as usize;
        &self.to[start..self.ends[i] as usize]
    }

    /// The same edges, reversed.
    fn reversed(&self) -> Rows {
        let n = self.ends.len();
        let mut counts = vec![0u32; n];
        for &t in &self.to {
            counts[t as usize] += 1;
        }
        let mut ends = Vec::with_capacity(n);
        let mut total = 0;
        for c in &counts {
            total += c;
            ends.push(total);
        }
        // Fill each row from its end, going over sources in reverse, so
        // every row comes out in increasing order.
        let mut fill = ends.clone();
        let mut to = vec![0u32; self.to.len()];
        for i in (0..n).rev() {
            for &t in self.row(i).iter().rev() {
                let slot = &mut fill[t as usize];
                *slot -= 1;
                to[*slot as usize] = i as u32;
            }
        }
        Rows { ends, to }
    }
}

/// Which hooks each hook depends on, and which depend on it. Every
/// dependency of a hook comes before it in registration order.
#[derive(Debug)]
pub(crate) struct HookGraph {
    deps: Rows,
    dependents: Rows,
}

impl HookGraph {
    /// The graph of `hooks`, from the build steps that registered them.
    pub(crate) fn new(hooks: &Hooks, steps: Option<&StepGraph>) -> Self {
        Self::from_steps((0..hooks.len()).map(|i| hooks.step(i)), steps)
    }

    pub(crate) fn from_steps(
        hook_steps: impl Iterator<Item = u32>,
        steps: Option<&StepGraph>,
    ) -> Self {
        let nsteps = steps.map_or(0, StepGraph::len);
        // The last hook of each step so far.
        let mut last = vec![NONE; nsteps];
        // For each step, the nearest hooks of the steps it depends on:
        // computed in step order, when a hook of a later step needs it.
        let mut frontier: Vec<Vec<u32>> = Vec::new();
        let mut max_step = 0;
        let mut barrier = NONE;
        let mut since_barrier: Vec<u32> = Vec::new();
        let mut deps = Rows::default();
        let mut row = Vec::new();
        for (h, step) in hook_steps.enumerate() {
            let h = h as u32;
            row.clear();
            let in_order = (step as usize) < nsteps && step >= max_step;
            match steps.filter(|_| in_order) {
                None => {
                    row.append(&mut since_barrier);
                    row.extend((barrier != NONE).then_some(barrier));
                    barrier = h;
                }
                Some(graph) => {
                    max_step = step;
                    let s = step as usize;
                    if last[s] != NONE {
                        row.push(last[s]);
                    } else {
                        while frontier.len() <= s {
                            let u = frontier.len();
                            let mut f: Vec<u32> = Vec::new();
                            for &d in graph.deps(u) {
                                let d = d as usize;
                                match last.get(d) {
                                    Some(&l) if l != NONE => f.push(l),
                                    Some(_) => f.extend_from_slice(&frontier[d]),
                                    None => {}
                                }
                            }
                            f.sort_unstable();
                            f.dedup();
                            frontier.push(f);
                        }
                        row.extend_from_slice(&frontier[s]);
                    }
                    row.extend((barrier != NONE).then_some(barrier));
                    last[s] = h;
                    since_barrier.push(h);
                }
            }
            row.sort_unstable();
            row.dedup();
            deps.to.extend_from_slice(&row);
            deps.ends.push(deps.to.len() as u32);
        }
        let dependents = deps.reversed();
        HookGraph { deps, dependents }
    }

    /// The hooks hook `i` waits for at start.
    pub(crate) fn deps(&self, i: usize) -> &[u32] {
        self.deps.row(i)
    }

    /// The hooks hook `i` waits for at stop.
    pub(crate) fn dependents(&self, i: usize) -> &[u32] {
        self.dependents.row(i)
    }

    /// The longest chain of hook times, ending with its last hook: `took`
    /// is each hook's time (`None`: did not run); at start a chain follows
    /// dependencies, at stop dependents.
    pub(crate) fn critical_path(
        &self,
        took: &[Option<Duration>],
        start: bool,
    ) -> (Duration, Vec<usize>) {
        let n = took.len();
        let mut best = vec![Duration::ZERO; n];
        let mut via = vec![usize::MAX; n];
        let order: Box<dyn Iterator<Item = usize>> = if start {
            Box::new(0..n)
        } else {
            Box::new((0..n).rev())
        };
        let mut end = None::<usize>;
        for i in order {
            let Some(t) = took[i] else { continue };
            let before = if start {
                self.deps(i)
            } else {
                self.dependents(i)
            };
            let mut longest = Duration::ZERO;
            for &d in before {
                let d = d as usize;
                if took[d].is_some() && (via[i] == usize::MAX || best[d] > longest) {
                    longest = best[d];
                    via[i] = d;
                }
            }
            best[i] = longest + t;
            if end.is_none_or(|e| best[i] > best[e]) {
                end = Some(i);
            }
        }
        let Some(mut i) = end else {
            return (Duration::ZERO, Vec::new());
        };
        let total = best[i];
        let mut chain = vec![i];
        while via[i] != usize::MAX {
            i = via[i];
            chain.push(i);
        }
        chain.reverse();
        (total, chain)
    }
}

/// Where a hook is in the loop.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Status {
    Waiting,
    Running,
    /// Start: started (`true`) or not. Stop: stopped, or nothing to stop.
    Done(bool),
}

/// A hook whose start or stop is under way.
struct Pending {
    index: usize,
    /// Armed at its first `Pending`.
    timer: Option<Pin<Box<tokio::time::Sleep>>>,
    limit: Duration,
    span: Option<tracing::Span>,
}

/// The state once some hook has stayed pending.
struct Slow {
    graph: HookGraph,
    status: Vec<Status>,
    running: Vec<Pending>,
    /// Start: no hook before it waits. Stop: none from it on waits.
    scan: usize,
}

/// Starts hooks as their dependencies allow, or stops them as their
/// dependents allow; see the module's documentation.
///
/// Failure at start: no new hook starts, the starts still under way are
/// abandoned (their futures dropped: they did not start, so they will not
/// stop), and the loop ends; the caller then stops what started. A
/// requested shutdown does the same. At stop, every hook is stopped in
/// turn, whatever failed.
pub(crate) struct GraphLoop<'a> {
    hooks: &'a mut Hooks,
    steps: Option<StepGraph>,
    start: bool,
    default: Duration,
    /// Stop only: the end of the shutdown budget.
    deadline: Option<tokio::time::Instant>,
    /// Start only.
    shutdown: Option<&'a Shutdown>,
    requested: Option<Pin<Box<WaitForCancellationFutureOwned>>>,
    /// Start only: the end of the whole start-up, armed once a hook stays
    /// pending.
    start_deadline: Option<Deadline>,
    deadline_timer: Option<Pin<Box<tokio::time::Sleep>>>,
    /// Stop only: the hook being polled, for the watchdog.
    progress: Option<&'a AtomicUsize>,
    traced: bool,
    /// Before `slow`: start, `hooks[..cursor]` started; stop,
    /// `hooks[cursor..]` stopped.
    cursor: usize,
    /// The hook being polled, named if it panics.
    polling: usize,
    slow: Option<Box<Slow>>,
    /// Traced only: when each hook began and how long it took.
    times: Vec<(Option<Instant>, Option<Duration>)>,
    interrupted: bool,
    errors: Vec<Error>,
}

impl<'a> GraphLoop<'a> {
    pub(crate) fn start(
        hooks: &'a mut Hooks,
        steps: Option<StepGraph>,
        shutdown: &'a Shutdown,
        default: Duration,
        start_deadline: Option<Deadline>,
        traced: bool,
    ) -> Self {
        let mut this = Self::new(
            hooks,
            steps,
            true,
            default,
            None,
            Some(shutdown),
            None,
            traced,
        );
        this.start_deadline = start_deadline;
        this
    }

    pub(crate) fn stop(
        hooks: &'a mut Hooks,
        steps: Option<StepGraph>,
        deadline: tokio::time::Instant,
        default: Duration,
        progress: Option<&'a AtomicUsize>,
        traced: bool,
    ) -> Self {
        Self::new(
            hooks,
            steps,
            false,
            default,
            Some(deadline),
            None,
            progress,
            traced,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn new(
        hooks: &'a mut Hooks,
        steps: Option<StepGraph>,
        start: bool,
        default: Duration,
        deadline: Option<tokio::time::Instant>,
        shutdown: Option<&'a Shutdown>,
        progress: Option<&'a AtomicUsize>,
        traced: bool,
    ) -> Self {
        let n = hooks.len();
        let mut this = GraphLoop {
            cursor: if start { 0 } else { n },
            hooks,
            steps,
            start,
            default,
            deadline,
            shutdown,
            requested: None,
            start_deadline: None,
            deadline_timer: None,
            progress,
            traced,
            polling: 0,
            slow: None,
            times: Vec::new(),
            interrupted: false,
            errors: Vec::new(),
        };
        if traced {
            // Every hook gets a span and a time: no fast path.
            this.times = vec![(None, None); n];
            this.go_slow(None);
        }
        this
    }

    /// Start: how many hooks started.
    pub(crate) fn started(&self) -> usize {
        match &self.slow {
            Some(slow) => slow
                .status
                .iter()
                .filter(|s| **s == Status::Done(true))
                .count(),
            None => self.cursor,
        }
    }

    /// Traced only: the critical path, its time and its hooks' names.
    pub(crate) fn critical_path(&self) -> Option<(Duration, String)> {
        let slow = self.slow.as_ref().filter(|_| self.traced)?;
        let took: Vec<Option<Duration>> = self.times.iter().map(|t| t.1).collect();
        let (total, chain) = slow.graph.critical_path(&took, self.start);
        let names: Vec<&str> = chain.iter().map(|&i| &**self.hooks.name(i)).collect();
        Some((total, shown_chain(&names)))
    }

    fn phase(&self) -> Phase {
        if self.start {
            Phase::Start
        } else {
            Phase::Stop
        }
    }

    fn set_polling(&mut self, index: usize) {
        self.polling = index;
        if let Some(progress) = self.progress {
            progress.store(index, Ordering::Relaxed);
        }
    }

    fn error(&self, index: usize, source: BoxError) -> Error {
        Error::Failed {
            phase: self.phase(),
            component: self.hooks.name(index).clone(),
            source,
        }
    }

    /// Builds the graph; `pending` is the hook that stayed pending on the
    /// fast path.
    #[cold]
    fn go_slow(&mut self, pending: Option<usize>) {
        let n = self.hooks.len();
        let graph = HookGraph::new(self.hooks, self.steps.as_ref());
        let mut status = vec![Status::Waiting; n];
        let mut running = Vec::new();
        if self.start {
            status[..self.cursor].fill(Status::Done(true));
        } else {
            status[self.cursor..].fill(Status::Done(true));
        }
        if let Some(index) = pending {
            status[index] = Status::Running;
            running.push(Pending {
                index,
                timer: None,
                limit: Duration::ZERO,
                span: None,
            });
        }
        let scan = match pending {
            Some(index) if self.start => index + 1,
            Some(index) => index,
            None => self.cursor,
        };
        self.slow = Some(Box::new(Slow {
            graph,
            status,
            running,
            scan,
        }));
    }

    /// The fast path: runs hooks in order while they finish at their first
    /// poll. Returns whether the loop is over.
    fn fast(&mut self, cx: &mut std::task::Context<'_>) -> bool {
        if self.start {
            while self.cursor < self.hooks.len() {
                if self.shutdown.is_some_and(Shutdown::is_requested) {
                    self.interrupted = true;
                    return true;
                }
                let index = self.cursor;
                self.polling = index;
                match self.hooks.poll(index, true, cx) {
                    Poll::Ready(Ok(())) => self.cursor += 1,
                    Poll::Ready(Err(source)) => {
                        let e = self.error(index, source);
                        self.fail(e);
                        return true;
                    }
                    Poll::Pending => {
                        self.go_slow(Some(index));
                        return false;
                    }
                }
            }
        } else {
            while let Some(index) = self.cursor.checked_sub(1) {
                self.set_polling(index);
                match self.hooks.poll(index, false, cx) {
                    Poll::Ready(Ok(())) => {}
                    Poll::Ready(Err(source)) => {
                        let e = self.error(index, source);
                        self.errors.push(e);
                    }
                    Poll::Pending => {
                        self.go_slow(Some(index));
                        return false;
                    }
                }
                self.cursor = index;
            }
        }
        true
    }

    /// A start failed: no hook starts after it.
    fn fail(&mut self, e: Error) {
        tracing::warn!(target: "engin", hook = %e.component(), "start-up failed; stopping what was started");
        self.errors.push(e);
    }

    /// Ends a start early: the starts under way are dropped.
    fn abandon_running(&mut self) {
        let Some(slow) = self.slow.as_mut() else {
            return;
        };
        for p in slow.running.drain(..) {
            self.hooks.abandon(p.index);
            slow.status[p.index] = Status::Done(false);
            let hook = self.hooks.name(p.index);
            if self.interrupted {
                tracing::info!(target: "engin", %hook, "start abandoned: shutdown requested");
            } else {
                tracing::info!(target: "engin", %hook, "start abandoned: another hook failed");
            }
        }
    }

    /// Start: whether the whole start-up's deadline has passed; if so, the
    /// starts under way are abandoned and named in one error.
    fn deadline_passed(&mut self, cx: &mut std::task::Context<'_>) -> bool {
        let Some(deadline) = self.start_deadline else {
            return false;
        };
        let timer = self
            .deadline_timer
            .get_or_insert_with(|| Box::pin(tokio::time::sleep_until(deadline.at)));
        if timer.as_mut().poll(cx).is_pending() {
            return false;
        }
        let slow = self.slow.as_ref().expect("slow");
        let mut starting: Vec<usize> = slow.running.iter().map(|p| p.index).collect();
        starting.sort_unstable();
        let starting = starting
            .into_iter()
            .map(|i| self.hooks.name(i).clone())
            .collect();
        self.abandon_running();
        self.fail(Error::StartDeadline {
            after: deadline.after,
            starting,
        });
        true
    }

    /// Polls the hooks under way and starts (or stops) those now free to.
    /// Returns whether the loop is over.
    fn slow(&mut self, cx: &mut std::task::Context<'_>) -> bool {
        loop {
            if let Some(shutdown) = self.shutdown {
                let requested = self
                    .requested
                    .get_or_insert_with(|| Box::pin(shutdown.cancelled_owned()));
                if requested.as_mut().poll(cx).is_ready() {
                    self.interrupted = true;
                    self.abandon_running();
                    return true;
                }
            }
            if self.deadline_passed(cx) {
                return true;
            }
            self.poll_running(cx);
            if self.start && !self.errors.is_empty() {
                self.abandon_running();
                return true;
            }
            let launched = self.launch();
            let slow = self.slow.as_ref().expect("slow");
            if slow.running.is_empty() && !launched {
                return true;
            }
            if !launched {
                return false;
            }
        }
    }

    /// Polls every hook under way once; settles those that finished.
    fn poll_running(&mut self, cx: &mut std::task::Context<'_>) {
        let mut i = 0;
        while i < self.slow.as_ref().expect("slow").running.len() {
            if self.start && !self.errors.is_empty() {
                // The first failure ends the start; the rest are abandoned.
                return;
            }
            let index = self.slow.as_ref().expect("slow").running[i].index;
            self.set_polling(index);
            match self.poll_one(i, cx) {
                Poll::Pending => i += 1,
                Poll::Ready(result) => {
                    let slow = self.slow.as_mut().expect("slow");
                    let p = slow.running.swap_remove(i);
                    self.settle(p, result);
                }
            }
        }
    }

    /// Polls hook `running[i]` within its time limit.
    fn poll_one(&mut self, i: usize, cx: &mut std::task::Context<'_>) -> Poll<Result<(), Error>> {
        let start = self.start;
        let slow = self.slow.as_mut().expect("slow");
        let p = &mut slow.running[i];
        let index = p.index;
        let hooks = &mut *self.hooks;
        let polled = match &p.span {
            Some(span) => span.in_scope(|| hooks.poll(index, start, cx)),
            None => hooks.poll(index, start, cx),
        };
        if let Poll::Ready(r) = polled {
            return Poll::Ready(r.map_err(|source| self.error(index, source)));
        }
        if p.timer.is_none() {
            let mut limit = self.hooks.limit(index, start, self.default);
            if let Some(deadline) = self.deadline {
                limit = limit.min(deadline.saturating_duration_since(tokio::time::Instant::now()));
            }
            p.limit = limit;
            p.timer = Some(Box::pin(tokio::time::sleep(limit)));
        }
        let timer = p.timer.as_mut().expect("armed above");
        if timer.as_mut().poll(cx).is_pending() {
            return Poll::Pending;
        }
        // Abandoned: its future is dropped now.
        let after = p.limit;
        self.hooks.abandon(index);
        Poll::Ready(Err(Error::TimedOut {
            phase: self.phase(),
            component: self.hooks.name(index).clone(),
            after,
        }))
    }

    /// Records the end of a hook.
    fn settle(&mut self, p: Pending, result: Result<(), Error>) {
        let ok = result.is_ok();
        if let Some((Some(began), took)) = self.times.get_mut(p.index) {
            *took = Some(began.elapsed());
        }
        if let Some(span) = &p.span {
            span.in_scope(|| tracing::debug!(target: "engin", ok, "done"));
        }
        let slow = self.slow.as_mut().expect("slow");
        slow.status[p.index] = Status::Done(ok);
        if let Err(e) = result {
            if self.start {
                self.fail(e);
            } else {
                self.errors.push(e);
            }
        }
    }

    /// Puts under way every waiting hook that is now free to go: at start,
    /// one whose dependencies have all started; at stop, one whose
    /// dependents have all stopped. Returns whether it launched any.
    fn launch(&mut self) -> bool {
        let start = self.start;
        let slow = self.slow.as_mut().expect("slow");
        let n = slow.status.len();
        let free = |slow: &Slow, i: usize| {
            if start {
                slow.graph
                    .deps(i)
                    .iter()
                    .all(|&d| slow.status[d as usize] == Status::Done(true))
            } else {
                slow.graph
                    .dependents(i)
                    .iter()
                    .all(|&d| matches!(slow.status[d as usize], Status::Done(_)))
            }
        };
        let mut launched = Vec::new();
        if start {
            while slow.scan < n && slow.status[slow.scan] != Status::Waiting {
                slow.scan += 1;
            }
            for i in slow.scan..n {
                if slow.status[i] == Status::Waiting && free(slow, i) {
                    slow.status[i] = Status::Running;
                    launched.push(i);
                }
            }
        } else {
            while slow.scan > 0 && slow.status[slow.scan - 1] != Status::Waiting {
                slow.scan -= 1;
            }
            for i in (0..slow.scan).rev() {
                if slow.status[i] == Status::Waiting && free(slow, i) {
                    slow.status[i] = Status::Running;
                    launched.push(i);
                }
            }
        }
        for &index in &launched {
            // At stop, a hook with nothing to stop (a start only, or a start
            // that never ran) is settled at its first poll, unlogged.
            let logged = self.traced && (start || self.hooks.owes_stop(index));
            let span = logged.then(|| {
                let name = self.hooks.name(index);
                if start {
                    tracing::info_span!(target: "engin", "start", component = %name)
                } else {
                    tracing::info_span!(target: "engin", "stop", component = %name)
                }
            });
            if let Some(t) = self.times.get_mut(index).filter(|_| logged) {
                t.0 = Some(Instant::now());
            }
            self.slow.as_mut().expect("slow").running.push(Pending {
                index,
                timer: None,
                limit: Duration::ZERO,
                span,
            });
        }
        !launched.is_empty()
    }

    fn run(&mut self, cx: &mut std::task::Context<'_>) -> Poll<()> {
        let over = if self.slow.is_none() {
            self.fast(cx) || self.slow(cx)
        } else {
            self.slow(cx)
        };
        if over {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }

    /// The hook being polled panicked: it is given up.
    #[cold]
    fn give_up(&mut self, payload: &(dyn std::any::Any + Send)) {
        let index = self.polling;
        self.hooks.abandon(index);
        let e = Error::Panicked {
            phase: self.phase(),
            component: self.hooks.name(index).clone(),
            message: crate::error::panic_message(payload),
        };
        match self.slow.as_mut() {
            Some(slow) => {
                slow.running.retain(|p| p.index != index);
                slow.status[index] = Status::Done(false);
            }
            // On the fast path: the hook is settled.
            None if self.start => {}
            None => self.cursor = index,
        }
        if self.start {
            self.fail(e);
        } else {
            self.errors.push(e);
        }
    }
}

impl Future for GraphLoop<'_> {
    type Output = Vec<Error>;

    /// Runs the loop as far as it goes. A panic of the hook being polled
    /// is caught here, once per poll of the whole loop rather than once
    /// per hook: the hook is given up (a start ends, abandoning the starts
    /// under way; a stop goes on).
    fn poll(mut self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> Poll<Vec<Error>> {
        let this = &mut *self;
        loop {
            // The hook that panicked is given up and never polled again, so
            // a broken invariant inside it cannot be observed.
            match catch_unwind(AssertUnwindSafe(|| this.run(cx))) {
                Ok(Poll::Pending) => return Poll::Pending,
                Ok(Poll::Ready(())) => break,
                Err(payload) => {
                    this.give_up(&*payload);
                    if this.start {
                        this.abandon_running();
                        break;
                    }
                }
            }
        }
        Poll::Ready(std::mem::take(&mut this.errors))
    }
}

/// A chain of hook names for a log line: whole up to `SHOWN` names; longer,
/// its first and last few around how many are left out, so the line stays
/// short however large the graph.
pub(crate) fn shown_chain(names: &[&str]) -> String {
    const SHOWN: usize = 8;
    if names.len() <= SHOWN {
        return names.join(" -> ");
    }
    let (head, tail) = (&names[..SHOWN / 2], &names[names.len() - SHOWN / 2..]);
    let left_out = names.len() - SHOWN;
    format!(
        "{} -> ({left_out} more) -> {}",
        head.join(" -> "),
        tail.join(" -> ")
    )
}

/// Stops `hooks` in reverse dependency order (`steps`), or strictly in
/// reverse (`sequential`: no step graph, every hook a barrier), by
/// `deadline`; returns every failure, and the critical path when tracing
/// along the graph.
pub(crate) async fn stop_in_order(
    hooks: &mut Hooks,
    steps: Option<StepGraph>,
    sequential: bool,
    deadline: tokio::time::Instant,
    default: Duration,
    progress: Option<&AtomicUsize>,
    traced: bool,
) -> (Vec<Error>, Option<(Duration, String)>) {
    let steps = steps.filter(|_| !sequential);
    let mut stopping = GraphLoop::stop(hooks, steps, deadline, default, progress, traced);
    let errors = (&mut stopping).await;
    (errors, stopping.critical_path().filter(|_| !sequential))
}

#[cfg(test)]
mod shown_tests {
    use super::shown_chain;

    #[test]
    fn a_long_critical_chain_is_shown_by_its_ends() {
        assert_eq!(shown_chain(&["a", "b"]), "a -> b");
        let names: Vec<String> = (0..1000).map(|i| format!("hook{i}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        assert_eq!(
            shown_chain(&names),
            "hook0 -> hook1 -> hook2 -> hook3 -> (992 more) -> hook996 -> hook997 -> hook998 -> hook999"
        );
    }
}
