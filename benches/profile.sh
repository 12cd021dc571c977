#!/usr/bin/env bash
# Where the compile cost of the generated engin_N goes (the crates of
# graph.sh):
#
# 1. engin's own macros, expansion time by macro kind, summed over a full
#    `cargo check` and over an edit-check (provider N/2's body edited, then
#    an incremental `cargo check`): engin-macros built with
#    `--cfg engin_macro_times`, which appends each expansion's time to
#    $ENGIN_MACRO_TIMES.
# 2. rustc's passes (`-Z time-passes`, on the nightly toolchain) for the
#    engin crate, the hand-written one, and two cut-down engin crates:
#    `blocks` (no `#[app]`: the members' macros and what they generate) and
#    `plain` (no engin attribute at all: the providers as plain functions).
#    engin - blocks is the application macro's share, blocks - plain the
#    members' macros', plain - hand the cost of the code itself.
# 3. The release binaries' code, by what it comes from (`nm` sizes).
#
#   bash benches/profile.sh [N]        (N defaults to 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
out=$(pwd)/target/bench-graph
export CARGO_BUILD_JOBS=2
unset CARGO_TARGET_DIR CARGO_BUILD_TARGET_DIR RUSTFLAGS
. benches/generator.sh
. benches/edit.sh
gen=$(graph_gen)
"$gen" "$n" "$out" >&2
prof=$out/profile_$n
rm -rf "$prof"
mkdir -p "$prof"

# A copy of crate $1 (engin, hand) named $2, its main.rs through filter $3.
variant() { derive_crate "$out/${1}_$n" "$prof/$2" "$2" "$3"; }
variant engin engin "$keep"
variant hand hand "$keep"
variant engin blocks "$no_app"
variant engin plain "$no_attrs"

echo "## engin_$n: our macros' expansion time by kind"
echo
times=$prof/macro-times.txt
(
    cd "$prof/engin"
    export CARGO_TARGET_DIR=$prof/engin/target-times RUSTFLAGS="--cfg engin_macro_times"
    CARGO_INCREMENTAL=0 cargo check -q >&2
    touch src/main.rs
    : >"$times.full"
    ENGIN_MACRO_TIMES=$times.full CARGO_INCREMENTAL=0 cargo check -q >&2
    CARGO_INCREMENTAL=1 cargo check -q >&2
    : >"$times.edit"
    for r in 1 2 3; do
        edit_provider src/main.rs $((n / 2)) "$r"
        ENGIN_MACRO_TIMES=$times.edit CARGO_INCREMENTAL=1 cargo check -q >&2
    done
)
python3 - "$times.full" "$times.edit" <<'EOF'
import collections, sys
def sums(path, runs):
    total, count = collections.Counter(), collections.Counter()
    for line in open(path):
        kind, ns = line.split()
        total[kind] += int(ns) / runs
        count[kind] += 1 / runs
    return total, count
full, fc = sums(sys.argv[1], 1)
edit, ec = sums(sys.argv[2], 3)
print("| macro | calls | full check (ms) | per edit-check, mean of 3 (ms) |")
print("|---|---:|---:|---:|")
for kind in sorted(full, key=lambda k: -full[k]):
    print(f"| {kind} | {fc[kind]:.0f} | {full[kind] / 1e6:.1f} | {edit[kind] / 1e6:.1f} |")
print(f"| all | {sum(fc.values()):.0f} | {sum(full.values()) / 1e6:.1f} | {sum(edit.values()) / 1e6:.1f} |")
EOF

echo
echo "## rustc's passes (nightly \`-Z time-passes\`, \`cargo check\` after a touch; seconds)"
echo
for v in engin blocks plain hand; do
    (
        cd "$prof/$v"
        # One target directory: the variants share every dependency.
        export CARGO_TARGET_DIR=$prof/target-nightly CARGO_INCREMENTAL=0
        cargo +nightly check -q >&2
        touch src/main.rs
        cargo +nightly rustc -q --profile check --bin "$v" -- -Z time-passes 2>"$prof/$v.passes" >&2 || {
            cat "$prof/$v.passes" >&2
            exit 1
        }
    )
done
python3 - "$prof" <<'EOF'
import re, sys
prof = sys.argv[1]
kinds = ["engin", "blocks", "plain", "hand"]
passes = {}
order = []
for k in kinds:
    for line in open(f"{prof}/{k}.passes"):
        m = re.match(r"time:\s+([\d.]+);.*\t(\S+)$", line.rstrip("\n"))
        if not m:
            continue
        name = m.group(2)
        passes.setdefault(name, {})[k] = float(m.group(1))
        if name not in order:
            order.append(name)
print("| pass | " + " | ".join(kinds) + " |")
print("|---|" + "---:|" * len(kinds))
for name in order:
    row = passes[name]
    if max(row.values()) < 0.05:
        continue
    print(f"| {name} | " + " | ".join(f"{row.get(k, 0):.2f}" for k in kinds) + " |")
EOF

echo
echo "## Release binaries' code by origin (\`nm\` sizes, KiB)"
echo
for v in engin hand; do
    (cd "$prof/$v" && CARGO_TARGET_DIR=$prof/target-release CARGO_INCREMENTAL=0 cargo build --release -q >&2)
    nm -S -C --size-sort "$prof/target-release/release/$v" >"$prof/$v.nm"
done
python3 - "$prof" "$n" <<'EOF'
import collections, os, re, sys
prof, n = sys.argv[1], sys.argv[2]
rules = [
    ("the hook state machine, per hook (engin_core::hook::Closures)", r"engin_core::hook::Closures<"),
    ("the hooks' closures and async blocks", r"::p\d+::\{\{closure\}\}"),
    ("drop glue", r"^core::ptr::drop_in_place<"),
    ("engin's generated start-up", r"__engin|engin_\d+::App"),
    ("engin-core, not per hook", r"^(<)?engin_core::"),
    ("tokio", r"tokio::"),
    ("the providers", r"::p\d+$|^T\d+"),
]
for kind in ("engin", "hand"):
    path = f"{prof}/{kind}.nm"
    if not os.path.exists(path):
        continue
    sizes, counts = collections.Counter(), collections.Counter()
    for line in open(path):
        parts = line.split(None, 3)
        if len(parts) < 4 or parts[2] not in "tTwW":
            continue
        size, name = int(parts[1], 16), parts[3].strip()
        label = next((l for l, r in rules if re.search(r, name)), "other")
        sizes[label] += size
        counts[label] += 1
    print(f"{kind}_{n}: {sum(sizes.values()) / 1024:.0f} KiB of code in {sum(counts.values())} functions")
    print()
    print("| origin | functions | KiB |")
    print("|---|---:|---:|")
    for label, size in sizes.most_common():
        print(f"| {label} | {counts[label]} | {size / 1024:.0f} |")
    print()
EOF
