//! `on_started` and `on_stopping`: their order against the other hooks, and
//! what a failure, a panic, a hang or a shutdown request in them does, in
//! both modes (along the graph and one at a time).

mod common;

use std::time::Duration;

use common::Events;
use engin::{app, provide, BoxError, Lifecycle, Options, Shutdown};

/// What the phase hooks of the application do.
#[derive(Clone, Copy, Default)]
enum Fault {
    #[default]
    None,
    StartedFails,
    StartedPanics,
    StartedRequestsShutdown,
    StoppingFails,
    StoppingHangs,
}

#[derive(Clone, Default)]
struct Plan(Fault);

#[derive(Clone)]
struct Config;

#[derive(Clone)]
struct Client;

#[provide]
fn config(lifecycle: &Lifecycle, events: &Events, plan: &Plan) -> Config {
    let (a, b, c, d) = (
        events.clone(),
        events.clone(),
        events.clone(),
        events.clone(),
    );
    lifecycle.on_start_stop(
        "config",
        move || async move {
            a.log("start config");
            Ok(())
        },
        move || async move {
            b.log("stop config");
            Ok(())
        },
    );
    let fault = plan.0;
    lifecycle.on_started("config ready", move || async move {
        c.log("on_started config");
        match fault {
            Fault::StartedFails => Err("the registry refused".into()),
            Fault::StartedPanics => panic!("the registry broke"),
            _ => Ok(()),
        }
    });
    lifecycle
        .hook("config leaving")
        .stop_timeout(Duration::from_millis(200))
        .on_stopping(move || async move {
            d.log("on_stopping config");
            if let Fault::StoppingHangs = fault {
                std::future::pending::<()>().await;
            }
            Ok(())
        });
    Config
}

#[provide]
fn client(
    _config: &Config,
    lifecycle: &Lifecycle,
    events: &Events,
    plan: &Plan,
    shutdown: &Shutdown,
) -> Client {
    let (a, b, c, d) = (
        events.clone(),
        events.clone(),
        events.clone(),
        events.clone(),
    );
    lifecycle.on_start_stop(
        "client",
        move || async move {
            tokio::time::sleep(Duration::from_millis(20)).await;
            a.log("start client");
            Ok(())
        },
        move || async move {
            b.log("stop client");
            Ok(())
        },
    );
    let (fault, shutdown) = (plan.0, shutdown.clone());
    lifecycle.on_started("client ready", move || async move {
        c.log("on_started client");
        if let Fault::StartedRequestsShutdown = fault {
            shutdown.request("asked during on_started");
            std::future::pending::<()>().await;
        }
        Ok(())
    });
    lifecycle.on_stopping("client leaving", move || async move {
        d.log("on_stopping client");
        match fault {
            Fault::StoppingFails => Err::<(), BoxError>("deregistration refused".into()),
            _ => Ok(()),
        }
    });
    Client
}

#[app(config, client, supply(events: Events, plan: Plan))]
struct Phased;

/// Runs the application with `fault` until it has started (or failed),
/// then stops it; returns the exit code, the errors and the events.
async fn run(fault: Fault, sequential: bool) -> (u8, Vec<String>, Vec<String>) {
    let events = Events::default();
    let options = Options::default()
        .sequential(sequential)
        .handle_signals(false);
    let exit = match Phased::start_with(options, events.clone(), Plan(fault)).await {
        Ok(running) => running.stop().await,
        Err(exit) => exit,
    };
    let errors = exit
        .errors()
        .iter()
        .map(|e| e.chain().to_string())
        .collect();
    (exit.code(), errors, events.take())
}

#[tokio::test]
async fn on_started_runs_after_every_start_hook_in_order_and_on_stopping_before_every_stop_hook_in_reverse(
) {
    for sequential in [false, true] {
        let (code, errors, events) = run(Fault::None, sequential).await;
        assert_eq!((code, errors), (0, vec![]));
        assert_eq!(
            events,
            [
                "start config",
                "start client",
                "on_started config",
                "on_started client",
                "on_stopping client",
                "on_stopping config",
                "stop client",
                "stop config",
            ],
            "sequential: {sequential}"
        );
    }
}

#[tokio::test]
async fn a_failing_on_started_hook_fails_start_up_and_stops_everything_that_started() {
    for sequential in [false, true] {
        let (code, errors, events) = run(Fault::StartedFails, sequential).await;
        assert_eq!(code, 1);
        assert_eq!(
            errors,
            ["on_started hook `config ready` failed: the registry refused"]
        );
        // The next on_started hook and every on_stopping hook never run.
        assert_eq!(
            events,
            [
                "start config",
                "start client",
                "on_started config",
                "stop client",
                "stop config"
            ],
            "sequential: {sequential}"
        );
    }
}

#[tokio::test]
async fn a_panicking_on_started_hook_is_named_and_everything_still_stops() {
    let (code, errors, events) = run(Fault::StartedPanics, false).await;
    assert_eq!(code, 1);
    assert_eq!(
        errors,
        ["on_started hook `config ready` panicked: the registry broke"]
    );
    assert_eq!(&events[events.len() - 2..], ["stop client", "stop config"]);
}

#[tokio::test]
async fn a_shutdown_requested_during_on_started_abandons_it_and_stops_cleanly() {
    let (code, errors, events) = run(Fault::StartedRequestsShutdown, false).await;
    assert_eq!((code, errors), (0, vec![]));
    assert_eq!(
        events,
        [
            "start config",
            "start client",
            "on_started config",
            "on_started client",
            "stop client",
            "stop config"
        ]
    );
}

#[tokio::test]
async fn a_failing_on_stopping_hook_is_reported_and_does_not_prevent_the_stop() {
    let (code, errors, events) = run(Fault::StoppingFails, false).await;
    assert_eq!(code, 1);
    assert_eq!(
        errors,
        ["on_stopping hook `client leaving` failed: deregistration refused"]
    );
    assert_eq!(
        &events[4..],
        [
            "on_stopping client",
            "on_stopping config",
            "stop client",
            "stop config"
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn an_on_stopping_hook_that_hangs_is_cut_at_its_limit_and_the_stop_goes_on() {
    let (code, errors, events) = run(Fault::StoppingHangs, false).await;
    assert_eq!(code, 1);
    assert_eq!(
        errors,
        ["on_stopping hook `config leaving` timed out after 200ms and was abandoned"]
    );
    assert_eq!(&events[events.len() - 2..], ["stop client", "stop config"]);
}
