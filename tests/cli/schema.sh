# The records of `vil extract` are valid against schema/record.schema.json, checked
# with a standard validator (Debian's python3-jsonschema, draft 2020-12), and the
# check can fail.

py=/usr/bin/python3
validator=$VIL_ROOT/tests/schema/validate.py
schema=$VIL_ROOT/schema/record.schema.json

# validate [FILE...]: runs validate.py on FILEs (stdin if none); stdout in ./vout,
# stderr in ./err (so that expect_status shows the validator's messages), exit
# status in $status.
validate() {
  status=0
  "$py" "$validator" "$schema" "$@" >vout 2>err || status=$?
}

# expect_invalid NAME TEXT: validate.py rejects file NAME.jsonl (exit 1) with a
# FILE:LINE: message on stderr that contains TEXT.
expect_invalid() {
  validate "$1.jsonl"
  checks=$((checks + 1))
  [ "$status" = 1 ] || fail "$1: validate.py exit status $status, expected 1 (stderr: $(head -c 300 err))"
  checks=$((checks + 1))
  if ! { grep -qF -- "$1.jsonl:1: " err && grep -qF -- "$2" err; }; then
    fail "$1: expected a '$1.jsonl:1: ...$2...' message, got: $(head -c 300 err)"
  fi
}

# Without the validator there is no test: fail loudly, never skip.
checks=$((checks + 1))
if ! "$py" -c 'import jsonschema; jsonschema.Draft202012Validator' 2>/dev/null; then
  fail "$py cannot import jsonschema with Draft202012Validator: install python3-jsonschema (apt-get install python3-jsonschema)"
  return
fi

# (a) The whole shipped corpus, read through its manifest.
run extract "$VIL_ROOT/corpus/"
expect_status 0
cp out corpus.jsonl
n=$(wc -l <corpus.jsonl | tr -d ' ')
checks=$((checks + 1))
[ "$n" -gt 0 ] || fail "extract of the corpus wrote no records"
validate corpus.jsonl
expect_status 0
expect_eq "validated $n records" "$(cat vout)" "validate.py on the corpus"
expect_eq 0 "$(jq -c 'select(has("meta") | not)' corpus.jsonl | wc -l | tr -d ' ')" "corpus records without meta"
# Every kind of the contract occurs, so that every branch of the schema is exercised.
for kind in heading paragraph toc lead bullet pledge goal subgoal strategy; do
  checks=$((checks + 1))
  [ "$(jq -c --arg k "$kind" 'select(.kind == $k)' corpus.jsonl | wc -l)" -gt 0 ] ||
    fail "no $kind record in the corpus output"
done
# What JSON Schema cannot say: a range's first does not pass its last.
expect_eq 0 "$(jq -c 'select(.lines[0] > .lines[1] or .bytes[0] > .bytes[1])' corpus.jsonl | wc -l | tr -d ' ')" \
  "records with lines or bytes out of order"
# Tagged and grepped records too: tag adds tags and why, grep adds match.
"$VIL" tag corpus.jsonl | "$VIL" grep -i 'klima|skole|bolig' >filtered.jsonl
n2=$(wc -l <filtered.jsonl | tr -d ' ')
expect_eq 1 "$( [ "$(jq -c 'select(.tags and .why and .match)' filtered.jsonl | wc -l)" -gt 10 ] && echo 1)" 'tagged and grepped records to check'
validate filtered.jsonl
expect_status 0
expect_eq "validated $n2 records" "$(cat vout)" "validate.py on tagged and grepped records"
jq -c '.match.text = [[1]]' filtered.jsonl | head -1 >bad-span.jsonl
expect_invalid bad-span '(at $.match.text[0])'
# Standard input gives the same verdict.
validate <corpus.jsonl
expect_status 0
expect_eq "validated $n records" "$(cat vout)" "validate.py on standard input"

# (b) The check can fail. Valid records to start from, checked first, then each
# broken in one way.
jq -c 'select(.kind == "heading")' corpus.jsonl | head -1 >heading.json
jq -c 'select(.kind == "paragraph")' corpus.jsonl | head -1 >paragraph.json
jq -c 'select(.kind == "goal")' corpus.jsonl | head -1 >goal.json
cat heading.json paragraph.json goal.json >valid.jsonl
validate valid.jsonl
expect_status 0
expect_eq "validated 3 records" "$(cat vout)" "validate.py on the starting records"

jq -c 'del(.level)' heading.json >heading-without-level.jsonl
expect_invalid heading-without-level "'level' is a required property"
jq -c --slurpfile g goal.json '.refs = $g[0].refs' paragraph.json >paragraph-with-refs.jsonl
expect_invalid paragraph-with-refs '(at $.refs)'
jq -c '.level = 1' paragraph.json >paragraph-with-level.jsonl
expect_invalid paragraph-with-level '(at $.level)'
jq -c '.id = "0123456789abcde"' heading.json >id-short.jsonl
expect_invalid id-short '(at $.id)'
jq -c '.id = "0123456789ABCDEF"' heading.json >id-upper.jsonl
expect_invalid id-upper '(at $.id)'
jq -c '.id = "0123456789abcdeg"' heading.json >id-not-hex.jsonl
expect_invalid id-not-hex '(at $.id)'
jq -c '.id = "0123456789abcdef\n"' heading.json >id-newline.jsonl
expect_invalid id-newline '(at $.id)'
jq -c '.refs.sdg = [18]' goal.json >sdg-18.jsonl
expect_invalid sdg-18 '(at $.refs.sdg[0])'
jq -c '.refs.targets = ["18.1"]' goal.json >target-18.jsonl
expect_invalid target-18 '(at $.refs.targets[0])'
jq -c '.colour = "red"' paragraph.json >unknown-key.jsonl
expect_invalid unknown-key "'colour' was unexpected"
jq -c '.refs.extra = 1' goal.json >unknown-refs-key.jsonl
expect_invalid unknown-refs-key "'extra' was unexpected"
jq -c '.kind = "bullet"' paragraph.json >bullet-without-actor.jsonl
expect_invalid bullet-without-actor "'actor' is a required property"
sed 's/^{"doc":/{"doc":"x","doc":/' paragraph.json >duplicate-key.jsonl
expect_invalid duplicate-key 'duplicate key "doc"'

# One bad record among good ones: named by its line, the others still counted.
cat valid.jsonl sdg-18.jsonl >mixed.jsonl
validate mixed.jsonl
expect_status 1
expect_eq "validated 4 records" "$(cat vout)" "validate.py on a mixed file"
checks=$((checks + 1))
grep -qF 'mixed.jsonl:4: ' err || fail "no mixed.jsonl:4: message: $(head -c 300 err)"

# A line that is not JSON at all: not JSON Lines, exit 2.
{ cat heading.json; echo 'not json'; } >not-jsonl.jsonl
validate not-jsonl.jsonl
expect_status 2
checks=$((checks + 1))
grep -qF 'not-jsonl.jsonl:2: ' err || fail "no not-jsonl.jsonl:2: message: $(head -c 300 err)"

# (c) A loose file, without a manifest: its records have no meta.
cp "$VIL_ROOT/corpus/ps-baerum.txt" loose-notes.txt
run extract loose-notes.txt
expect_status 0
cp out loose.jsonl
n=$(wc -l <loose.jsonl | tr -d ' ')
checks=$((checks + 1))
[ "$n" -gt 0 ] || fail "extract of a loose file wrote no records"
expect_eq 0 "$(jq -c 'select(has("meta"))' loose.jsonl | wc -l | tr -d ' ')" "loose records with meta"
expect_eq loose-notes "$(jq -r '.doc' loose.jsonl | sort -u)" "doc of a loose file"
validate loose.jsonl
expect_status 0
expect_eq "validated $n records" "$(cat vout)" "validate.py on a loose file"
