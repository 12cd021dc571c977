#!/usr/bin/env bash
# Requests per second of a small JSON route through engin's HTTP block
# against the same router on plain `axum::serve`, measured in one run:
# both servers run side by side (pinned to CPU 0), and the load generator
# (benches/http_load.rs, pinned to CPU 1) alternates between them.
#
#   bash benches/http.sh [ROUNDS] [SECONDS] [CONNECTIONS]   (default: 7 3 32)
#
# The table goes to stdout and to target/bench-graph/http.md.
set -euo pipefail

cd "$(dirname "$0")/.."
rounds=${1:-7}
secs=${2:-3}
conns=${3:-32}
out=$(pwd)/target/bench-graph
mkdir -p "$out"
export CARGO_BUILD_JOBS=2

log() { echo "[http.sh $(date +%H:%M:%S)] $*" >&2; }

log "building the server and load generator (release)"
cargo build --release --features axum --bench http_load -q
bin=$(find target/release/deps -maxdepth 1 -type f -executable -name 'http_load-*' -printf '%T@ %p\n' |
    sort -n | tail -n 1 | cut -d' ' -f2)
[ -x "$bin" ] || { echo "http.sh: http_load not built" >&2; exit 1; }

pin() {
    if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then taskset -c "$1" "${@:2}"; else "${@:2}"; fi
}
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

declare -A addr pid
for kind in engin plain; do
    addr[$kind]=127.0.0.1:$(port)
    RUST_LOG=warn pin 0 "$bin" serve "$kind" "${addr[$kind]}" >/dev/null 2>"$out/http-$kind.log" &
    pid[$kind]=$!
done
trap 'kill ${pid[engin]} ${pid[plain]} 2>/dev/null || true' EXIT
for kind in engin plain; do
    for _ in $(seq 100); do
        (exec 3<>"/dev/tcp/${addr[$kind]%:*}/${addr[$kind]#*:}") 2>/dev/null && break
        sleep 0.05
    done
done

results=$out/http.tsv
: >"$results"
for round in $(seq "$rounds"); do
    for kind in engin plain; do
        rps=$(pin 1 "$bin" load "${addr[$kind]}" "$secs" "$conns")
        printf '%s\t%s\t%s\n' "$round" "$kind" "$rps" >>"$results"
        log "round $round: $kind $rps requests/s"
    done
done

python3 - "$results" "$rounds" "$secs" "$conns" <<'PY' | tee "$out/http.md"
import statistics, sys
path, rounds, secs, conns = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
rps = {"engin": [], "plain": []}
for line in open(path):
    _, kind, value = line.split()
    rps[kind].append(float(value))
e, p = statistics.median(rps["engin"]), statistics.median(rps["plain"])
paired = statistics.median(a / b for a, b in zip(rps["engin"], rps["plain"]))
print(f"| server | requests/s, median of {rounds} rounds of {secs} s, {conns} connections |")
print("|---|---:|")
print(f"| engin `HttpServerBlock` | {e:.0f} |")
print(f"| plain `axum::serve` | {p:.0f} |")
print(f"| engin / plain (median of paired rounds) | {paired:.3f} |")
PY
