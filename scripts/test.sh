#!/usr/bin/env bash
# The whole test suite: unit, integration (real processes, signals and a real
# redis-server), trybuild UI tests and doc tests, with every feature; then
# each feature alone (and none) built, linted, and its own tests run.
set -euo pipefail
cd "$(dirname "$0")/.."

# The Redis tests start their own redis-server on a free loopback port.
if ! command -v redis-server >/dev/null 2>&1; then
    echo "installing redis-server from Debian's packages" >&2
    SUDO=""
    if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
fi

# The HTTP block's defaults differ in a Kubernetes pod (see
# docs/kubernetes.md); the tests expect a plain machine's, also when CI runs
# in a pod.
unset KUBERNETES_SERVICE_HOST

began_all=$(date +%s)
log=$(mktemp)
ui_log=$(mktemp)
ui_pid=""
trap 'rm -f "$log" "$ui_log"; [ -z "$ui_pid" ] || kill "$ui_pid" 2>/dev/null || true' EXIT
timings=()
# Runs a step, its output kept for the closing count, and its time noted.
step() {
    local name=$1 began
    shift
    began=$(date +%s)
    "$@" 2>&1 | tee -a "$log"
    timings+=("$(printf '%5ds  %s' $(($(date +%s) - began)) "$name")")
}

# Every target but the benchmarks, which the feature steps below build and
# lint (and which test nothing). The UI cases run beside the other tests:
# trybuild keeps both processors busy building them, while the other tests
# mostly wait on timers, signals, sockets and child processes.
step "build every test, all features" cargo test --workspace --all-features --lib --bins --tests --examples --no-run
# The workspace's packages and targets, read once for this step and the
# feature steps below.
metadata=$(cargo metadata --no-deps --format-version 1)
others=$(python3 -c '
import json, sys
for p in json.load(sys.stdin)["packages"]:
    for t in p["targets"]:
        if "test" in t["kind"] and t["name"] != "ui":
            print("--test", t["name"])
' <<<"$metadata")
ui_began=$(date +%s)
cargo test --workspace --all-features --test ui >"$ui_log" 2>&1 &
ui_pid=$!
# shellcheck disable=SC2086 # one word per flag
step "every other test, all features" cargo test --workspace --all-features --lib --bins --examples $others
step "doc tests, all features" cargo test --workspace --all-features --doc
ui_rc=0
wait "$ui_pid" || ui_rc=$?
ui_pid=""
tee -a "$log" <"$ui_log"
timings+=("$(printf '%5ds  %s' $(($(date +%s) - ui_began)) "the UI cases, all features (beside the two steps above)")")
if [ "$ui_rc" != 0 ]; then
    echo "the UI cases failed" >&2
    exit "$ui_rc"
fi

# Features stay independent: the facade crate with none, and with each
# feature alone, builds and lints every target that feature enables, and
# runs its unit tests and the test targets that need no more than it (the
# tests that need no feature ran above, with every feature). The features
# and targets come from Cargo.toml.
plan=$(python3 -c '
import json, sys
pkg = next(p for p in json.load(sys.stdin)["packages"] if p["name"] == "engin")
features = pkg["features"]
def enabled(f):
    out, todo = set(), [f]
    while todo:
        g = todo.pop()
        if g in out or g not in features:
            continue
        out.add(g)
        todo.extend(x for x in features[g] if not x.startswith("dep:") and "/" not in x)
    return out
for f in [""] + sorted(x for x in features if x != "default"):
    on = enabled(f) if f else set()
    tests = sorted(t["name"] for t in pkg["targets"] if "test" in t["kind"]
                   and t.get("required-features") and set(t["required-features"]) <= on)
    print(f or "-", " ".join(tests))
' <<<"$metadata")
while read -r feature tests; do
    flags=(-p engin --no-default-features)
    if [ "$feature" != "-" ]; then flags+=(--features "$feature"); fi
    name=${feature/-/no feature}
    step "$name: build and lint every target" cargo clippy "${flags[@]}" --all-targets -- -D warnings
    targets=(--lib)
    for t in $tests; do targets+=(--test "$t"); done
    step "$name: unit tests${tests:+ and tests/ $tests}" cargo test "${flags[@]}" "${targets[@]}"
done <<<"$plan"

# One closing line for the whole suite, and where the time went.
awk '/^test result:/ { passed += $4; failed += $6 } END { printf "\nengin: %d passed, %d failed\n", passed, failed }' "$log"
printf '%s\n' "${timings[@]}"
printf '%5ds  total\n' $(($(date +%s) - began_all))
