//! The timeline of a run: every step and hook with its times and outcome,
//! the critical path, its JSON and its Mermaid Gantt chart (pinned by a
//! golden file, on tokio's paused clock so the times are exact), and the
//! ways to get it: `Running::timeline`, `Exit::timeline`, `ENGIN_TIMELINE`
//! and the quickstart's `--timeline`.

mod common;

use std::time::Duration;

use engin::timeline::{Kind, Outcome};
use engin::{app, invoke, provide, Lifecycle, Options};

#[derive(Clone)]
struct Config;

#[derive(Clone)]
struct Database;

#[derive(Clone)]
struct Cache;

#[derive(Clone)]
struct Server;

/// A hook that takes `start` ms to start and `stop` ms to stop.
fn timed(lifecycle: &Lifecycle, name: &'static str, start: u64, stop: u64) {
    lifecycle.on_start_stop(
        name,
        move || async move {
            tokio::time::sleep(Duration::from_millis(start)).await;
            Ok(())
        },
        move || async move {
            tokio::time::sleep(Duration::from_millis(stop)).await;
            Ok(())
        },
    );
}

#[provide]
fn config() -> Config {
    Config
}

#[provide]
async fn database(_config: &Config, lifecycle: &Lifecycle) -> Database {
    tokio::time::sleep(Duration::from_millis(5)).await;
    timed(lifecycle, "database", 100, 10);
    Database
}

#[provide]
fn cache(lifecycle: &Lifecycle) -> Cache {
    timed(lifecycle, "cache", 50, 40);
    Cache
}

#[provide]
fn server(_db: &Database, lifecycle: &Lifecycle) -> Server {
    timed(lifecycle, "server", 20, 30);
    lifecycle.on_started("announce", || async {
        tokio::time::sleep(Duration::from_millis(3)).await;
        Ok(())
    });
    lifecycle.on_stopping("deregister", || async {
        tokio::time::sleep(Duration::from_millis(7)).await;
        Ok(())
    });
    Server
}

#[invoke]
fn check(_server: &Server, _cache: &Cache) {}

#[app(config, database, cache, server, check)]
struct Timed;

fn options() -> Options {
    Options::default().timeline(true).handle_signals(false)
}

#[tokio::test(start_paused = true)]
async fn a_run_records_every_step_and_hook_and_its_gantt_chart_matches_the_golden_file() {
    let running = Timed::start_with(options()).await.expect("started");
    // While running: the build, the start and on_started.
    let so_far = running.timeline().expect("recorded");
    assert!(so_far.entries().iter().all(|e| e.kind != Kind::Stop));
    assert_eq!(
        so_far
            .entries()
            .iter()
            .filter(|e| e.kind == Kind::Start)
            .count(),
        3
    );
    let exit = running.stop().await;
    assert!(exit.is_success(), "{exit}");
    let timeline = exit.timeline().expect("recorded");
    let names = |kind: Kind| -> Vec<&str> {
        let mut names: Vec<&str> = timeline
            .entries()
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| &*e.name)
            .collect();
        names.sort_unstable();
        names
    };
    assert_eq!(
        names(Kind::Provide),
        ["cache", "config", "database", "server"]
    );
    assert_eq!(names(Kind::Invoke), ["check"]);
    assert_eq!(names(Kind::Start), ["cache", "database", "server"]);
    assert_eq!(names(Kind::Started), ["announce"]);
    assert_eq!(names(Kind::Stopping), ["deregister"]);
    assert_eq!(names(Kind::Stop), ["cache", "database", "server"]);
    assert!(timeline.entries().iter().all(|e| e.outcome == Outcome::Ok));
    // The start's critical path: database (100 ms), then server (20 ms);
    // the stop's: server (30 ms), then database (10 ms); cache is off both.
    let critical: Vec<(Kind, &str)> = timeline
        .entries()
        .iter()
        .filter(|e| e.critical)
        .map(|e| (e.kind, &*e.name))
        .collect();
    assert_eq!(
        critical,
        [
            (Kind::Start, "database"),
            (Kind::Start, "server"),
            (Kind::Stop, "server"),
            (Kind::Stop, "database"),
        ]
    );
    common::golden("timeline.mmd", &timeline.to_mermaid());
    let guide = include_str!("../docs/guide.md");
    assert!(
        guide.contains(&format!("```mermaid\n{}```\n", timeline.to_mermaid())),
        "docs/guide.md shows another timeline"
    );
    let json = timeline.to_json();
    assert!(json.starts_with(r#"{"app":"Timed","entries":[{"name":"config","kind":"provide","start_ms":0.000,"end_ms":0.000,"outcome":"ok","critical":false}"#), "{json}");
    assert!(json.contains(r#"{"name":"database","kind":"start","start_ms":5.000,"end_ms":105.000,"outcome":"ok","critical":true}"#), "{json}");
}

#[derive(Clone)]
struct Failing;

#[provide]
fn failing(lifecycle: &Lifecycle) -> Failing {
    lifecycle
        .hook("slow")
        .start_timeout(Duration::from_millis(30))
        .on_start(std::future::pending);
    lifecycle.on_start("broken", || async { Err("refused".into()) });
    Failing
}

#[app(failing)]
struct Broken;

#[tokio::test(start_paused = true)]
async fn a_failed_start_is_in_the_timeline_with_its_outcome() {
    let exit = match Broken::start_with(options().sequential(true)).await {
        Ok(_) => panic!("the start fails"),
        Err(exit) => exit,
    };
    let timeline = exit.timeline().expect("recorded");
    let starts: Vec<(&str, Outcome, Duration)> = timeline
        .entries()
        .iter()
        .filter(|e| e.kind == Kind::Start)
        .map(|e| (&*e.name, e.outcome, e.end - e.start))
        .collect();
    assert_eq!(
        starts,
        [("slow", Outcome::Abandoned, Duration::from_millis(30))]
    );
    assert!(timeline.to_mermaid().contains("slow (abandoned) :"));
}

#[tokio::test]
async fn nothing_is_recorded_unless_asked_for() {
    let running = Timed::start_with(Options::default().handle_signals(false))
        .await
        .expect("started");
    assert!(running.timeline().is_none());
    assert!(running.stop().await.timeline().is_none());
}

#[test]
fn the_quickstart_prints_its_timeline_with_flag_and_writes_it_where_engin_timeline_says() {
    let mut cmd = std::process::Command::new(common::example("quickstart", &[]));
    cmd.arg("--timeline");
    let (code, lines, _) = common::spawn(cmd).finish();
    assert_eq!(code, Some(0));
    let at = lines
        .iter()
        .position(|l| l == "gantt")
        .expect("a Gantt chart");
    let chart = lines[at..].join("\n");
    for row in [
        "section build",
        "config :",
        "section start",
        "store client :crit, ",
        "section stop",
    ] {
        assert!(chart.contains(row), "no `{row}` in:\n{chart}");
    }

    let path = std::env::temp_dir().join(format!("engin-timeline-{}.json", std::process::id()));
    let mut cmd = std::process::Command::new(common::example("quickstart", &[]));
    cmd.env("ENGIN_TIMELINE", &path);
    let (code, _, _) = common::spawn(cmd).finish();
    assert_eq!(code, Some(0));
    let json = std::fs::read_to_string(&path).expect("the timeline was written");
    let _ = std::fs::remove_file(&path);
    assert!(json.starts_with(r#"{"app":"App","entries":["#), "{json}");
    assert!(
        json.contains(r#""name":"store client","kind":"stop""#),
        "{json}"
    );
}
