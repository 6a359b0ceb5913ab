# The filters read and write JSON Lines, so they pipe: extract | tag | grep | stats gives
# the same as the steps through files, and the README's tables. A reader that stops
# early (`| head -1`) ends every filter quietly: exit 0, nothing on stderr.

rules="$VIL_ROOT/corpus/tags"
"$VIL" extract "$VIL_ROOT/corpus/" >records.jsonl

# The README: bullets tagged SDG 11 or 13, per programme, as Markdown.
"$VIL" extract "$VIL_ROOT/corpus/" 2>err1 | "$VIL" tag -r "$rules/sdg.tsv" 2>err2 \
  | "$VIL" grep --kind bullet --field tags '^sdg:1[13]$' 2>err3 | "$VIL" stats --by doc --format md >out 2>err4
expect_eq '0 0 0 0' "${PIPESTATUS[*]}" 'exit statuses of the pipeline'
expect_eq '' "$(cat err1 err2 err3 err4)" 'stderr of the pipeline'
cat >want <<'MD'
| doc | count |
|---|---:|
| ps-asker | 42 |
| ps-baerum | 28 |
| venstre-asker | 6 |
MD
expect_out_file want

# Housing pledges per programme: the pipeline against the same steps through files, and
# against jq on the tagged records.
"$VIL" extract "$VIL_ROOT/corpus/" | "$VIL" tag -r "$rules/topics.tsv" -r "$rules/sdg.tsv" \
  | "$VIL" grep --kind bullet --field tags '^topic:housing$' | "$VIL" stats --by doc --format tsv >out
printf 'doc\tcount\nps-asker\t17\nps-baerum\t12\nvenstre-asker\t2\n' >want
expect_out_file want
"$VIL" tag -r "$rules/topics.tsv" -r "$rules/sdg.tsv" records.jsonl >tagged.jsonl
"$VIL" grep --kind bullet --field tags '^topic:housing$' tagged.jsonl >housing.jsonl
run stats --by doc --format tsv housing.jsonl
expect_out_file want
expect_eq 'ps-asker:17 ps-baerum:12 venstre-asker:2' \
  "$(jq -r 'select(.kind == "bullet" and any(.tags[]; . == "topic:housing")) | .doc' tagged.jsonl | uniq -c | awk '{print $2 ":" $1}' | paste -sd' ')" 'the same with jq'
# Through the pipe the records are byte-identical to those through files.
"$VIL" extract "$VIL_ROOT/corpus/" | "$VIL" tag -r "$rules/topics.tsv" -r "$rules/sdg.tsv" \
  | "$VIL" grep --kind bullet --field tags '^topic:housing$' >piped.jsonl
cmp -s piped.jsonl housing.jsonl && same=yes || same=no
expect_eq yes "$same" 'piped records equal filed records'
# grep's match field survives a later tag; a second grep replaces it. Three records
# mention matsvinn: the two programme bullets and plan strategy 94 (refs FN-T 12.2 12.3
# 12.5; its sdg:11 comes from the rule on "avfall").
"$VIL" grep -i 'matsvinn' records.jsonl | "$VIL" tag -r "$rules/sdg.tsv" | "$VIL" grep --field tags 'sdg:12' >out
expect_eq '{"tags.0":[[0,6]]} {"tags.0":[[0,6]]} {"tags.1":[[0,6]]}' "$(jq -c .match out | paste -sd' ')" 'match replaced by the second grep'
expect_eq '["sdg:12","sdg:2"] ["sdg:12","sdg:2"] ["sdg:11","sdg:12"]' "$(jq -c .tags out | paste -sd' ')" 'tags of the matsvinn records'
# The per-kind counts survive any filter that keeps every record.
"$VIL" tag -r "$rules/topics.tsv" <records.jsonl | "$VIL" grep -v 'a^' | "$VIL" stats --by kind --sort key >out
"$VIL" stats --by kind --sort key records.jsonl >want
expect_out_file want

# A closed pipe: each filter stops quietly, with inputs and outputs far larger than a
# pipe buffer.
for i in $(seq 20); do cat records.jsonl; done >big.jsonl
"$VIL" grep -i 'a' big.jsonl 2>err | head -1 >first
expect_eq 0 "${PIPESTATUS[0]}" 'grep | head -1: exit'
expect_err ''
expect_eq 1 "$(jq -c .match first | wc -l | tr -d ' ')" 'grep | head -1: one record'
"$VIL" grep --format text --kwic 2 -i 'a' big.jsonl 2>err | head -1 >/dev/null
expect_eq 0 "${PIPESTATUS[0]}" 'grep --kwic text | head -1: exit'
expect_err ''
"$VIL" tag -r "$rules/topics.tsv" -r "$rules/sdg.tsv" big.jsonl 2>err | head -1 >first
expect_eq 0 "${PIPESTATUS[0]}" 'tag | head -1: exit'
expect_err ''
expect_eq array "$(jq -r '.tags | type' first)" 'tag | head -1: a tagged record'
# match: the pipe closes while threads link the next round of right records.
"$VIL" grep --kind strategy '' records.jsonl >plan.jsonl
for j in 1 2; do
  "$VIL" match -j "$j" plan.jsonl big.jsonl 2>err | head -1 >first
  expect_eq 0 "${PIPESTATUS[0]}" "match -j $j | head -1: exit"
  expect_err ''
  expect_eq 1 "$(jq -c 'select(.rank == 1)' first | wc -l | tr -d ' ')" "match -j $j | head -1: one link"
done
# ... but not one that had already met trouble: an input it could not read still makes
# the run exit 2 when the reader goes (pipefail sees it), and diff's 1 (the sets differ)
# stays 1.
printf '{"doc":"x","text":"a"}\nnot json\n' >bad.jsonl
"$VIL" grep '' nonexist.jsonl big.jsonl 2>err | head -1 >/dev/null
expect_eq 2 "${PIPESTATUS[0]}" 'grep MISSING BIG | head -1: exit'
expect_err 'vil: nonexist.jsonl: No such file or directory'
"$VIL" tag bad.jsonl big.jsonl 2>err | head -1 >/dev/null
expect_eq 2 "${PIPESTATUS[0]}" 'tag BAD BIG | head -1: exit'
"$VIL" extract nonexist.txt "$VIL_ROOT/corpus/" 2>err | head -1 >/dev/null
expect_eq 2 "${PIPESTATUS[0]}" 'extract MISSING DIR | head -1: exit'
"$VIL" grep --doc ps-asker '' records.jsonl >asker.jsonl
"$VIL" grep --doc ps-baerum '' records.jsonl >baerum.jsonl
"$VIL" diff asker.jsonl baerum.jsonl 2>err | head -c 10 >/dev/null
expect_eq 1 "${PIPESTATUS[0]}" 'diff A B | head -c 10: exit (they differ)'
seq 200000 | awk '{ printf "{\"text\":\"record %d\"}\n", $1 }' >unique.jsonl
"$VIL" stats --by text unique.jsonl 2>err | head -1 >first
expect_eq 0 "${PIPESTATUS[0]}" 'stats | head -1: exit'
expect_err ''
expect_eq '{"text":"record 1","count":1}' "$(cat first)" 'stats | head -1: the first group'
# A whole pipeline cut short: every step quiet.
"$VIL" extract "$VIL_ROOT/corpus/" 2>err1 | "$VIL" tag -r "$rules/topics.tsv" 2>err2 | "$VIL" grep -i . 2>err3 | head -1 >/dev/null
expect_eq '0 0 0 0' "${PIPESTATUS[*]}" 'extract | tag | grep | head -1: exit statuses'
expect_eq '' "$(cat err1 err2 err3)" 'extract | tag | grep | head -1: stderr'
# shellcheck disable=SC2002
cat big.jsonl | "$VIL" tag 2>err1 | "$VIL" grep -c -i a 2>err2 | head -1 >first
expect_eq '0 0 0 0' "${PIPESTATUS[*]}" 'cat | tag | grep -c | head -1: exit statuses'
expect_eq '' "$(cat err1 err2)" 'cat | tag | grep -c | head -1: stderr'
