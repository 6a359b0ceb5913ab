# Long work shows progress on stderr when stderr is a terminal, and nothing otherwise.
command -v script >/dev/null || { fail "script(1) is missing (Debian's bsdutils)"; return; }
"$VIL" extract "$VIL_ROOT/corpus/" | jq -r .text | tr ' ' '\n' | grep -v '^$' >words
gen() {
  awk -v seed="$1" -v n="$2" -v p="$3" 'BEGIN { srand(seed) } { w[NR] = $0 } END {
    for (i = 0; i < n; i++) {
      len = 6 + int(rand() * 15); t = ""
      for (j = 0; j < len; j++) { x = w[1 + int(rand() * NR)]; gsub(/["\\]/, "", x); t = t (j ? " " : "") x }
      printf "{\"doc\":\"%s\",\"id\":\"%s%d\",\"kind\":\"bullet\",\"text\":\"%s\"}\n", p, p, i, t
    }
  }' words
}
gen 1 6000 s >left.jsonl
gen 2 50000 p >right.jsonl
# Not a terminal: silent.
"$VIL" match left.jsonl right.jsonl >links.jsonl 2>err
expect_eq '' "$(cat err)" 'no progress when stderr is not a terminal'
# A terminal (script(1) gives one): "vil match: N/50000 records", erased at the end.
script -qec "'$VIL' match left.jsonl right.jsonl >links2.jsonl" typescript >/dev/null
checks=$((checks + 1))
grep -q 'vil match: [0-9]*/50000 records' typescript || fail "no progress line on a terminal: $(head -c 300 typescript)"
checks=$((checks + 1))
cmp -s links.jsonl links2.jsonl || fail "progress changed the output"
