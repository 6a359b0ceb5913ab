# Long work shows progress on stderr when stderr is a terminal, and nothing otherwise.
command -v script >/dev/null || { fail "script(1) is missing (Debian's bsdutils)"; return; }
"$VIL" extract "$VIL_ROOT/corpus/" | jq -r .text | tr ' ' '\n' | grep -v '^$' >words
gen_records 1 6000 s words >left.jsonl
gen_records 2 50000 p words >right.jsonl
# Not a terminal: silent.
"$VIL" match left.jsonl right.jsonl >links.jsonl 2>err
expect_eq '' "$(cat err)" 'no progress when stderr is not a terminal'
# A terminal (script(1) gives one): "vil match: N/50000 records", erased at the end.
script -qec "'$VIL' match left.jsonl right.jsonl >links2.jsonl" typescript >/dev/null
checks=$((checks + 1))
grep -q 'vil match: [0-9]*/50000 records' typescript || fail "no progress line on a terminal: $(head -c 300 typescript)"
checks=$((checks + 1))
cmp -s links.jsonl links2.jsonl || fail "progress changed the output"
