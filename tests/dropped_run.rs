//! What happens to the process when an application's future or handle goes
//! away, and signals with `start()`: each case runs in a child process (this
//! binary, started again with `ENGIN_CHILD` naming the case), because it
//! sends real signals to the process it checks. Its own harness
//! (`harness = false`), so that the child can be this same binary.

mod common;

use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use engin::{app, provide, CancellationToken, Lifecycle, Options};

/// What a child observes, supplied to the application.
#[derive(Clone, Default)]
struct Probe {
    stop_ran: Arc<AtomicBool>,
    task_dropped: Arc<AtomicBool>,
    token: Arc<Mutex<Option<CancellationToken>>>,
}

struct SetOnDrop(Arc<AtomicBool>);

impl Drop for SetOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

#[derive(Clone)]
struct Resident;

#[provide]
fn resident(lifecycle: &Lifecycle, probe: &Probe) -> Resident {
    let stop_ran = probe.stop_ran.clone();
    lifecycle.on_start_stop(
        "resident",
        || async { Ok(()) },
        || async move {
            stop_ran.store(true, Ordering::SeqCst);
            Ok(())
        },
    );
    let probe = probe.clone();
    lifecycle.add_task("resident task", |cancel| async move {
        *probe.token.lock().unwrap() = Some(cancel);
        let _dropped = SetOnDrop(probe.task_dropped.clone());
        // Never looks at its token: only an abort ends it.
        std::future::pending::<()>().await;
        Ok(())
    });
    Resident
}

#[app(resident, supply(probe: Probe))]
struct App;

#[derive(Clone)]
struct SlowStart;

#[provide]
fn slow_start(lifecycle: &Lifecycle) -> SlowStart {
    lifecycle.on_start("slow", || async {
        say("starting");
        tokio::time::sleep(Duration::from_secs(30)).await;
        Ok(())
    });
    SlowStart
}

#[app(slow_start)]
struct SlowApp;

fn say(line: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

fn runtime(flavor: &str) -> tokio::runtime::Runtime {
    match flavor {
        "current" => tokio::runtime::Builder::new_current_thread(),
        _ => tokio::runtime::Builder::new_multi_thread(),
    }
    .enable_all()
    .build()
    .unwrap()
}

/// The child's side of each case.
fn child(case: &str, flavor: &str) {
    runtime(flavor).block_on(async {
        match case {
            "dropped-run" => {
                let probe = Probe::default();
                // `run` listens to signals by default.
                let run = tokio::time::timeout(Duration::from_millis(200), App::run(probe.clone()));
                assert!(run.await.is_err(), "the application runs until dropped");
                for (flag, what) in [
                    (&probe.task_dropped, "task dropped"),
                    (&probe.stop_ran, "stop ran"),
                ] {
                    if common::eventually(flag, Duration::from_secs(5)).await {
                        say(what);
                    }
                }
                let token = probe.token.lock().unwrap().clone().expect("the task ran");
                if token.is_cancelled() {
                    say("token cancelled");
                }
                say("waiting");
                tokio::time::sleep(Duration::from_secs(30)).await;
                say("survived");
            }
            "start-listens" => {
                let probe = Probe::default();
                let options = Options::default().handle_signals(true);
                let running = App::start_with(options, probe.clone())
                    .await
                    .expect("starts");
                say("started");
                let exit = running.wait().await;
                say(&format!(
                    "exit {} {}",
                    exit.code(),
                    exit.reason().unwrap_or("")
                ));
                if probe.stop_ran.load(Ordering::SeqCst) {
                    say("stop ran");
                }
            }
            "start-listens-during-start-up" => {
                let options = Options::default().handle_signals(true);
                match SlowApp::start_with(options).await {
                    Ok(_) => say("started"),
                    Err(exit) => say(&format!("not started {}", exit.code())),
                }
            }
            "run-ended" => {
                // `run` listened; once it has returned, the thread blocks
                // without giving the runtime a chance to run anything.
                let options = Options::default().handle_signals(true);
                let exit =
                    App::run_until_with(options, std::future::ready(()), Probe::default()).await;
                assert!(exit.is_success(), "{exit}");
                say("returned");
                std::thread::sleep(Duration::from_secs(30));
                say("survived");
            }
            "start-does-not-listen" => {
                let running = App::start(Probe::default()).await.expect("starts");
                say("waiting");
                tokio::time::sleep(Duration::from_secs(30)).await;
                say("survived");
                drop(running.stop().await);
            }
            other => panic!("unknown case {other}"),
        }
    });
}

/// Starts this binary as the child for `case` on a `flavor` runtime.
fn spawn(case: &str, flavor: &str) -> common::Spawned {
    let mut cmd = Command::new(std::env::current_exe().expect("this binary"));
    cmd.env("ENGIN_CHILD", case)
        .env("ENGIN_CHILD_FLAVOR", flavor);
    common::spawn(cmd)
}

const SIGTERM: i32 = 15;

/// The child ends by `signal` within 5 s, its default action.
fn killed_by(mut spawned: common::Spawned, signal: i32) -> Vec<String> {
    use std::os::unix::process::ExitStatusExt;
    assert!(
        common::exits_within(&mut spawned.child, Duration::from_secs(5)),
        "still running 5 s after the signal"
    );
    let status = spawned.child.wait().expect("wait");
    let rest: Vec<String> = spawned.lines.try_iter().collect();
    assert_eq!(status.signal(), Some(signal), "{status:?}, then {rest:?}");
    rest
}

fn dropping_run_stops_everything_and_signals_are_fatal_again(flavor: &str) {
    let child = spawn("dropped-run", flavor);
    let seen = child.expect_line("waiting");
    assert_eq!(
        seen,
        ["task dropped", "stop ran", "token cancelled", "waiting"]
    );
    // Were engin's handler still counting for nobody, this would be ignored.
    common::signal(child.child.id(), "TERM");
    let rest = killed_by(child, SIGTERM);
    assert!(rest.is_empty(), "{rest:?}");
}

fn start_with_signals_on_listens_as_run_does(flavor: &str) {
    let child = spawn("start-listens", flavor);
    child.expect_line("started");
    common::signal(child.child.id(), "TERM");
    let (code, rest, stderr) = child.finish();
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(rest, ["exit 0 SIGTERM received", "stop ran"], "{stderr}");
}

fn start_with_signals_on_is_interrupted_during_start_up(flavor: &str) {
    let child = spawn("start-listens-during-start-up", flavor);
    child.expect_line("starting");
    common::signal(child.child.id(), "TERM");
    let (code, rest, stderr) = child.finish();
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(rest, ["not started 143"], "{stderr}");
}

fn once_run_has_returned_signals_are_fatal_at_once(flavor: &str) {
    let child = spawn("run-ended", flavor);
    child.expect_line("returned");
    common::signal(child.child.id(), "TERM");
    let rest = killed_by(child, SIGTERM);
    assert!(rest.is_empty(), "{rest:?}");
}

fn start_does_not_listen_by_default(flavor: &str) {
    let child = spawn("start-does-not-listen", flavor);
    child.expect_line("waiting");
    common::signal(child.child.id(), "TERM");
    let rest = killed_by(child, SIGTERM);
    assert!(rest.is_empty(), "{rest:?}");
}

/// A case's name and its parent side, given the runtime flavour.
type Case = (&'static str, fn(&str));

fn main() {
    if let Ok(case) = std::env::var("ENGIN_CHILD") {
        let flavor = std::env::var("ENGIN_CHILD_FLAVOR").unwrap_or_default();
        return child(&case, &flavor);
    }
    let cases: [Case; 5] = [
        (
            "dropping_run_stops_everything_and_signals_are_fatal_again",
            dropping_run_stops_everything_and_signals_are_fatal_again,
        ),
        (
            "start_with_signals_on_listens_as_run_does",
            start_with_signals_on_listens_as_run_does,
        ),
        (
            "start_with_signals_on_is_interrupted_during_start_up",
            start_with_signals_on_is_interrupted_during_start_up,
        ),
        (
            "once_run_has_returned_signals_are_fatal_at_once",
            once_run_has_returned_signals_are_fatal_at_once,
        ),
        (
            "start_does_not_listen_by_default",
            start_does_not_listen_by_default,
        ),
    ];
    let (mut passed, mut failed) = (0, 0);
    for (name, case) in cases {
        for flavor in ["current", "multi"] {
            let result = std::panic::catch_unwind(|| case(flavor));
            let verdict = if result.is_ok() { "ok" } else { "FAILED" };
            println!("test {name} ({flavor}-thread runtime) ... {verdict}");
            if result.is_ok() {
                passed += 1;
            } else {
                failed += 1;
            }
        }
    }
    let verdict = if failed == 0 { "ok" } else { "FAILED" };
    println!("\ntest result: {verdict}. {passed} passed; {failed} failed; 0 ignored; 0 measured; 0 filtered out\n");
    if failed > 0 {
        std::process::exit(101);
    }
}
