# The links of a program do not depend on how its pledge list is laid out. The 45
# pledges of ../shared/gold/links-dev.tsv, in the coding's order, as three documents:
# a bulleted list, the same lines without markers as a web page pasted as text leaves
# them, and without markers hard-wrapped at 72 columns as a text export leaves them
# (an item going on over lines in lower case). Each gives the 45 pledges as bullets,
# and the same figures against the dev coding (vil-extract(1): unmarked lists).
gold=$VIL_ROOT/../shared/gold/links-dev.tsv
if [ ! -r "$gold" ]; then
  echo "note: $gold not found; layouts are not checked here" >&2
  exit 0
fi
"$VIL" extract "$VIL_ROOT/corpus/kommuneplan-asker.txt" | "$VIL" tag |
  "$VIL" grep --kind goal --kind subgoal --kind strategy '' >plan.jsonl
# Each pledge capitalised and ending with a stop, as one list writes all its items.
awk -F'\t' 'NR > 1 { t = $4; sub(/[.]$/, "", t); print toupper(substr(t, 1, 1)) substr(t, 2) "." }' "$gold" >items.txt
intro='Solvik skal være en god kommune å bo i for alle, fra de minste barna i barnehagen til de eldste på sykehjemmet. Senterpartiet vil ta vare på lokalsamfunnene, og vi vil at kommunen skal være en god arbeidsgiver og en god nabo for næringslivet.'
{
  printf 'Program for Solvik Senterparti\n\n%s\n\nVi vil:\n' "$intro"
  sed 's/^/- /' items.txt
} >bulleted.txt
{
  printf 'Program for Solvik Senterparti\n\n%s\n\nVi vil:\n' "$intro"
  cat items.txt
} >web.txt
wrap() { fold -s -w 72 | sed 's/ *$//'; }
{
  printf 'Program for Solvik Senterparti\n\n'
  printf '%s\n' "$intro" | wrap
  printf '\nVi vil:\n'
  while IFS= read -r item; do printf '%s\n' "$item" | wrap; done <items.txt
} >wrapped.txt
expect_eq 1 "$(awk 'length($0) > 80' wrapped.txt | wc -l | awk '{ print ($1 == 0) }')" 'the export is wrapped at 72 columns'

for layout in bulleted web wrapped; do
  "$VIL" extract "$layout.txt" | "$VIL" tag | "$VIL" grep --kind bullet '' >"$layout.jsonl"
  expect_eq 45 "$(wc -l <"$layout.jsonl" | tr -d ' ')" "$layout: pledges"
  # The coding of each: pledge i of the gold file is the i-th bullet, wherever it starts.
  jq -r '.lines[0]' "$layout.jsonl" >starts.txt
  awk -F'\t' -v doc="$layout" 'NR == FNR { s[FNR] = $1; next } FNR == 1 { print; next } { $1 = doc ":" s[FNR - 1]; print }' \
    OFS='\t' starts.txt "$gold" >"$layout-gold.tsv"
  "$VIL" match --top 3 plan.jsonl "$layout.jsonl" >"$layout-links.jsonl"
done
# The items are the pledges' texts, whatever the layout (the wrapped lines joined).
expect_eq "$(jq -r .text bulleted.jsonl)" "$(jq -r .text wrapped.jsonl)" 'wrapped items read whole'
expect_eq "$(jq -r .text bulleted.jsonl)" "$(jq -r .text web.jsonl)" 'web items read whole'
figures() {
  "$VIL" agree "$1-links.jsonl" "$1-gold.tsv" | jq -r 'select(.group == "all")
    | "\(.hits_at_1)/\(.with_rows) \(.hits_at_3)/\(.with_rows) \(.counted_right)/\(.counted)"'
}
# The figures of tests/cli/match_nynorsk.sh's bokmål twin: the same pledges, one list.
expect_eq "30/44 36/44 11/13" "$(figures bulleted)" 'bulleted'
expect_eq "$(figures bulleted)" "$(figures web)" 'a web page: the same figures'
expect_eq "$(figures bulleted)" "$(figures wrapped)" 'a wrapped export: the same figures'

done_testing
