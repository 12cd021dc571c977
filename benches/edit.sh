# Sourced by graph.sh and ab.sh: the edit a user makes between two
# `cargo check`s in a generated crate. Provider K's body changes (its value
# gets `^ R`), nothing else, the same text in every kind of crate.
#
#   edit_provider FILE K R
edit_provider() {
    local file=$1 k=$2 r=$3
    sed -i -E "s/(black_box\(T$k\(.*)\)\)\$/\1 ^ $r))/" "$file"
    grep -q "black_box(T$k(.* ^ $r))\$" "$file" || {
        echo "edit.sh: no body of provider $k to edit in $file" >&2
        return 1
    }
}
