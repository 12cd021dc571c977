//! The hook graph, and a property test of the hook runner, in both modes,
//! over random graphs: with guards, failures, shutdown requests and the
//! whole start dropped at a random instant.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::context::StepGraph;
use crate::error::BoxError;
use crate::hook::Hooks;
use crate::hook_graph::{GraphLoop, HookGraph};
use crate::lifecycle::Lifecycle;
use crate::orphan::Orphans;
use crate::shutdown::Shutdown;

fn leak(v: Vec<u32>) -> &'static [u32] {
    Box::leak(v.into_boxed_slice())
}

/// A step graph from each step's dependencies.
fn steps(deps: &[Vec<u32>]) -> StepGraph {
    let mut ends = Vec::new();
    let mut edges = Vec::new();
    for d in deps {
        edges.extend_from_slice(d);
        ends.push(edges.len() as u32);
    }
    StepGraph::new(leak(ends), leak(edges))
}

fn graph(hook_steps: &[u32], deps: &[Vec<u32>]) -> HookGraph {
    HookGraph::from_steps(hook_steps.iter().copied(), Some(&steps(deps)))
}

fn rows(g: &HookGraph, n: usize) -> Vec<Vec<u32>> {
    (0..n).map(|i| g.deps(i).to_vec()).collect()
}

#[test]
fn a_hook_waits_for_the_nearest_hooks_of_its_providers_dependencies() {
    // Steps: 0 <- 1 (no hooks) <- 2; 3 independent; 4 depends on 2 and 3.
    let deps = vec![vec![], vec![0], vec![1], vec![], vec![2, 3]];
    // Hooks: 0:a, 2:b1, 2:b2, 3:c, 4:d.
    let g = graph(&[0, 2, 2, 3, 4], &deps);
    assert_eq!(
        rows(&g, 5),
        vec![vec![], vec![0], vec![1], vec![], vec![2, 3]],
        "b1 waits for a through the step without hooks; b2 for b1; d for the last of b and c"
    );
    assert_eq!(g.dependents(0), &[1]);
    assert_eq!(g.dependents(2), &[4]);
    assert_eq!(g.dependents(3), &[4]);
}

#[test]
fn a_hook_outside_the_build_order_is_a_barrier() {
    let deps = vec![vec![], vec![], vec![]];
    // Hooks: 0, 1, then one of step 0 again (out of order), then 2, then
    // one registered outside any step.
    let g = graph(&[0, 1, 0, 2, u32::MAX], &deps);
    assert_eq!(
        rows(&g, 5),
        vec![vec![], vec![], vec![0, 1], vec![2], vec![2, 3]]
    );
}

#[test]
fn without_steps_every_hook_waits_for_the_one_before() {
    let g = HookGraph::from_steps([u32::MAX; 4].into_iter(), None);
    assert_eq!(rows(&g, 4), vec![vec![], vec![0], vec![1], vec![2]]);
}

#[test]
fn the_critical_path_is_the_longest_chain() {
    // a -> b, a -> c, c -> d.
    let deps = vec![vec![], vec![0], vec![0], vec![2]];
    let g = graph(&[0, 1, 2, 3], &deps);
    let ms = |n| Some(Duration::from_millis(n));
    let (total, chain) = g.critical_path(&[ms(5), ms(50), ms(20), ms(20)], true);
    assert_eq!((total, chain), (Duration::from_millis(55), vec![0, 1]));
    let (total, chain) = g.critical_path(&[ms(5), ms(10), ms(20), ms(20)], false);
    assert_eq!((total, chain), (Duration::from_millis(45), vec![3, 2, 0]));
}

/// A small deterministic generator (xorshift), so a failing case can be
/// replayed from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    StartStop,
    StartOnly,
    StopOnly,
    /// A guard: its setup is the start, the code after `started()` the stop.
    Guard,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fault {
    None,
    Fails,
    Panics,
    Hangs,
}

#[derive(Clone, Debug)]
struct HookSpec {
    step: u32,
    kind: Kind,
    start_ms: u64,
    stop_ms: u64,
    fault: Fault,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Event {
    StartBegan(usize),
    Started(usize),
    StopBegan(usize),
    Stopped(usize),
    /// A start's future was dropped, finished or not.
    StartDropped(usize),
}

/// Records `StartDropped` when the start's future goes away.
struct OnDrop(Arc<Mutex<Vec<(Event, tokio::time::Instant)>>>, usize);

impl Drop for OnDrop {
    fn drop(&mut self) {
        let mut log = self.0.lock().unwrap_or_else(|e| e.into_inner());
        log.push((Event::StartDropped(self.1), tokio::time::Instant::now()));
    }
}

struct Case {
    deps: Vec<Vec<u32>>,
    hooks: Vec<HookSpec>,
    /// Shutdown requested at this time into the start, if any.
    shutdown_at: Option<u64>,
    /// The start loop's future dropped at this time into the start, if
    /// any; the hooks then go with it, as when the application's future
    /// is dropped.
    cancel_at: Option<u64>,
}

fn random_case(rng: &mut Rng, faults: bool) -> Case {
    let nsteps = 1 + rng.below(24) as usize;
    let density = 5 + rng.below(40);
    let deps: Vec<Vec<u32>> = (0..nsteps)
        .map(|s| (0..s as u32).filter(|_| rng.chance(density)).collect())
        .collect();
    let mut hooks = Vec::new();
    for s in 0..nsteps as u32 {
        for _ in 0..rng.below(4) {
            let kind = match rng.below(8) {
                0 => Kind::StartOnly,
                1 => Kind::StopOnly,
                2 | 3 => Kind::Guard,
                _ => Kind::StartStop,
            };
            // A third finish at their first poll: the fast path.
            let ms = |rng: &mut Rng| if rng.chance(33) { 0 } else { 1 + rng.below(20) };
            let fault = if faults && kind != Kind::StopOnly && rng.chance(6) {
                match rng.below(3) {
                    0 => Fault::Fails,
                    1 => Fault::Panics,
                    _ => Fault::Hangs,
                }
            } else {
                Fault::None
            };
            hooks.push(HookSpec {
                step: s,
                kind,
                start_ms: ms(rng),
                stop_ms: ms(rng),
                fault,
            });
        }
    }
    let shutdown_at = (faults && rng.chance(25)).then(|| rng.below(40));
    let cancel_at = rng.chance(25).then(|| rng.below(40));
    Case {
        deps,
        hooks,
        shutdown_at,
        cancel_at,
    }
}

/// Registers the case's hooks, each step's from within that step, as the
/// generated code does.
fn register(case: &Case, log: &Arc<Mutex<Vec<(Event, tokio::time::Instant)>>>) -> Hooks {
    let lifecycle = Lifecycle::new();
    let record =
        |log: &Arc<Mutex<Vec<_>>>, e| log.lock().unwrap().push((e, tokio::time::Instant::now()));
    for (i, h) in case.hooks.iter().enumerate() {
        lifecycle.set_step(h.step as usize);
        let (l1, l2) = (log.clone(), log.clone());
        let h1 = h.clone();
        let h2 = h.clone();
        let start = move || async move {
            record(&l1, Event::StartBegan(i));
            let _dropped = OnDrop(l1.clone(), i);
            let ms = if h1.fault == Fault::Hangs {
                60_000
            } else {
                h1.start_ms
            };
            if ms > 0 {
                tokio::time::sleep(Duration::from_millis(ms)).await;
            }
            match h1.fault {
                Fault::Fails => return Err::<(), BoxError>("refused".into()),
                Fault::Panics => panic!("hook {i} panics"),
                _ => {}
            }
            record(&l1, Event::Started(i));
            Ok(())
        };
        let stop = move || async move {
            record(&l2, Event::StopBegan(i));
            if h2.stop_ms > 0 {
                tokio::time::sleep(Duration::from_millis(h2.stop_ms)).await;
            }
            record(&l2, Event::Stopped(i));
            Ok(())
        };
        let name = format!("h{i}");
        match h.kind {
            Kind::StartStop => lifecycle.on_start_stop(name, start, stop),
            Kind::StartOnly => lifecycle.on_start(name, start),
            Kind::StopOnly => lifecycle.on_stop(name, stop),
            Kind::Guard => lifecycle.guard(name, move |guard| async move {
                // The start is the part before `started()`; its end is
                // recorded where any start's future is dropped.
                start().await?;
                guard.started().await;
                stop().await
            }),
        }
    }
    lifecycle.freeze().0
}

/// Whether step `b` depends on step `a`, transitively (from the step graph
/// alone: an independent statement of what the hook graph must respect).
fn reaches(deps: &[Vec<u32>]) -> Vec<Vec<bool>> {
    let n = deps.len();
    let mut r = vec![vec![false; n]; n];
    for b in 0..n {
        for &a in &deps[b] {
            let via = r[a as usize].clone();
            r[b][a as usize] = true;
            for (c, reached) in r[b].iter_mut().enumerate() {
                *reached |= via[c];
            }
        }
    }
    r
}

/// Hook `b` must start after, and stop before, hook `a`.
fn ordered(case: &Case, reach: &[Vec<bool>], a: usize, b: usize) -> bool {
    let (sa, sb) = (case.hooks[a].step as usize, case.hooks[b].step as usize);
    (sa == sb && a < b) || reach[sb][sa]
}

struct Outcome {
    events: Vec<(Event, tokio::time::Instant)>,
    start_errors: usize,
    start_took: Duration,
    /// How many events were logged when the start loop returned.
    start_events: usize,
    t0: tokio::time::Instant,
    /// The start loop was dropped at `case.cancel_at`.
    cancelled: bool,
}

fn run_case(case: &Case, sequential: bool, traced: bool) -> Outcome {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap();
    let out = rt.block_on(async {
        let log = Arc::new(Mutex::new(Vec::new()));
        let mut hooks = register(case, &log);
        let graph = Some(steps(&case.deps));
        hooks.stop_on_drop(Orphans::for_test(graph, sequential));
        let shutdown = Shutdown::new();
        let t0 = tokio::time::Instant::now();
        // Ended with the run, so that it is not counted as a task left.
        let requester = case.shutdown_at.map(|ms| {
            let s = shutdown.clone();
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_millis(ms)).await;
                s.request("test");
            })
        });
        let end_requester = || async {
            if let Some(r) = requester {
                r.abort();
                let _ = r.await;
            }
        };
        let limit = Duration::from_secs(15);
        // Sequential mode: the same loop with no step graph.
        let graph = graph.filter(|_| !sequential);
        let start = GraphLoop::start(&mut hooks, graph, &shutdown, limit, None, traced);
        let cancel_at = Duration::from_millis(case.cancel_at.unwrap_or(u64::MAX / 4));
        let Ok(start_errors) = tokio::time::timeout(cancel_at, start).await else {
            // Cancelled: the hooks go the way of the application's future.
            let start_events = log.lock().unwrap().len();
            drop(hooks);
            // Long enough for any stop, on the paused clock.
            tokio::time::sleep(Duration::from_secs(120)).await;
            end_requester().await;
            let events = log.lock().unwrap().clone();
            return Outcome {
                events,
                start_errors: 0,
                start_took: cancel_at,
                start_events,
                t0,
                cancelled: true,
            };
        };
        let start_took = t0.elapsed();
        let start_events = log.lock().unwrap().len();
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        let stop_errors = GraphLoop::stop(&mut hooks, graph, deadline, limit, None, traced).await;
        assert!(stop_errors.is_empty(), "{stop_errors:?}");
        end_requester().await;
        let events = log.lock().unwrap().clone();
        Outcome {
            events,
            start_errors: start_errors.len(),
            start_took,
            start_events,
            t0,
            cancelled: false,
        }
    });
    // No task of the application is left: no hook code can run any more.
    assert_eq!(rt.metrics().num_alive_tasks(), 0, "a task outlived the run");
    out
}

/// The longest chain of start times, from the step graph alone.
fn critical_path(case: &Case, reach: &[Vec<bool>]) -> Duration {
    let n = case.hooks.len();
    let mut best = vec![0u64; n];
    for b in 0..n {
        let own = match case.hooks[b].kind {
            Kind::StopOnly => 0,
            _ => case.hooks[b].start_ms,
        };
        let before = (0..b)
            .filter(|&a| ordered(case, reach, a, b))
            .map(|a| best[a])
            .max()
            .unwrap_or(0);
        best[b] = before + own;
    }
    Duration::from_millis(best.into_iter().max().unwrap_or(0))
}

fn check(case: &Case, seed: u64, sequential: bool, traced: bool) {
    let reach = reaches(&case.deps);
    let out = run_case(case, sequential, traced);
    let at = |e: Event| out.events.iter().position(|(x, _)| *x == e);
    let n = case.hooks.len();
    let ctx = || format!("seed {seed}, sequential {sequential}, traced {traced}");
    let started: BTreeSet<usize> = (0..n)
        .filter(|&i| at(Event::Started(i)).is_some())
        .collect();
    let stopped: BTreeSet<usize> = (0..n)
        .filter(|&i| at(Event::StopBegan(i)).is_some())
        .collect();
    let with_stop: BTreeSet<usize> = (0..n)
        .filter(|&i| matches!(case.hooks[i].kind, Kind::StartStop | Kind::Guard))
        .collect();
    let stop_only: BTreeSet<usize> = (0..n)
        .filter(|&i| case.hooks[i].kind == Kind::StopOnly)
        .collect();
    // Exactly the hooks that started stop, and every stop-only hook.
    let expected: BTreeSet<usize> = started
        .intersection(&with_stop)
        .chain(&stop_only)
        .copied()
        .collect();
    assert_eq!(
        stopped,
        expected,
        "{}, cancelled {}: {:?}\n{:?}",
        ctx(),
        out.cancelled,
        case.hooks,
        out.events
    );
    for b in 0..n {
        for a in 0..n {
            if a == b || !ordered(case, &reach, a, b) {
                continue;
            }
            // No hook starts before what it depends on has started.
            if let Some(began) = at(Event::StartBegan(b)) {
                let done = at(Event::Started(a));
                let a_starts = case.hooks[a].kind != Kind::StopOnly;
                assert!(
                    !a_starts || done.is_some_and(|d| d < began),
                    "{}: h{b} began its start before h{a} had started",
                    ctx()
                );
            }
            // No hook stops before what depends on it has stopped.
            if let (Some(began), true) = (at(Event::StopBegan(a)), stopped.contains(&b)) {
                let done = at(Event::Stopped(b)).expect("a stop that began ends");
                assert!(done < began, "{}: h{a} stopped before h{b}", ctx());
            }
        }
    }
    // Every start that began is over (finished, or its future dropped)
    // when the start loop returns.
    for i in 0..n {
        if at(Event::StartBegan(i)).is_some() {
            // Cancelled: by the time the hooks are gone.
            let by = if out.cancelled {
                usize::MAX
            } else {
                out.start_events
            };
            assert!(
                at(Event::StartDropped(i)).is_some_and(|d| d < by),
                "{}: the start of h{i} is still alive after the start loop",
                ctx()
            );
        }
    }
    if let Some(ms) = case.shutdown_at {
        // Nothing starts once shutdown is requested.
        let requested = out.t0 + Duration::from_millis(ms);
        for (e, t) in &out.events {
            if let Event::StartBegan(i) = e {
                assert!(*t <= requested, "{}: h{i} began after shutdown", ctx());
            }
        }
    }
    if out.cancelled {
        // Nothing starts once the start is dropped.
        let dropped = out.t0 + Duration::from_millis(case.cancel_at.expect("cancelled"));
        for (e, t) in &out.events {
            if let Event::StartBegan(i) = e {
                assert!(
                    *t <= dropped,
                    "{}: h{i} began after the start was dropped",
                    ctx()
                );
            }
        }
        return;
    }
    let faulty = case.hooks.iter().any(|h| h.fault != Fault::None);
    if !faulty && case.shutdown_at.is_none() {
        assert_eq!(out.start_errors, 0, "{}", ctx());
        assert_eq!(started.len() + stop_only.len(), n, "{}", ctx());
        if sequential {
            // Today's order exactly: in registration order, then in reverse.
            let starts: Vec<usize> = out
                .events
                .iter()
                .filter_map(|(e, _)| match e {
                    Event::StartBegan(i) => Some(*i),
                    _ => None,
                })
                .collect();
            let stops: Vec<usize> = out
                .events
                .iter()
                .filter_map(|(e, _)| match e {
                    Event::StopBegan(i) => Some(*i),
                    _ => None,
                })
                .collect();
            let all: Vec<usize> = (0..n).filter(|i| !stop_only.contains(i)).collect();
            assert_eq!(starts, all, "{}", ctx());
            let all: Vec<usize> = (0..n).rev().filter(|i| expected.contains(i)).collect();
            assert_eq!(stops, all, "{}", ctx());
        } else {
            // Concurrent: the start takes its critical path, no more.
            assert_eq!(out.start_took, critical_path(case, &reach), "{}", ctx());
        }
    }
    if faulty || case.shutdown_at.is_some() {
        let fault_hit = case
            .hooks
            .iter()
            .enumerate()
            .any(|(i, h)| h.fault != Fault::None && at(Event::StartBegan(i)).is_some());
        if fault_hit && case.shutdown_at.is_none() {
            assert_eq!(
                out.start_errors,
                1,
                "{}: one start failure is reported",
                ctx()
            );
        }
    }
}

#[test]
fn random_graphs_start_and_stop_in_dependency_order() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for case_no in 0..400u64 {
        let seed = rng.next();
        let mut case_rng = Rng(seed | 1);
        let case = random_case(&mut case_rng, case_no % 2 == 1);
        for sequential in [false, true] {
            check(&case, seed | 1, sequential, case_no % 4 == 3);
        }
    }
}

#[test]
fn fifty_independent_hooks_start_together() {
    let case = Case {
        deps: vec![vec![]; 50],
        hooks: (0..50)
            .map(|s| HookSpec {
                step: s,
                kind: Kind::StartStop,
                start_ms: 20,
                stop_ms: 20,
                fault: Fault::None,
            })
            .collect(),
        shutdown_at: None,
        cancel_at: None,
    };
    let out = run_case(&case, false, false);
    assert_eq!(out.start_took, Duration::from_millis(20));
    let last = out.events.last().unwrap().1;
    assert_eq!(
        last - out.t0,
        Duration::from_millis(40),
        "and stop together"
    );
    let out = run_case(&case, true, false);
    assert_eq!(out.start_took, Duration::from_millis(1000));
}
