//! Failure and rollback: a failing, panicking or hanging start, provider
//! or invocation names itself, and everything already started or built is
//! stopped or dropped in reverse.

use super::*;

// n hooks where hook k fails, panics or hangs at start.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Fault {
    Fail,
    Panic,
    Hang,
}

/// How many hooks, which one misbehaves and how.
#[derive(Clone)]
struct Plan {
    n: usize,
    k: usize,
    fault: Option<Fault>,
}

#[derive(Clone)]
struct Hooks;

#[provide]
fn hooks(lifecycle: &Lifecycle, plan: &Plan, events: &Events) -> Hooks {
    let Plan { n, k, fault } = *plan;
    for i in 1..=n {
        let (on_start, on_stop) = (events.clone(), events.clone());
        lifecycle.on_start_stop(
            format!("hook{i}"),
            move || async move {
                if i == k {
                    match fault {
                        Some(Fault::Fail) => return Err(format!("hook{i} refused").into()),
                        Some(Fault::Panic) => panic!("hook{i} exploded"),
                        Some(Fault::Hang) => pending::<()>().await,
                        None => {}
                    }
                }
                on_start.log(format!("start {i}"));
                Ok(())
            },
            move || async move {
                on_stop.log(format!("stop {i}"));
                Ok(())
            },
        );
    }
    Hooks
}

#[app(hooks, supply(plan: Plan, events: Events))]
struct Faulty;

#[tokio::test]
async fn a_failing_start_stops_exactly_the_started_hooks_in_reverse() {
    let n = 5;
    for fault in [Fault::Fail, Fault::Panic, Fault::Hang] {
        for k in 1..=n {
            let plan = Plan {
                n,
                k,
                fault: Some(fault),
            };
            let events = Events::default();
            let options = Options::default().start_timeout(Duration::from_millis(100));
            let exit = Faulty::start_with(options, plan, events.clone())
                .await
                .expect_err("start-up must fail");
            assert_eq!(exit.code(), 1, "{fault:?} at {k}: {exit}");
            let first = &exit.errors()[0];
            assert_eq!(
                first.component(),
                format!("hook{k}"),
                "{fault:?} at {k}: {exit}"
            );
            assert_eq!(first.phase(), Some(Phase::Start));
            match fault {
                Fault::Fail => assert!(matches!(first, Error::Failed { .. }), "{first}"),
                Fault::Panic => assert!(
                    matches!(first, Error::Panicked { message, .. } if message.contains("exploded")),
                    "{first}"
                ),
                Fault::Hang => assert!(matches!(first, Error::TimedOut { .. }), "{first}"),
            }
            let expected: Vec<String> = (1..k)
                .map(|i| format!("start {i}"))
                .chain((1..k).rev().map(|i| format!("stop {i}")))
                .collect();
            assert_eq!(events.take(), expected, "{fault:?} at {k}");
        }
    }
}

struct Third;

#[provide]
fn first(events: &Events) -> First {
    First(Noisy("first", events.clone()))
}

#[provide]
fn second(_first: &First, events: &Events) -> Second {
    Second(Noisy("second", events.clone()))
}

#[provide]
async fn third(_second: &Second) -> Result<Third, std::io::Error> {
    Err(std::io::Error::new(
        std::io::ErrorKind::ConnectionRefused,
        "connection refused",
    ))
}

#[invoke]
fn never(_third: &Third, events: &Events) {
    events.log("invoked");
}

#[app(first, second, third, never, supply(events: Events))]
struct FailingBuild;

#[tokio::test]
async fn a_failing_provider_names_itself_and_drops_built_values_in_reverse() {
    let events = Events::default();
    let exit = FailingBuild::start(events.clone())
        .await
        .expect_err("build fails");
    assert_eq!(exit.code(), 1);
    assert_eq!(exit.errors().len(), 1);
    assert_eq!(
        exit.errors()[0].chain().to_string(),
        "provider `third` failed: connection refused"
    );
    assert_eq!(events.take(), ["drop second", "drop first"]);
}

#[tokio::test]
async fn failing_and_panicking_invocations_abort_before_any_hook_starts() {
    let events = Events::default();
    let exit = FailingInvoke::start(events.clone())
        .await
        .expect_err("invocation fails");
    assert_eq!(
        exit.errors()[0].chain().to_string(),
        "invocation `InvokeBlock::check` failed: schema mismatch"
    );
    assert_eq!(events.take(), ["build seed"]);

    let exit =
        PanickingInvoke::run_with(Options::default().handle_signals(false), events.clone()).await;
    assert_eq!(exit.code(), 1);
    assert_eq!(
        exit.errors()[0].to_string(),
        "invocation `explode` panicked: invariant broken"
    );
    assert_eq!(events.take(), ["build seed"]);
}

// A provider that panics: named in the error, built values dropped in reverse.
struct Fourth;

#[provide]
fn fourth(_second: &Second) -> Fourth {
    panic!("fourth exploded");
}

#[app(first, second, fourth, supply(events: Events))]
struct PanickingBuild;

#[tokio::test]
async fn a_panicking_provider_names_itself_and_drops_built_values_in_reverse() {
    let events = Events::default();
    let exit = PanickingBuild::start(events.clone())
        .await
        .expect_err("build panics");
    assert_eq!(exit.code(), 1);
    assert_eq!(exit.errors().len(), 1, "{exit}");
    assert_eq!(
        exit.errors()[0].to_string(),
        "provider `fourth` panicked: fourth exploded"
    );
    assert_eq!(events.take(), ["drop second", "drop first"]);
}

// A provider that registers a hook and then panics, inside a stretch.
struct Doomed;

#[provide]
fn doomed(_first: &First, lifecycle: &Lifecycle, events: &Events) -> Doomed {
    let noisy = Noisy("doomed hook", events.clone());
    lifecycle.on_stop("doomed", move || async move {
        drop(noisy);
        Ok(())
    });
    panic!("doomed exploded");
}

#[app(first, doomed, supply(events: Events))]
struct DoomedApp;

#[tokio::test]
async fn a_provider_panic_in_a_stretch_releases_its_hooks_and_the_thread_builds_again() {
    let events = Events::default();
    let exit = DoomedApp::start(events.clone())
        .await
        .expect_err("build panics");
    assert_eq!(
        exit.errors()[0].to_string(),
        "provider `doomed` panicked: doomed exploded"
    );
    // The built values unwound; the hook it registered was dropped with
    // the lifecycle, not left behind on this thread.
    assert_eq!(events.take(), ["drop first", "drop doomed hook"]);
    // The same thread builds the next application normally.
    let exit = Diamond::start(events.clone())
        .await
        .expect("starts")
        .stop()
        .await;
    assert!(exit.is_success(), "{exit}");
    assert_eq!(events.take().len(), 12);
    // And a lifecycle outside any build counts its hooks.
    let lifecycle = Lifecycle::new();
    hooked(&lifecycle, &events, "loose");
    assert_eq!(lifecycle.len(), 1);
    assert!(format!("{lifecycle:?}").contains("loose"));
}
