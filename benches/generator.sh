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
