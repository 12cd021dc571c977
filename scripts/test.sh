#!/usr/bin/env bash
# The whole test suite: unit, integration (real processes, signals and a real
# redis-server), trybuild UI tests and doc tests, for every feature.
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

log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo test --workspace --all-features --all-targets 2>&1 | tee -a "$log"
cargo test --workspace --all-features --doc 2>&1 | tee -a "$log"

# Features stay independent: the facade crate with none, and with each
# feature alone (the list comes from Cargo.toml).
features=$(cargo metadata --no-deps --format-version 1 | python3 -c '
import json, sys
pkg = next(p for p in json.load(sys.stdin)["packages"] if p["name"] == "engin")
print(" ".join(f for f in sorted(pkg["features"]) if f != "default"))
')
cargo test -p engin --no-default-features --all-targets 2>&1 | tee -a "$log"
for feature in $features; do
    cargo test -p engin --no-default-features --features "$feature" --all-targets 2>&1 | tee -a "$log"
done

# One closing line for the whole suite.
awk '/^test result:/ { passed += $4; failed += $6 } END { printf "\nengin: %d passed, %d failed\n", passed, failed }' "$log"
