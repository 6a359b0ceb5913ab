# vil stats --merge: the inputs are JSON outputs of vil stats with the same --by; their
# counts are added up, then sorted and written in any format. A line that is not such a
# group is an error naming FILE:LINE (exit 2); the groups before it still count.

"$VIL" extract "$VIL_ROOT/corpus/" >records.jsonl
head -n 300 records.jsonl >part1.jsonl
tail -n +301 records.jsonl >part2.jsonl
expect_eq 699 "$(cat part1.jsonl part2.jsonl | wc -l | tr -d ' ')" 'the parts hold every record'

# For several groupings: counting the parts and merging equals counting the whole,
# byte for byte (the parts split ps-asker, so keys occur in both).
for by in "--by doc --by kind" "--by kind" "--by path.0" "--by refs.sdg" "--by actor --by refs.sdg" ""; do
  # shellcheck disable=SC2086
  "$VIL" stats $by part1.jsonl >s1.json
  # shellcheck disable=SC2086
  "$VIL" stats $by part2.jsonl >s2.json
  # shellcheck disable=SC2086
  run stats $by --merge s1.json s2.json
  expect_status 0
  expect_err ''
  cp out merged.json
  # shellcheck disable=SC2086
  "$VIL" stats $by records.jsonl >whole.json
  expect_eq "$(cat whole.json)" "$(cat merged.json)" "merge of '$by'"
done
# The ps-asker bullets are in both parts: their counts add up to 183.
"$VIL" stats --by doc --by kind part1.jsonl >s1.json
"$VIL" stats --by doc --by kind part2.jsonl >s2.json
expect_eq 183 "$(jq -s 'map(select(.doc == "ps-asker" and .kind == "bullet") | .count) | add' s1.json s2.json)" 'bullets split over the parts'
expect_eq 2 "$(jq -c 'select(.doc == "ps-asker" and .kind == "bullet")' s1.json s2.json | wc -l | tr -d ' ')" 'one group in each part'

# Merged counts in other formats, sorted again; from standard input too.
run stats --by doc --by kind --merge --matrix --format md --sort key s1.json s2.json
"$VIL" stats --by doc --by kind --matrix --format md --sort key records.jsonl >want
expect_out_file want
cat s1.json s2.json >both.json
run_stdin both.json stats --by doc --by kind --merge --format tsv
"$VIL" stats --by doc --by kind --format tsv records.jsonl >want
expect_out_file want
# The same file twice: its counts twice.
run stats --by doc --by kind --merge s1.json s2.json s1.json
c1=$(jq 'select(.doc == "ps-asker" and .kind == "bullet") | .count' s1.json)
expect_eq "$((183 + c1))" "$(jq 'select(.doc == "ps-asker" and .kind == "bullet") | .count' out)" 'part 1 merged twice'
# Null keys merge with null keys.
printf '%s\n' '{"actor":null,"count":2}' '{"actor":"PS","count":1}' >n1.json
printf '%s\n' '{"actor":"PS","count":4}' '{"actor":null,"count":1}' >n2.json
run stats --by actor --merge n1.json n2.json
printf '%s\n' '{"actor":"PS","count":5}' '{"actor":null,"count":3}' >want
expect_out_file want

# Not a stats group: named by file and line; the earlier groups are still counted and
# written, the rest of the input is not read.
printf '%s\n' '{"kind":"bullet","count":3}' '{"kind":"lead","count":1}' '{"kind":"x","count":2,"extra":1}' '{"kind":"bullet","count":5}' >extra.json
run stats --by kind --merge extra.json
expect_status 2
expect_err 'vil: extra.json:3: not a stats group for the same --by fields (it has 2 besides count)'
printf '%s\n' '{"kind":"bullet","count":3}' '{"kind":"lead","count":1}' >want
expect_out_file want
# A record, not a group.
run stats --by doc --by kind --merge s1.json part1.jsonl
expect_status 2
expect_err 'vil: part1.jsonl:1: not a stats group: no "count" that is a whole number'
# Groups of another --by.
run stats --by kind --merge s1.json
expect_status 2
expect_err 'vil: s1.json:1: not a stats group for the same --by fields (it has 2 besides count)'
"$VIL" stats --by refs.sdg part1.jsonl >sdg.json
run stats --by kind --merge sdg.json
expect_status 2
expect_err 'vil: sdg.json:1: not a stats group for --by kind: the field is missing'
# Counts that are not whole numbers.
printf '%s\n' '{"kind":"bullet","count":3}' '{"kind":"lead","count":1.5}' >frac.json
run stats --by kind --merge frac.json
expect_status 2
expect_err 'vil: frac.json:2: not a stats group: no "count" that is a whole number'
printf '%s\n' '{"kind":"lead","count":-1}' >neg.json
run stats --by kind --merge neg.json
expect_status 2
expect_err 'vil: neg.json:1: not a stats group: no "count" that is a whole number'
# Lines that are not JSON objects: as for any input.
printf '%s\n' '{"kind":"bullet","count":3}' '[1]' >arr.json
run stats --by kind --merge arr.json
expect_status 2
expect_err 'vil: arr.json:2: not a JSON object (a record is one object per line)'
expect_eq '{"kind":"bullet","count":3}' "$(cat out)" 'groups before a bad line'
# Groups need no "text" field.
printf '%s\n' '{"count":7}' >plain.json
run stats --merge plain.json
expect_status 0
expect_eq '{"count":7}' "$(cat out)" 'merging the no --by count'
