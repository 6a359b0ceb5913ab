# Every JSON output of vil has a schema in schema/ (installed beside record.schema.json),
# and the outputs of each subcommand on the shipped corpus are valid against it, with a
# standard validator (Debian's python3-jsonschema, draft 2020-12). Each schema can fail:
# a wrong line is rejected.

py=/usr/bin/python3
validator=$VIL_ROOT/tests/schema/validate.py
schemas=$VIL_ROOT/schema

# valid SCHEMA FILE WHAT: every line of FILE is valid against schema/SCHEMA, and there
# is at least one.
valid() {
  checks=$((checks + 1))
  local st=0
  "$py" "$validator" "$schemas/$1" "$2" >vout 2>verr || st=$?
  [ "$st" = 0 ] || { fail "$3: not valid against $1 (exit $st): $(head -c 400 verr)"; return; }
  checks=$((checks + 1))
  [ -s "$2" ] || fail "$3: no output to validate"
}

# invalid SCHEMA JSON WHAT: the one line JSON is rejected by schema/SCHEMA.
invalid() {
  checks=$((checks + 1))
  local st=0
  printf '%s\n' "$2" >bad.jsonl
  "$py" "$validator" "$schemas/$1" bad.jsonl >vout 2>verr || st=$?
  [ "$st" = 1 ] || fail "$3: $1 accepted a wrong line (exit $st)"
}

checks=$((checks + 1))
if ! "$py" -c 'import jsonschema; jsonschema.Draft202012Validator' 2>/dev/null; then
  fail "$py cannot import jsonschema: install python3-jsonschema"
  return
fi

"$VIL" extract "$VIL_ROOT/corpus/" >corpus.jsonl
"$VIL" tag corpus.jsonl >tagged.jsonl
valid record.schema.json tagged.jsonl 'vil tag'
"$VIL" grep --kind goal --kind subgoal --kind strategy '' tagged.jsonl >plan.jsonl
"$VIL" grep --kind bullet --doc ps-asker --doc ps-baerum --doc venstre-asker '' tagged.jsonl >pledges.jsonl
valid record.schema.json pledges.jsonl 'vil grep'
# The fields grep adds: match (the spans) and kwic (--kwic N).
"$VIL" grep --kwic 2 -i klima tagged.jsonl >kwic.jsonl
expect_eq true "$(jq -s 'length > 10 and all(.kwic | length > 0) and all(.match | length > 0)' kwic.jsonl)" 'grep --kwic: kwic and match on every record'
valid record.schema.json kwic.jsonl 'vil grep --kwic'

# vil match: links, and with --unmatched the records without one.
"$VIL" match --top 3 plan.jsonl pledges.jsonl >links.jsonl
valid link.schema.json links.jsonl 'vil match'
"$VIL" match --unmatched --top 1 --min-score 0.3 plan.jsonl pledges.jsonl >unmatched.jsonl
expect_eq 1 "$(jq -c 'select(.unmatched == "right")' unmatched.jsonl | head -1 | wc -l | tr -d ' ')" 'some pledge unmatched at 0.3'
valid link.schema.json unmatched.jsonl 'vil match --unmatched'
invalid link.schema.json '{"rank":0,"score":0.5,"cosine":0.5,"addresses":true,"shared":{"words":[],"concepts":[],"context":[],"tags":[]},"left":{"text":"a"},"right":{"text":"b"}}' 'rank 0'
invalid link.schema.json '{"unmatched":"right","left":{"text":"a"}}' 'unmatched right without right'

# vil match's coding sheets, TSV and CSV, row by row.
for f in tsv csv; do
  "$VIL" match --format "$f" --top 2 plan.jsonl pledges.jsonl >sheet.$f
  "$py" "$VIL_ROOT/tests/schema/sheet_rows.py" "$f" sheet.$f >rows-$f.jsonl || fail "sheet.$f: rows do not match its header"
  expect_eq "$(($(wc -l <links.jsonl) - $(jq -c 'select(.rank == 3)' links.jsonl | wc -l)))" \
    "$(wc -l <rows-$f.jsonl | tr -d ' ')" "$f sheet: one row per link"
  valid sheet.schema.json rows-$f.jsonl "vil match --format $f"
done
invalid sheet.schema.json '{"right":"ps-asker:54","rank":"1","score":"0.33","addresses":"yes","left":"kommuneplan-asker:26","code":"","right_text":"","left_text":"","shared":""}' 'a score with 2 decimals'

# vil diff: alignments and --stat.
"$VIL" extract "$VIL_ROOT/corpus/ps-asker.txt" >asker.jsonl
"$VIL" extract "$VIL_ROOT/corpus/ps-baerum.txt" >baerum.jsonl
"$VIL" diff --kind bullet --equate Asker=Bærum asker.jsonl baerum.jsonl >aligned.jsonl
expect_eq 'added changed removed same' "$(jq -r .op aligned.jsonl | sort -u | tr '\n' ' ' | sed 's/ $//')" 'diff: the ops seen'
valid alignment.schema.json aligned.jsonl 'vil diff'
"$VIL" diff --stat asker.jsonl baerum.jsonl >stat.jsonl
valid alignment.schema.json stat.jsonl 'vil diff --stat'
invalid alignment.schema.json '{"op":"changed","score":1,"moved":false,"left":{"text":"a"},"right":{"text":"a b"},"diff":[]}' 'a changed pair scoring 1'
invalid alignment.schema.json '{"op":"same","score":1,"moved":false,"left":{"text":"a"},"right":{"text":"a"},"diff":[]}' 'a diff on same'

# vil stats: groups (scalars and arrays, null) and the matrix.
"$VIL" stats --by doc --by kind corpus.jsonl >groups.jsonl
"$VIL" stats --by tags tagged.jsonl >>groups.jsonl
"$VIL" stats --by refs.sdg corpus.jsonl >>groups.jsonl
valid stats.schema.json groups.jsonl 'vil stats'
"$VIL" stats --by kind --by tags --matrix tagged.jsonl >matrix.jsonl
valid stats.schema.json matrix.jsonl 'vil stats --matrix'
invalid stats.schema.json '{"doc":"ps-asker","count":-1}' 'a negative count'
invalid stats.schema.json '{"doc":["a"],"count":1}' 'an array value'

# vil agree: figures, calibration, disagreements.
gold=$VIL_ROOT/tests/data/links-extra.tsv
"$VIL" agree links.jsonl "$gold" >figures.jsonl
valid agreement.schema.json figures.jsonl 'vil agree'
"$VIL" agree links.jsonl "$gold" --calibration >calibration.jsonl
valid agreement.schema.json calibration.jsonl 'vil agree --calibration'
"$VIL" agree links.jsonl "$gold" --disagreements >disagreements.jsonl
valid agreement.schema.json disagreements.jsonl 'vil agree --disagreements'
invalid agreement.schema.json '{"pledge":"ps-asker:1","problem":"wrong","links":[],"accepted":[]}' 'an unknown problem'
done_testing
# A coding sheet has no rows for unmatched records: --unmatched with it is refused.
run match --format tsv --unmatched plan.jsonl pledges.jsonl
expect_status 2
expect_err 'vil: --unmatched writes JSON records: a coding sheet (--format tsv) has no row for them'
