# Sourced by the benchmark scripts: builds benches/graph_gen.rs and prints
# the path of its binary (cargo names it with a hash).
graph_gen() {
    cargo build --release --bench graph_gen --message-format=json-render-diagnostics |
        python3 -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "graph_gen" and m.get("executable"):
        print(m["executable"])
'
}

# derive_crate FROM TO NAME FILTER: a copy of the generated crate in FROM,
# in TO and named NAME, its main.rs through the Python FILTER (stdin to
# stdout).
derive_crate() {
    local from=$1 to=$2 name=$3
    mkdir -p "$to/src"
    cp "$from/Cargo.toml" "$from/Cargo.lock" "$to"/
    sed -i "s/^name = \"$(basename "$from")\"/name = \"$name\"/" "$to/Cargo.toml"
    python3 -c "$4" <"$from/src/main.rs" >"$to/src/main.rs"
}

# The Python filters for derive_crate that profile.sh and floors.sh share:
# the crate as it is; everything from `#[app(` on gone, an empty main left
# (the members and their attributes, no application); and that with
# engin's attributes taken off too (the members as plain code).
keep='import sys; sys.stdout.write(sys.stdin.read())'
no_app='import sys; s = sys.stdin.read(); sys.stdout.write(s[:s.index("#[app(")] + "fn main() {}\n")'
no_attrs='import re, sys; s = sys.stdin.read(); s = s[:s.index("#[app(")] + "fn main() {}\n"
sys.stdout.write(re.sub(r"(?m)^\s*#\[(block|provide|invoke)\]\n", "", s))'
