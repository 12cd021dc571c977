#!/usr/bin/env bash
# The generated engin_N (see graph.sh) built against an earlier commit of
# engin and against this tree, timed in alternation: 6 edits of one
# provider's body each followed by an incremental `cargo check`, 5
# `cargo check`s, 2 release builds (time and peak memory) and 31 runs
# (cold and warm build + start + stop) of each, and the release binary's
# size. Prints medians and the medians of the paired ratios now/then.
#
#   bash benches/ab.sh REV [N]        (N defaults to 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
rev=${1:?usage: bash benches/ab.sh REV [N]}
n=${2:-1000}
out=$repo/target/bench-graph
export CARGO_BUILD_JOBS=2 CARGO_INCREMENTAL=0
unset CARGO_TARGET_DIR CARGO_BUILD_TARGET_DIR
then_tree=$out/then-tree
rm -rf "$then_tree"
git worktree prune
git worktree add -f --detach "$then_tree" "$rev" >&2
trap 'git worktree remove --force "$then_tree"' EXIT
. benches/generator.sh
. benches/edit.sh
gen=$(graph_gen)
"$gen" "$n" "$out" >&2
declare -A tree=([then]=$then_tree [now]=$repo)
for k in then now; do
    d=$out/ab_${k}_$n
    rm -rf "$d"
    mkdir -p "$d"
    cp -r "$out/engin_$n/src" "$out/engin_$n/Cargo.toml" "$out/engin_$n/Cargo.lock" "$d"/
    sed -i "s|^engin = .*|engin = { path = '${tree[$k]}' }|; s|^name = \"engin_$n\"|name = \"ab_${k}_$n\"|" "$d/Cargo.toml"
    # Trees from before `Options::sequential` run the default mode.
    grep -q "fn sequential" "${tree[$k]}/engin-core/src/options.rs" ||
        sed -i 's/\.sequential(\*SEQUENTIAL)//' "$d/src/main.rs"
    # Trees from before the shutdown watchdog have none to turn off.
    grep -q "fn force_exit_after" "${tree[$k]}/engin-core/src/options.rs" ||
        sed -i '/force_exit_after(None)/d' "$d/src/main.rs"
    (cd "$d" && CARGO_TARGET_DIR=$d/target cargo check -q && CARGO_TARGET_DIR=$d/target cargo build --release -q)
done
times=$(mktemp)
timed() {
    local d=$out/ab_$1_$n
    shift
    touch "$d/src/main.rs"
    (cd "$d" && CARGO_TARGET_DIR=$d/target /usr/bin/time -f "%e %M" -o "$times.t" cargo "$@" -q)
    tail -n 1 "$times.t"
}
# An edit of provider N/2's body, then an incremental `cargo check`.
edited() {
    local d=$out/ab_$1_$n
    edit_provider "$d/src/main.rs" $((n / 2)) "$2"
    (cd "$d" && CARGO_INCREMENTAL=1 CARGO_TARGET_DIR=$d/target /usr/bin/time -f "%e %M" -o "$times.t" cargo check -q)
    tail -n 1 "$times.t"
}
for k in then now; do
    (cd "$out/ab_${k}_$n" && CARGO_INCREMENTAL=1 CARGO_TARGET_DIR=$out/ab_${k}_$n/target cargo check -q)
done
for r in 1 2 3 4 5 6; do for k in then now; do echo "edit $k $(edited $k "$r")" >>"$times"; done; done
for _ in 1 2 3 4 5; do for k in then now; do echo "check $k $(timed $k check)" >>"$times"; done; done
for _ in 1 2; do for k in then now; do echo "build $k $(timed $k build --release)" >>"$times"; done; done
for k in then now; do
    echo "size $k $(stat -c %s "$out/ab_${k}_$n/target/release/ab_${k}_$n")" >>"$times"
done
for _ in $(seq 31); do for k in then now; do
    echo "run $k $("$out/ab_${k}_$n/target/release/ab_${k}_$n")" >>"$times"
done; done
python3 - "$times" "$rev" "$n" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
print(f"engin_{sys.argv[3]} against {sys.argv[2]} (then) and this tree (now)\n")
print("| measure | then | now | now/then (median of paired ratios) |\n|---|---:|---:|---:|")
def show(name, col, kind, scale, unit):
    a = [float(r[col]) for r in rows if r[0] == kind and r[1] == "then"]
    b = [float(r[col]) for r in rows if r[0] == kind and r[1] == "now"]
    ratio = statistics.median(y / x for x, y in zip(a, b))
    print(f"| {name} | {statistics.median(a) * scale:.2f} {unit} | {statistics.median(b) * scale:.2f} {unit} | {ratio:.2f}x |")
show("edit one provider, then cargo check (incremental)", 2, "edit", 1, "s")
show("cargo check", 2, "check", 1, "s")
show("cargo build --release", 2, "build", 1, "s")
show("cargo build --release, peak memory", 3, "build", 1 / 1024, "MiB")
show("release binary size", 2, "size", 1e-6, "MB")
show("run, cold", 2, "run", 1e-3, "µs")
show("run, warm", 3, "run", 1e-3, "µs")
EOF
rm -f "$times" "$times.t"
