//! The application's graph as data (`App::graph()`), and its DOT and
//! Mermaid forms, against golden files and the guide.

mod common;

use common::golden;
use engin::{app, block, invoke, provide, Graph, Lifecycle, NodeKind};

// The quickstart example, as its own module: its graph is the one the guide
// shows.
#[allow(dead_code)]
#[path = "../examples/quickstart.rs"]
mod quickstart;

#[test]
fn the_quickstart_graph_matches_its_golden_files_and_the_guide() {
    let graph = quickstart::App::graph();
    golden("quickstart.dot", &graph.to_dot());
    golden("quickstart.mmd", &graph.to_mermaid());
    let guide = include_str!("../docs/guide.md");
    let block = format!("```mermaid\n{}```\n", graph.to_mermaid());
    assert!(
        guide.contains(&block),
        "docs/guide.md shows another graph of the quickstart than:\n{block}"
    );
}

mod a {
    #[derive(Clone)]
    pub(crate) struct Client;
}
mod b {
    #[derive(Clone)]
    pub(crate) struct Client;
}

#[derive(Clone)]
struct Args;
#[derive(Clone)]
struct Metrics;
#[derive(Clone)]
struct Tracer;
#[derive(Clone)]
struct Service;

#[provide]
fn a_client(_args: &Args) -> a::Client {
    a::Client
}

#[provide]
fn b_client() -> b::Client {
    b::Client
}

struct Telemetry;

#[block]
impl Telemetry {
    #[provide]
    fn metrics(_lifecycle: &Lifecycle) -> Metrics {
        Metrics
    }
}

#[provide]
fn service(_client: &a::Client, _metrics: Option<&Metrics>, _tracer: Option<Tracer>) -> Service {
    Service
}

#[invoke]
fn announce(_service: &Service) {}

#[app(announce, service, Telemetry, b_client, a_client, supply(args: Args))]
struct Full;

#[test]
fn nodes_are_supplied_values_then_steps_in_build_order_with_every_edge() {
    let graph: Graph = Full::graph();
    assert_eq!(graph.app(), "Full");
    let nodes: Vec<_> = graph
        .nodes()
        .iter()
        .map(|n| (n.kind, n.name, n.provides, n.block, n.hooks))
        .collect();
    assert_eq!(
        nodes,
        [
            (NodeKind::Supplied, "args", "Args", "", false),
            (NodeKind::Provider, "b_client", "b::Client", "", false),
            (NodeKind::Provider, "a_client", "a::Client", "", false),
            (
                NodeKind::Provider,
                "Telemetry::metrics",
                "Metrics",
                "Telemetry",
                true
            ),
            (NodeKind::Provider, "service", "Service", "", false),
            (NodeKind::Invocation, "announce", "", "", false),
        ]
    );
    let edges: Vec<_> = graph
        .edges()
        .iter()
        .map(|e| {
            (
                graph.nodes()[e.from].name,
                graph.nodes()[e.to].name,
                e.optional,
            )
        })
        .collect();
    // `a::Client` shares its name with `b::Client`: the compiler picks, the
    // graph shows both candidates. `Tracer` is provided by nobody: no edge.
    assert_eq!(
        edges,
        [
            ("args", "a_client", false),
            ("b_client", "service", false),
            ("a_client", "service", false),
            ("Telemetry::metrics", "service", true),
            ("service", "announce", false),
        ]
    );
}

#[test]
fn the_graph_needs_no_runtime_and_builds_nothing() {
    // No tokio runtime here, and no supplied value: describing builds
    // nothing (`a_client` would need the `Args`).
    let dot = Full::graph().to_dot();
    assert!(
        dot.contains("n0 [label=\"args: Args\", shape=note];"),
        "{dot}"
    );
    assert!(dot.contains("n3 -> n4 [style=dashed];"), "{dot}");
}
