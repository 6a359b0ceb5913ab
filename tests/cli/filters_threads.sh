# grep and tag parse and match records on worker threads (-j/--threads), about 1 MiB
# of lines at a time, and write in input order: output and diagnostics are the same
# for any number of threads, and an invalid line deep in a large input is named by its
# exact line. match (below) links rounds of records on threads the same way.
"$VIL" extract "$VIL_ROOT/corpus/" >records.jsonl
jq -r .text records.jsonl | tr ' ' '\n' | grep -v '^$' >words
# About 4 MB: generated records, then the corpus's own records (with paths, refs and
# meta) several times over.
{
  gen_records 3 25000 g words
  for _ in 1 2 3 4 5 6; do cat records.jsonl; done
} >big.jsonl
lines=$(wc -l <big.jsonl)
checks=$((checks + 1))
[ "$(wc -c <big.jsonl)" -gt 3000000 ] || fail "big.jsonl is too small to need several batches"

# same_for_threads NAME ARGS...: vil ARGS gives the same stdout, stderr and exit status
# with 1, 2, 3 and 8 threads and with the default.
same_for_threads() {
  local name=$1
  shift
  "$VIL" "$@" -j 1 >want.out 2>want.err
  local want_status=$?
  local j
  for j in 2 3 8 default; do
    status=0
    if [ "$j" = default ]; then "$VIL" "$@" >out 2>err || status=$?; else "$VIL" "$@" -j "$j" >out 2>err || status=$?; fi
    checks=$((checks + 1))
    cmp -s out want.out || fail "$name: stdout with -j $j differs from -j 1"
    checks=$((checks + 1))
    cmp -s err want.err || fail "$name: stderr with -j $j differs from -j 1: $(head -3 err)"
    expect_eq "$want_status" "$status" "$name: exit status with -j $j"
  done
}

same_for_threads "grep klima" grep -i klima big.jsonl
checks=$((checks + 1))
[ "$(wc -l <want.out)" -gt 100 ] || fail "grep klima: too few records selected to tell anything"
same_for_threads "grep -v --kind bullet" grep -v --kind bullet -w bolig big.jsonl
same_for_threads "grep -c" grep -c -i -w --stem bolig big.jsonl
same_for_threads "grep -l" grep -l barnehage big.jsonl
same_for_threads "grep -m 3" grep -m 3 --kwic 2 skole big.jsonl
same_for_threads "grep --format text" grep --format text --color always --field path.0 -F Bolig big.jsonl
same_for_threads "grep two inputs" grep -F Asker big.jsonl records.jsonl big.jsonl
same_for_threads "grep no match" grep zzzzqqq big.jsonl
same_for_threads "tag" tag -r "$VIL_ROOT/corpus/tags/topics.tsv" -r "$VIL_ROOT/corpus/tags/sdg.tsv" big.jsonl
checks=$((checks + 1))
[ "$(wc -l <want.out)" = "$lines" ] || fail "tag: $(wc -l <want.out) records out of $lines"
# One record that fires many rules: its rules are compiled and run on the threads.
"$VIL" tag records.jsonl | jq -c 'select((.tags | length) >= 12) | del(.tags, .why)' | head -1 >one.jsonl
same_for_threads "tag one record" tag one.jsonl
checks=$((checks + 1))
[ "$(jq '.tags | length' want.out)" -ge 12 ] || fail "tag one record: $(jq -c .tags want.out)"

# match links rounds of right records on threads (256 a thread) while this thread
# writes the round before: the corpus's records three times over against its plan rows.
"$VIL" grep --kind goal --kind subgoal --kind strategy '' records.jsonl >plan.jsonl
cat records.jsonl records.jsonl records.jsonl >right.jsonl
same_for_threads "match --unmatched" match --unmatched plan.jsonl right.jsonl
checks=$((checks + 1))
[ "$(jq -c 'select(.rank == 1)' want.out | wc -l)" -gt 2048 ] || fail "match: too few linked records to need several rounds"

# Standard input reads like a file.
"$VIL" grep -i klima -j 1 big.jsonl >want.out
status=0
cat big.jsonl | "$VIL" grep -i klima -j 4 >out 2>err || status=$?
expect_status 0
expect_out_file want.out

# Invalid lines deep in the input (lines 12345 and 28001), in different batches: named
# by their line; the
# records before the first are written, and --skip-invalid names both.
checks=$((checks + 1))
[ "$lines" -gt 28000 ] || fail "big.jsonl has $lines lines, too few for the second invalid line"
awk 'NR == 12345 { print "{\"text\": oops}" } NR == 28000 { print "[1]" } { print }' big.jsonl >bad.jsonl
same_for_threads "grep, an invalid line" grep -F a bad.jsonl
expect_status 2
expect_err "vil: bad.jsonl:12345: not valid JSON: The JSON document has an improper structure: missing or superfluous commas, braces, missing keys, etc."
head -n 12344 bad.jsonl | "$VIL" grep -F a >before.out
checks=$((checks + 1))
cmp -s out before.out || fail "grep, an invalid line: the records before it are not all written"
same_for_threads "grep --skip-invalid" grep --skip-invalid -F a bad.jsonl
expect_status 0
expect_err "vil: bad.jsonl:12345: not valid JSON: The JSON document has an improper structure: missing or superfluous commas, braces, missing keys, etc.; skipped
vil: bad.jsonl:28001: not a JSON object (a record is one object per line); skipped
vil: bad.jsonl: skipped 2 invalid lines"
# (One rule: what is checked is which lines are skipped and named, not the tagging,
# which "tag" above checks with every rule.)
printf 'topic:climate\t(^|\\PL)klima\n' >one-rule.tsv
same_for_threads "tag --skip-invalid" tag --skip-invalid -r one-rule.tsv bad.jsonl
expect_status 0
expect_eq "$lines" "$(wc -l <out | tr -d ' ')" "tag --skip-invalid: records written"

run grep -j 0 x big.jsonl
expect_status 2
expect_err "vil: --threads: 0 is not a number of threads from 1 to 64
vil: run 'vil grep --help' for usage"
run tag --threads many big.jsonl
expect_status 2
expect_err "vil: --threads: many is not a number of threads from 1 to 64
vil: run 'vil tag --help' for usage"

# extract segments documents on worker threads and writes them in input order: the
# same records, outlines and diagnostics (a binary file, invalid UTF-8, an empty file
# among them, each named in its turn) for any number of threads.
mkdir docs
i=0
for _ in 1 2 3; do
  for f in "$VIL_ROOT"/corpus/*.txt; do
    i=$((i + 1))
    cp "$f" "docs/$(printf '%03d' "$i")-$(basename "$f")"
  done
done
printf 'Tittel\n\nEn linje\0med NUL\n' >docs/010-nul.txt
printf 'Tittel\n\nUgyldig \xff tegn\n' >docs/020-bad.txt
: >docs/030-empty.txt
same_for_threads "extract a folder" extract docs
expect_status 2
checks=$((checks + 1))
[ "$(jq -r .doc want.out | uniq | wc -l)" -ge $((i - 1)) ] || fail "extract a folder: too few documents written"
checks=$((checks + 1))
grep -q "^vil: docs/010-nul.txt:3: binary file" want.err && grep -q "^vil: docs/020-bad.txt:3: invalid UTF-8" want.err ||
  fail "extract a folder: the bad files are not named: $(cat want.err)"
"$VIL" extract "$VIL_ROOT/corpus/" >corpus.jsonl
same_for_threads "extract the corpus" extract "$VIL_ROOT/corpus/"
expect_status 0
expect_out_file corpus.jsonl
same_for_threads "extract --format outline" extract --format outline docs/*.txt
# A document of 8 MiB or more is segmented alone, after the ones before it, its records
# written as they come; standard input too: the same output among small documents.
for _ in $(seq 240); do cat "$VIL_ROOT/corpus/ps-asker.txt"; done >docs/015-large.txt
checks=$((checks + 1))
[ "$(wc -c <docs/015-large.txt)" -ge 8388608 ] || fail "docs/015-large.txt is under 8 MiB: $(wc -c <docs/015-large.txt)"
same_for_threads "extract a large document among small ones" extract docs/001-*.txt docs/015-large.txt docs/00[2-9]-*.txt
expect_status 0
checks=$((checks + 1))
[ "$(jq -r .doc want.out | uniq | tr '\n' ' ')" = "$(cd docs && printf "%s\n" 001-*.txt 015-large.txt 00[2-9]-*.txt | sed 's/.txt$//' | tr '\n' ' ')" ] ||
  fail "extract a large document among small ones: documents out of order: $(jq -r .doc want.out | uniq | tr '\n' ' ')"
"$VIL" extract -j 1 docs/001-*.txt - docs/00[2-9]-*.txt <"$VIL_ROOT/corpus/venstre-asker.txt" >want.out
for j in 2 8; do
  "$VIL" extract -j "$j" docs/001-*.txt - docs/00[2-9]-*.txt <"$VIL_ROOT/corpus/venstre-asker.txt" >out
  checks=$((checks + 1))
  cmp -s out want.out || fail "extract, standard input among files: -j $j differs from -j 1"
done
checks=$((checks + 1))
[ "$(jq -r 'select(.doc == "stdin") | .doc' want.out | wc -l)" -gt 10 ] || fail "extract: standard input among files gave too few records"
