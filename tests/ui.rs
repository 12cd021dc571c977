//! Compile-error and compile-pass cases of the macros.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/fail/*.rs");
    t.pass("tests/ui/pass/*.rs");
}

/// Mistakes at the boundary of engin's own blocks (features `redis` and
/// `axum`).
#[cfg(all(feature = "redis", feature = "axum"))]
#[test]
fn ui_engin_blocks() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/blocks/*.rs");
}

/// What engin's macros generate stays out of the errors users read: no
/// hidden module, macro or item name in any reviewed `.stderr` (the `ui`
/// tests above check that each is what the compiler prints).
#[test]
fn errors_name_no_internals() {
    let hidden = [
        "__engin",
        "__private",
        "$crate",
        "__chain",
        "__assemble",
        "__derive_app",
        "macro `assemble`",
        "macro `chain`",
        "macro `derive_app`",
        "E0283",
        "type annotations needed",
    ];
    let mut checked = 0;
    let mut found = Vec::new();
    for dir in ["tests/ui/fail", "tests/ui/blocks"] {
        for entry in std::fs::read_dir(dir).expect("the UI cases") {
            let path = entry.expect("a UI case").path();
            if path.extension().is_some_and(|e| e == "stderr") {
                let text = std::fs::read_to_string(&path).expect("a .stderr file");
                checked += 1;
                for name in hidden {
                    if text.contains(name) {
                        found.push(format!("{}: {name}", path.display()));
                    }
                }
            }
        }
    }
    assert!(checked > 80, "only {checked} .stderr files found");
    assert!(
        found.is_empty(),
        "internal names in errors:\n{}",
        found.join("\n")
    );
}
