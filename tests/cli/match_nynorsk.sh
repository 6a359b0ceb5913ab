# vil match on a nynorsk program against the bokmål plan. tests/data/nynorsk-dev.txt is
# the 45 pledges of ../shared/gold/links-dev.tsv put into nynorsk by the project (in the
# coding's order, one bullet a line from line 5), so the dev coding codes them too; the
# same pledges in bokmål, laid out the same way, are the yardstick. A nynorsk document
# is analysed as nynorsk and its lemmas are the bokmål ones of apertium-nno-nob's
# dictionary, and the tag rules know the nynorsk forms (vil-match(1), NYNORSK).
gold=$VIL_ROOT/../shared/gold/links-dev.tsv
if [ ! -r "$gold" ]; then
  echo "note: $gold not found; nynorsk linking is not checked here" >&2
  exit 0
fi
"$VIL" extract "$VIL_ROOT/corpus/kommuneplan-asker.txt" | "$VIL" tag |
  "$VIL" grep --kind goal --kind subgoal --kind strategy '' >plan.jsonl
{ printf 'Program for Solvik Senterparti\n\nVi vil:\n\n'; awk -F'\t' 'NR > 1 { print "- " $4 }' "$gold"; } >nb-dev.txt
cp "$VIL_ROOT/tests/data/nynorsk-dev.txt" nn-dev.txt
# The coding of each: pledge i of the gold file is line 4 + i of both documents.
for lang in nb nn; do
  awk -F'\t' -v doc="$lang-dev" 'NR == 1 { print; next } { $1 = doc ":" (NR + 3); print }' OFS='\t' "$gold" >"$lang-gold.tsv"
  "$VIL" extract "$lang-dev.txt" | "$VIL" tag | "$VIL" grep --kind bullet '' >"$lang.jsonl"
  expect_eq 45 "$(wc -l <"$lang.jsonl" | tr -d ' ')" "$lang: pledges"
  "$VIL" match --top 3 plan.jsonl "$lang.jsonl" >"$lang-links.jsonl"
done
figures() {
  "$VIL" agree "$1-links.jsonl" "$1-gold.tsv" | jq -r 'select(.group == "all")
    | "\(.hits_at_1)/\(.with_rows) \(.hits_at_3)/\(.with_rows) \(.counted_right)/\(.counted)"'
}
nb=$(figures nb)
nn=$(figures nn)
# Bokmål, without the programs' headings: recall@1 68%, recall@3 82%, counted links 85%
# accepted. Nynorsk: 66%, 80%, 92% (before the nynorsk analysis and rules: 48%, 61%).
expect_eq "30/44 36/44 11/13" "$nb" "bokmål pledges"
expect_eq "29/44 35/44 12/13" "$nn" "the same pledges in nynorsk"
# Whatever the figures come to, nynorsk stays within two pledges of bokmål.
read -r nb1 nb3 _ <<<"$(echo "$nb" | sed 's|/44||g')"
read -r nn1 nn3 _ <<<"$(echo "$nn" | sed 's|/44||g')"
checks=$((checks + 1))
[ "$nn1" -ge $((nb1 - 2)) ] && [ "$nn3" -ge $((nb3 - 2)) ] || fail "nynorsk links fall behind bokmål: $nn against $nb"

# The words of a nynorsk pledge come to the plan's bokmål lemmas, and say so:
# "vassvegar", "forureining" share vann and forurensning with the plan's row.
expect_eq '["forurensning","vann"]' \
  "$(jq -c 'select(.right.lines[0] == 32 and .rank == 1) | .shared.words' nn-links.jsonl)" \
  "a nynorsk pledge shares bokmål lemmas"
