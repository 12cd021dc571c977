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

# One build job at a time on small machines is not needed: cargo's default is fine.
cargo test --workspace --all-features --all-targets
cargo test --workspace --all-features --doc
