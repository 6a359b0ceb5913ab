# vil match against hand coding, run exactly as a kept-aside sample is checked: records
# straight from vil extract | vil tag; PLAN the plan's goals, sub-goals and strategies,
# PLEDGES the programs' bullets; vil match --top 3 PLAN PLEDGES; vil agree.
# Codings: ../shared/gold/links-dev.tsv (45 pledges coded twice under its CODING-GUIDE.md,
# merged) and tests/data/links-extra.tsv (60 more, coded once by the project under the
# same guide). The figures are the ones measured when the defaults were chosen
# (man vil-match, QUALITY); a change that moves them updates both places.
"$VIL" extract "$VIL_ROOT/corpus/" | "$VIL" tag >tagged.jsonl
"$VIL" grep --kind goal --kind subgoal --kind strategy '' tagged.jsonl >plan.jsonl
"$VIL" grep --kind bullet --doc ps-asker --doc ps-baerum --doc venstre-asker '' tagged.jsonl >pledges.jsonl
expect_eq "123 301" "$(wc -l <plan.jsonl | tr -d ' ') $(wc -l <pledges.jsonl | tr -d ' ')" "plan rows and pledges"
run match --top 3 plan.jsonl pledges.jsonl
expect_status 0
cp out links.jsonl

# figures CODING: hits@1 hits@3 best-right/best-judged counted-right/counted none-unlinked/coded-none
figures() {
  "$VIL" agree links.jsonl "$1" | jq -r 'select(.group == "all")
    | "\(.hits_at_1)/\(.with_rows) \(.hits_at_3)/\(.with_rows) \(.best_right)/\(.best_judged) \(.counted_right)/\(.counted) \(.none_unlinked_count)/\(.coded_none)"'
}
# recall@1 84%, recall@3 95%, precision@1 78%, counted links 100% accepted, 4 of 4 none unlinked
expect_eq "47/56 53/56 47/60 16/16 4/4" "$(figures "$VIL_ROOT/tests/data/links-extra.tsv")" "tests/data/links-extra.tsv"
# links-extra2.tsv: 36 pledges coded after the defaults were chosen (nobody tuned on
# them): recall@1 59%, recall@3 76%, precision@1 56%, counted links 90% accepted, both
# pledges coded none unlinked.
expect_eq "20/34 26/34 20/36 9/10 2/2" "$(figures "$VIL_ROOT/tests/data/links-extra2.tsv")" "tests/data/links-extra2.tsv"
# links-extra3.tsv: 40 pledges coded blind to vil's links while the lexicon was last
# extended (nothing was kept by them): recall@1 59%, recall@3 77%, precision@1 58%,
# counted links 92% accepted, the one coded none unlinked.
expect_eq "23/39 30/39 23/40 11/12 1/1" "$(figures "$VIL_ROOT/tests/data/links-extra3.tsv")" "tests/data/links-extra3.tsv"
# links-extra4.tsv: 40 pledges coded blind before --tail-weight (22/40 33/40 22/40 5/8
# then): recall@1 68%, recall@3 90%, precision@1 68%, counted links 80% accepted.
expect_eq "27/40 36/40 27/40 8/10 0/0" "$(figures "$VIL_ROOT/tests/data/links-extra4.tsv")" "tests/data/links-extra4.tsv"
# links-extra5.tsv: the last 54 uncoded pledges, coded blind and committed before their
# figures were looked at (38/51 45/51 38/54 10/11 3/3 then, with --diversity 0): recall@1
# 76%, recall@3 92%, precision@1 72%, counted links 100% accepted, the three coded none
# unlinked.
expect_eq "39/51 47/51 39/54 15/15 3/3" "$(figures "$VIL_ROOT/tests/data/links-extra5.tsv")" "tests/data/links-extra5.tsv"
gold=$VIL_ROOT/../shared/gold/links-dev.tsv
if [ -r "$gold" ]; then
  # recall@1 73%, recall@3 86%, precision@1 71%, counted links 88% accepted, the one none unlinked
  expect_eq "32/44 38/44 32/45 14/16 1/1" "$(figures "$gold")" "../shared/gold/links-dev.tsv"
else
  echo "note: $gold not found; the dev coding is not checked here" >&2
fi

# Every link explains itself: the best link of the pledge on food waste shares the
# word and the concept, with the lexicon line that defines it.
expect_eq '["matsvinn"] circular-economy lexicon/concepts.tsv true' \
  "$(jq -c 'select(.right.doc == "ps-asker" and .right.lines[0] == 202 and .rank == 1)
      | "\(.shared.words[:1]) \(.shared.concepts[0].concept) \(.shared.concepts[0].rule | sub(":[0-9]+$"; "")) \(.addresses)"' -r links.jsonl)" \
  "the food-waste pledge's best link"

# The index gives the links of scoring every pair.
run match --top 3 --exhaustive plan.jsonl pledges.jsonl
cmp -s out links.jsonl || fail "--exhaustive gives other links than the index"
checks=$((checks + 1))

# The coding sheet: one row per link, a code column, and vil agree reads it back coded.
run match --top 3 --format tsv plan.jsonl pledges.jsonl
expect_eq "right	rank	score	addresses	left	code	right_text	left_text	shared" "$(head -1 out)" "sheet header"
expect_eq "$(($(wc -l <links.jsonl)))" "$(($(wc -l <out) - 1))" "one sheet row per link"
awk -F'\t' 'BEGIN { OFS = "\t" } NR == 1 { print; next } { $6 = ($2 == 1 ? "yes" : "no"); print }' out >coded.tsv
run agree links.jsonl coded.tsv
expect_eq '{"recall_at_1":1,"precision_at_1":1,"counted_precision":null}' \
  "$(jq -c 'select(.group == "all") | {recall_at_1, precision_at_1, counted_precision: (if .counted == .counted_right then null else .counted_precision end)}' out)" \
  "a sheet coded 'yes' at rank 1"

# The thread count never changes the output.
for j in 1 2 3; do
  run match -j "$j" --top 3 plan.jsonl pledges.jsonl
  checks=$((checks + 1))
  cmp -s out links.jsonl || fail "vil match -j $j gives other links"
done

# The decision's margin: a best link addresses its row only when it leads the next by
# --decide-margin (0.1). At 0, every best link over --decide counts (22/27 and 39/46
# counted right now; 18/26 and 36/42 when the margin came); --top 1 finds the same
# decisions, since the second best is found for the margin all the same.
run match --top 3 --decide-margin 0 plan.jsonl pledges.jsonl
cp out links.jsonl
expect_eq "47/56 53/56 47/60 39/46 3/4" "$(figures "$VIL_ROOT/tests/data/links-extra.tsv")" "--decide-margin 0: extra"
run match --top 1 plan.jsonl pledges.jsonl
expect_eq 88 "$(jq -c 'select(.addresses)' out | wc -l | tr -d ' ')" '--top 1: the same 88 counted links'
run match --top 3 plan.jsonl pledges.jsonl
expect_eq 88 "$(jq -c 'select(.addresses)' out | wc -l | tr -d ' ')" '--top 3: 88 counted links'
expect_eq 0 "$(jq -sc 'group_by(.right.id)[] | select(any(.[]; .addresses)) | select(.[0].score - ([.[1:][].score] | max // 0) < 0.1)' out | wc -l | tr -d ' ')" \
  'every counted link leads its next by 0.1 (the next by score: with --diversity, not always rank 2)'
run match --decide-margin nan plan.jsonl pledges.jsonl
expect_status 2

# --diversity 0: the three best in order of score, as before --diversity (recall@3 36/44
# on the dev file and 53/56 here now; 35/44 and 52/56 when --diversity came); the best
# links and the decisions are the same.
run match --top 3 --diversity 0 plan.jsonl pledges.jsonl
cp out links.jsonl
expect_eq "47/56 53/56 47/60 16/16 4/4" "$(figures "$VIL_ROOT/tests/data/links-extra.tsv")" "--diversity 0: extra"
if [ -r "$gold" ]; then
  expect_eq "32/44 36/44 32/45 14/16 1/1" "$(figures "$gold")" "--diversity 0: dev"
fi

# The weights before the last re-weighing (--broader-weight 0.9 --concept-weight 0.45
# --context-weight 0.2) give the figures before it (man vil-match, QUALITY).
old_weights="--broader-weight 0.9 --concept-weight 0.45 --context-weight 0.2"
run match --top 3 $old_weights plan.jsonl pledges.jsonl
cp out links.jsonl
expect_eq "46/56 54/56 46/60 14/14 4/4" "$(figures "$VIL_ROOT/tests/data/links-extra.tsv")" "the weights before: extra"
expect_eq "19/34 26/34 19/36 8/9 2/2" "$(figures "$VIL_ROOT/tests/data/links-extra2.tsv")" "the weights before: extra2"
if [ -r "$gold" ]; then
  expect_eq "31/44 37/44 31/45 15/17 1/1" "$(figures "$gold")" "the weights before: dev"
fi

# And with them, --list-weight 0 --right-context-weight 0.2: a pledge read without its
# list, and its headings at their weight before lists counted: the figures before lists
# (dev 31/44 37/44 31/45 14/16 1/1 and extra2 17/34 26/34 17/36 8/9 2/2).
run match --top 3 $old_weights --list-weight 0 --right-context-weight 0.2 plan.jsonl pledges.jsonl
cp out links.jsonl
expect_eq "46/56 53/56 46/60 14/14 4/4" "$(figures "$VIL_ROOT/tests/data/links-extra.tsv")" "--list-weight 0: extra"
expect_eq "17/34 26/34 17/36 8/9 2/2" "$(figures "$VIL_ROOT/tests/data/links-extra2.tsv")" "--list-weight 0: extra2"
if [ -r "$gold" ]; then
  expect_eq "31/44 37/44 31/45 14/16 1/1" "$(figures "$gold")" "--list-weight 0: dev"
fi

# Pledges from programs the matcher was not written for: tests/data/other-programs/ (four
# programs invented for this check, other parties and a national program) and their
# coding, tests/data/links-other.tsv (coded blind; the first figures measured on it).
# Close to the corpus's (recall@3 83% against 86% on dev); the national program's pledges
# coded none stay unlinked.
"$VIL" extract "$VIL_ROOT/tests/data/other-programs/" | "$VIL" tag | "$VIL" grep --kind bullet '' >other.jsonl
expect_eq 60 "$(wc -l <other.jsonl | tr -d ' ')" "the other programs' 60 pledges"
"$VIL" match --top 3 plan.jsonl other.jsonl >links.jsonl
expect_eq "30/46 38/46 30/59 6/8 13/14" "$(figures "$VIL_ROOT/tests/data/links-other.tsv")" "tests/data/links-other.tsv"
expect_eq 7 "$("$VIL" agree links.jsonl "$VIL_ROOT/tests/data/links-other.tsv" | jq -r 'select(.group == "krf-nasjonalt") | .none_unlinked_count')" \
  "the national program's 7 pledges coded none, unlinked"
