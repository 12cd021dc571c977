//! What a user reads: doc examples they can copy, and docs that stay in
//! the repository.

use std::path::{Path, PathBuf};

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{dir:?}: {e}")) {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The visible lines of rustdoc in `source` (hidden `# ` example lines
/// left out), with their line numbers.
fn visible_doc_lines(source: &str) -> Vec<(usize, String)> {
    let mut in_code = false;
    let mut out = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let t = line.trim_start();
        let Some(doc) = t.strip_prefix("///").or_else(|| t.strip_prefix("//!")) else {
            continue;
        };
        let doc = doc.strip_prefix(' ').unwrap_or(doc);
        if doc.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code && (doc == "#" || doc.trim_start().starts_with("# ")) {
            continue;
        }
        out.push((i + 1, doc.to_owned()));
    }
    out
}

/// A user of `engin` cannot import `engin_core` (E0432): every example and
/// every path a user sees says `engin::...`.
#[test]
fn public_docs_never_name_the_engin_core_crate() {
    let mut sources = Vec::new();
    for dir in ["engin-core/src", "engin-macros/src", "src"] {
        files(&root().join(dir), "rs", &mut sources);
    }
    let mut found = Vec::new();
    for path in &sources {
        let text = std::fs::read_to_string(path).expect("read");
        for (line, doc) in visible_doc_lines(&text) {
            if doc.contains("engin_core") {
                found.push(format!("{}:{line}: {doc}", path.display()));
            }
        }
    }
    let mut pages = vec![root().join("README.md")];
    files(&root().join("docs"), "md", &mut pages);
    for path in &pages {
        let text = std::fs::read_to_string(path).expect("read");
        for (i, line) in text.lines().enumerate() {
            if line.contains("engin_core") {
                found.push(format!("{}:{}: {line}", path.display(), i + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "`engin_core` in user docs:\n{}",
        found.join("\n")
    );
    assert!(sources.len() > 10, "the sources were found");
}

#[test]
fn the_visible_lines_leave_hidden_example_lines_out() {
    let source = "/// ```\n/// # extern crate engin_core as engin;\n/// use engin::Lifecycle;\n/// ```\nfn f() {}\n";
    let lines: Vec<String> = visible_doc_lines(source)
        .into_iter()
        .map(|(_, l)| l)
        .collect();
    assert_eq!(lines, ["use engin::Lifecycle;"]);
}

/// The pages in `docs/` link only inside the repository, so they read the
/// same offline and in any copy of it.
#[test]
fn docs_link_only_inside_the_repository() {
    let mut pages = Vec::new();
    files(&root().join("docs"), "md", &mut pages);
    let mut found = Vec::new();
    for path in &pages {
        let text = std::fs::read_to_string(path).expect("read");
        for (i, line) in text.lines().enumerate() {
            if line.contains("http://") || line.contains("https://") {
                found.push(format!("{}:{}: {line}", path.display(), i + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "links outside the repository:\n{}",
        found.join("\n")
    );
}
