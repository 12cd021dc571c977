#!/usr/bin/env bash
# What collections and decorators cost: `composed_N` is the benchmark graph
# of graph.sh (`engin_N`) plus 100 `#[provide(collect)]` contributions to one
# `All<Item>` and 100 `#[decorate]` functions on distinct provided types.
# Both crates are built in target directories of their own, then timed in
# alternation: `cargo check` and `cargo build --release` of the crate itself
# (ROUNDS times each), and the binaries' build + start + stop (cold: first
# run in a fresh process; warm: median of 21 more) 51 times. Prints medians
# and the medians of the paired ratios composed/engin.
#
#   bash benches/composed.sh [N] [ROUNDS]      (default: 1000 3)
set -euo pipefail

cd "$(dirname "$0")/.."
repo=$(pwd)
n=${1:-1000}
rounds=${2:-3}
runs=51
out=$repo/target/bench-graph
export CARGO_BUILD_JOBS=2 CARGO_INCREMENTAL=0
unset CARGO_TARGET_DIR CARGO_BUILD_TARGET_DIR
log() { echo "[composed.sh $(date +%H:%M:%S)] $*" >&2; }

. benches/generator.sh
gen=$(graph_gen)
mkdir -p "$out"
"$gen" "$n" "$out" >&2
kinds=(engin composed)
for kind in "${kinds[@]}"; do
    d=$out/${kind}_$n
    log "$kind: dependencies (untimed)"
    (cd "$d" && CARGO_TARGET_DIR=$d/target cargo check -q && CARGO_TARGET_DIR=$d/target cargo build --release -q)
done
times=$(mktemp)
trap 'rm -f "$times" "$times.t"' EXIT
timed() { # kind cargo-args.. -> seconds
    local d=$out/$1_$n
    shift
    touch "$d/src/main.rs"
    (cd "$d" && CARGO_TARGET_DIR=$d/target /usr/bin/time -f "%e" -o "$times.t" cargo "$@" -q)
    tail -n 1 "$times.t"
}
for r in $(seq "$rounds"); do
    for kind in "${kinds[@]}"; do
        log "$kind: round $r"
        printf '%s\tcheck\t%s\n' "$kind" "$(timed "$kind" check)" >>"$times"
        printf '%s\tbuild\t%s\n' "$kind" "$(timed "$kind" build --release)" >>"$times"
    done
done
log "$runs alternating runs of the binaries"
for _ in $(seq "$runs"); do
    for kind in "${kinds[@]}"; do
        read -r cold warm < <("$out/${kind}_$n/target/release/${kind}_$n")
        printf '%s\tcold\t%s\n%s\twarm\t%s\n' "$kind" "$cold" "$kind" "$warm" >>"$times"
    done
done
python3 - "$times" "$n" <<'EOF'
import statistics, sys
rows = [l.split("\t") for l in open(sys.argv[1]).read().splitlines() if l]
n = sys.argv[2]
def series(kind, what):
    return [float(v) for k, w, v in rows if k == kind and w == what]
print(f"N = {n}: composed_{n} (+100 contributions, +100 decorators) against engin_{n}\n")
print("| measure | engin | composed | composed/engin (median of paired ratios) |")
print("|---|---|---|---|")
for what, unit, scale in [("check", "s", 1), ("build", "s", 1), ("cold", "µs", 1e-3), ("warm", "µs", 1e-3)]:
    e, c = series("engin", what), series("composed", what)
    ratio = statistics.median(b / a for a, b in zip(e, c))
    print(f"| {what} | {statistics.median(e) * scale:.2f} {unit} | {statistics.median(c) * scale:.2f} {unit} | {ratio:.2f}x |")
EOF
