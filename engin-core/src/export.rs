//! The application's graph as data: what `#[app]` worked out at compile
//! time, printable as Graphviz DOT or Mermaid.

use std::fmt::Write as _;

/// An application's dependency graph, as `#[app]` built it at compile time:
/// its providers, invocations and supplied values, the type each provides,
/// and which depends on which. Get it with the generated `App::graph()`; it
/// builds nothing and needs no runtime.
///
/// `App::graph().to_mermaid()` gives, for the guide's first application:
///
/// ```text
/// flowchart LR
///   n0["config<br/>Config"]
///   n1["client<br/>Client"]
///   n2(["announce"])
///   n0 --> n1
///   n1 --> n2
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Graph {
    app: &'static str,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
}

/// A provider, an invocation or a supplied value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// The name shown in errors and traces (`config`, `RedisBlock::client`),
    /// or the supplied value's parameter name.
    pub name: &'static str,
    /// What it is.
    pub kind: NodeKind,
    /// The type it provides, as written; empty for an invocation.
    pub provides: &'static str,
    /// The block it belongs to, as listed; empty outside blocks.
    pub block: &'static str,
    /// It takes the [`Lifecycle`](crate::Lifecycle) (and so may register
    /// start and stop hooks) or closes its value at stop
    /// (`#[provide(close = ..)]`).
    pub hooks: bool,
}

/// What a [`Node`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum NodeKind {
    /// A `#[provide]` function or struct.
    Provider,
    /// An `#[invoke]` function.
    Invocation,
    /// A value the caller passes to `run` or `start`.
    Supplied,
}

/// `to` takes the value of `from` (indices into [`Graph::nodes`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    /// The node whose value is taken.
    pub from: usize,
    /// The node that takes it.
    pub to: usize,
    /// Taken as `Option<&T>` / `Option<T>`.
    pub optional: bool,
}

impl Graph {
    /// Reads the description `#[app]` generated: one line per node, fields
    /// separated by tabs: kind (`p`, `i`, `u`), name, type, block, `h` when
    /// it has hooks, and the nodes it takes (`?` before an optional one).
    pub(crate) fn parse(app: &'static str, text: &'static str) -> Self {
        let mut nodes = Vec::new();
        let mut edges = Vec::new();
        for (to, line) in text.lines().enumerate() {
            let mut fields = line.split('\t');
            let mut next = || fields.next().unwrap_or("");
            let kind = match next() {
                "p" => NodeKind::Provider,
                "i" => NodeKind::Invocation,
                _ => NodeKind::Supplied,
            };
            let (name, provides, block, hooks) = (next(), next(), next(), next() == "h");
            for dep in next().split(',').filter(|d| !d.is_empty()) {
                let (optional, dep) = match dep.strip_prefix('?') {
                    Some(d) => (true, d),
                    None => (false, dep),
                };
                if let Ok(from) = dep.parse() {
                    edges.push(Edge { from, to, optional });
                }
            }
            nodes.push(Node {
                name,
                kind,
                provides,
                block,
                hooks,
            });
        }
        Graph { app, nodes, edges }
    }

    /// The application's name.
    pub fn app(&self) -> &'static str {
        self.app
    }

    /// The supplied values, then the providers and invocations in the order
    /// they are built and run.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// Who takes whose value. Where several provided types share a
    /// parameter's name, the compiler picks one: the graph has an edge to
    /// each of them.
    pub fn edges(&self) -> &[Edge] {
        &self.edges
    }

    /// The blocks, in order of first appearance, with their nodes.
    fn blocks(&self) -> Vec<(&'static str, Vec<usize>)> {
        let mut blocks: Vec<(&'static str, Vec<usize>)> = Vec::new();
        for (i, n) in self.nodes.iter().enumerate() {
            if n.block.is_empty() {
                continue;
            }
            match blocks.iter_mut().find(|(b, _)| *b == n.block) {
                Some((_, members)) => members.push(i),
                None => blocks.push((n.block, vec![i])),
            }
        }
        blocks
    }

    fn label(&self, n: &Node, newline: &str) -> String {
        let mut label = match n.kind {
            NodeKind::Supplied => format!("{}: {}", n.name, n.provides),
            NodeKind::Invocation => n.name.to_owned(),
            NodeKind::Provider if n.name == n.provides => n.name.to_owned(),
            NodeKind::Provider => format!("{}{newline}{}", n.name, n.provides),
        };
        if n.hooks {
            label.push_str(newline);
            label.push_str("(hooks)");
        }
        label
    }

    /// Graphviz DOT: providers are boxes, invocations ellipses, supplied
    /// values notes, blocks clusters, optional dependencies dashed. An edge
    /// goes from a value to what takes it. Render with `dot -Tsvg`.
    pub fn to_dot(&self) -> String {
        let quote = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
        let mut out = String::new();
        let _ = writeln!(out, "digraph \"{}\" {{", quote(self.app));
        out.push_str("  rankdir=LR;\n  node [shape=box];\n");
        for (k, (block, members)) in self.blocks().iter().enumerate() {
            let _ = writeln!(
                out,
                "  subgraph cluster_{k} {{\n    label=\"{}\";",
                quote(block)
            );
            for m in members {
                let _ = writeln!(out, "    n{m};");
            }
            out.push_str("  }\n");
        }
        for (i, n) in self.nodes.iter().enumerate() {
            let shape = match n.kind {
                NodeKind::Provider => "",
                NodeKind::Invocation => ", shape=ellipse",
                NodeKind::Supplied => ", shape=note",
            };
            let _ = writeln!(
                out,
                "  n{i} [label=\"{}\"{shape}];",
                quote(&self.label(n, "\n")).replace('\n', "\\n")
            );
        }
        for e in &self.edges {
            let style = if e.optional { " [style=dashed]" } else { "" };
            let _ = writeln!(out, "  n{} -> n{}{style};", e.from, e.to);
        }
        out.push_str("}\n");
        out
    }

    /// A Mermaid flowchart, with the same shapes as [`to_dot`](Self::to_dot):
    /// paste it in a fenced `mermaid` block on GitHub or in mdBook.
    pub fn to_mermaid(&self) -> String {
        // Mermaid's entity codes, so types such as `Arc<Config>` show as
        // written.
        let quote = |s: &str| {
            s.replace('#', "#35;")
                .replace('"', "#quot;")
                .replace('<', "#lt;")
                .replace('>', "#gt;")
        };
        let mut out = String::from("flowchart LR\n");
        let node = |i: usize, n: &Node| {
            let label = quote(&self.label(n, "\n")).replace('\n', "<br/>");
            match n.kind {
                NodeKind::Provider => format!("n{i}[\"{label}\"]"),
                NodeKind::Invocation => format!("n{i}([\"{label}\"])"),
                NodeKind::Supplied => format!("n{i}[/\"{label}\"/]"),
            }
        };
        let blocks = self.blocks();
        for (k, (block, members)) in blocks.iter().enumerate() {
            let _ = writeln!(out, "  subgraph b{k}[\"{}\"]", quote(block));
            for &m in members {
                let _ = writeln!(out, "    {}", node(m, &self.nodes[m]));
            }
            out.push_str("  end\n");
        }
        for (i, n) in self.nodes.iter().enumerate() {
            if n.block.is_empty() {
                let _ = writeln!(out, "  {}", node(i, n));
            }
        }
        for e in &self.edges {
            let arrow = if e.optional { "-.->" } else { "-->" };
            let _ = writeln!(out, "  n{} {arrow} n{}", e.from, e.to);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "u\targs\tArgs\t\t\t\n\
        p\tconfig\tConfig\t\t\t0\n\
        p\tDb::pool\tArc<Pool>\tDb\th\t1\n\
        p\tDb::cache\tCache\tDb\t\t?1\n\
        i\tannounce\t\t\t\t2,3\n";

    #[test]
    fn the_description_is_read_into_nodes_and_edges() {
        let g = Graph::parse("App", TEXT);
        assert_eq!(g.nodes().len(), 5);
        assert_eq!(g.nodes()[0].kind, NodeKind::Supplied);
        assert_eq!(g.nodes()[2].provides, "Arc<Pool>");
        assert!(g.nodes()[2].hooks && !g.nodes()[3].hooks);
        assert_eq!(g.nodes()[4].kind, NodeKind::Invocation);
        let edges: Vec<_> = g
            .edges()
            .iter()
            .map(|e| (e.from, e.to, e.optional))
            .collect();
        assert_eq!(
            edges,
            [
                (0, 1, false),
                (1, 2, false),
                (1, 3, true),
                (2, 4, false),
                (3, 4, false)
            ]
        );
    }

    #[test]
    fn dot_output() {
        assert_eq!(
            Graph::parse("App", TEXT).to_dot(),
            r#"digraph "App" {
  rankdir=LR;
  node [shape=box];
  subgraph cluster_0 {
    label="Db";
    n2;
    n3;
  }
  n0 [label="args: Args", shape=note];
  n1 [label="config\nConfig"];
  n2 [label="Db::pool\nArc<Pool>\n(hooks)"];
  n3 [label="Db::cache\nCache"];
  n4 [label="announce", shape=ellipse];
  n0 -> n1;
  n1 -> n2;
  n1 -> n3 [style=dashed];
  n2 -> n4;
  n3 -> n4;
}
"#
        );
    }

    #[test]
    fn mermaid_output() {
        assert_eq!(
            Graph::parse("App", TEXT).to_mermaid(),
            r#"flowchart LR
  subgraph b0["Db"]
    n2["Db::pool<br/>Arc#lt;Pool#gt;<br/>(hooks)"]
    n3["Db::cache<br/>Cache"]
  end
  n0[/"args: Args"/]
  n1["config<br/>Config"]
  n4(["announce"])
  n0 --> n1
  n1 --> n2
  n1 -.-> n3
  n2 --> n4
  n3 --> n4
"#
        );
    }

    #[test]
    fn quotes_in_names_are_escaped() {
        let g = Graph::parse("A \"b\"", "p\tf\tX<\"y\">\t\t\t\n");
        assert!(g.to_dot().contains(r#"digraph "A \"b\"""#));
        assert!(g.to_dot().contains(r#"label="f\nX<\"y\">""#));
        assert!(g.to_mermaid().contains("X#lt;#quot;y#quot;#gt;"));
    }
}
