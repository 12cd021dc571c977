#!/usr/bin/env bash
# The lowest versions engin declares: a project that depends on engin (with
# every feature) and nothing else, its lockfile with each of engin's direct
# dependencies at the lowest version its requirement allows (the rest
# resolved as usual), built and run: a requirement too low for engin's own
# code fails here instead of in a user's project. Cargo's own
# `-Z direct-minimal-versions` is nightly-only; this is the same check on
# stable. Where the rest of the tree needs more than engin's floor (libc
# for tokio's mio, say), that version is taken and said: no user can have
# less with that tree either.
#
#   bash scripts/min-versions.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
dir=$repo/target/min-versions
rm -rf "$dir"
mkdir -p "$dir/src"
cat >"$dir/Cargo.toml" <<TOML
[package]
name = "engin-min-versions"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
engin = { path = "$repo", features = ["config", "redis", "axum"] }
tokio = { version = "1", features = ["macros", "rt"] }

[workspace]
TOML
# A small application: the macros' generated code, and the runtime's start
# and stop, against the lowest versions.
cat >"$dir/src/main.rs" <<'RS'
use engin::{app, invoke, provide, Lifecycle, Options};

#[derive(Clone)]
struct Config(u16);

#[provide]
fn config() -> Config {
    Config(8080)
}

#[provide]
async fn store(config: &Config, lifecycle: &Lifecycle) -> Result<String, std::io::Error> {
    lifecycle.on_start_stop("store", || async { Ok(()) }, || async { Ok(()) });
    Ok(format!("store on {}", config.0))
}

#[invoke]
fn check(store: &String) {
    assert_eq!(store, "store on 8080");
}

#[app(config, store, check)]
struct App;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let options = Options::default().handle_signals(false);
    let running = App::start_with(options).await.expect("starts");
    assert!(running.stop().await.is_success());
    println!("min-versions: engin built and ran with its dependencies at their floors");
}
RS
cd "$dir"
cargo generate-lockfile -q
# Each direct dependency of engin's three crates, at the lowest version its
# requirement allows (`^1.45` is 1.45.0).
cargo metadata --format-version 1 --no-deps --manifest-path "$repo/Cargo.toml" | python3 -c '
import json, sys
seen = {}
for p in json.load(sys.stdin)["packages"]:
    if p["name"] not in ("engin", "engin-core", "engin-macros"):
        continue
    for d in p["dependencies"]:
        if d["kind"] is None and d.get("path") is None:
            v = d["req"].lstrip("^=~").split(",")[0].strip().split(".")
            v += ["0"] * (3 - len(v))
            seen[d["name"]] = ".".join(v)
# Those that depend on others first: lowering them first lowers what they
# ask of the rest.
first = ["axum", "redis", "figment", "hyper-util", "hyper", "tokio-util", "tower-service",
         "futures-util", "serde", "thiserror", "tracing", "tokio", "syn", "quote", "proc-macro2"]
for name in sorted(seen, key=lambda n: (first.index(n) if n in first else len(first), n)):
    print(name, seen[name])
' | while read -r name version; do
    echo "min-versions: $name $version" >&2
    floor=$version
    # `name@2` (or `name@0.7`): another major version may be in the tree.
    major=${version%%.*}
    [ "$major" != 0 ] || major=$(cut -d. -f1,2 <<<"$version")
    until out=$(cargo update -q -p "$name@$major" --precise "$version" 2>&1); do
        # Another crate's requirement rules the floor out.
        needed=$(sed -n "s/.*failed to select a version for the requirement \`$name = \"^\([0-9.]*\)\"\`.*/\1/p" <<<"$out" | head -n 1)
        if [ -z "$needed" ] || [ "$needed" = "$version" ]; then
            echo "$out" >&2
            echo "min-versions: $name cannot be taken at $floor" >&2
            exit 1
        fi
        version=$needed
    done
    [ "$version" = "$floor" ] || echo "min-versions: $name at $version, not $floor: the rest of the tree needs it" >&2
done
cargo run -q
