# The inverted index returns exactly the links that scoring every pair returns
# (--exhaustive): on the corpus, and on a generated set with many candidates a query.
"$VIL" extract "$VIL_ROOT/corpus/" >records.jsonl
"$VIL" grep --kind strategy '' records.jsonl >left.jsonl
"$VIL" grep --kind bullet '' records.jsonl >right.jsonl
for opts in "--top 3" "--top 1 --min-score 0" "--top 5 --min-score 0.3" "--top 2 --per doc"; do
  # shellcheck disable=SC2086
  "$VIL" match $opts left.jsonl right.jsonl >indexed.jsonl
  # shellcheck disable=SC2086
  "$VIL" match $opts --exhaustive left.jsonl right.jsonl >exhaustive.jsonl
  checks=$((checks + 1))
  cmp -s indexed.jsonl exhaustive.jsonl || fail "indexed and exhaustive links differ for: $opts"
  [ -s indexed.jsonl ] || fail "no links for: $opts"
done
# A generated set: texts of 6 to 20 words drawn from the corpus's words.
jq -r .text records.jsonl | tr ' ' '\n' | grep -v '^$' >words
gen_records 7 400 l words >gen-left.jsonl
gen_records 8 1500 r words >gen-right.jsonl
"$VIL" match --top 3 --min-score 0 gen-left.jsonl gen-right.jsonl >indexed.jsonl
"$VIL" match --top 3 --min-score 0 --exhaustive gen-left.jsonl gen-right.jsonl >exhaustive.jsonl
# (a few generated texts share no word with three others: fewer than 3 x 1500 links)
checks=$((checks + 1))
[ "$(wc -l <indexed.jsonl)" -gt 4400 ] || fail "only $(wc -l <indexed.jsonl) links in the generated set"
checks=$((checks + 1))
cmp -s indexed.jsonl exhaustive.jsonl || fail "indexed and exhaustive links differ on the generated set"
