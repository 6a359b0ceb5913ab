# vil grep's selection options: --kind and --doc (repeatable: any of the values within
# one option, all options together), -v, -F, -m (per document), -c and -l (per document).

cat >in.jsonl <<'JSON'
{"doc":"a","id":"a1","kind":"bullet","text":"skole (1+1) og barnehage"}
{"doc":"a","id":"a2","kind":"paragraph","text":"skole og mer skole"}
{"doc":"b","id":"b1","kind":"bullet","text":"skole.*"}
{"doc":"b","id":"b2","kind":"lead","text":"PS vil:"}
{"doc":"a","id":"a3","kind":"bullet","text":"skolevei"}
{"doc":"c","id":"c1","kind":"heading","text":"Skole"}
JSON
ids() { jq -r .id out | paste -sd' '; }

# --kind: one kind; repeated: any of them.
run grep --kind bullet skole in.jsonl
expect_eq 'a1 b1 a3' "$(ids)" '--kind bullet'
run grep --kind bullet --kind lead '^[sP]' in.jsonl
expect_eq 'a1 b1 b2 a3' "$(ids)" '--kind bullet --kind lead'
# --doc likewise; --kind and --doc together: both must hold.
run grep --doc a --doc c -i '^skole' in.jsonl
expect_eq 'a1 a2 a3 c1' "$(ids)" '--doc a --doc c'
run grep --kind bullet --doc b skole in.jsonl
expect_eq 'b1' "$(ids)" '--kind bullet --doc b'
run grep --kind heading --doc a -i skole in.jsonl
expect_status 1
# The filters apply with -v too: -v only inverts the pattern.
run grep -v --kind bullet '\(' in.jsonl
expect_eq 'b1 a3' "$(ids)" '-v within --kind'

# -v: the records that do not match, written as they came (no match field).
run grep -v skole in.jsonl
expect_status 0
printf '%s\n' '{"doc":"b","id":"b2","kind":"lead","text":"PS vil:"}' '{"doc":"c","id":"c1","kind":"heading","text":"Skole"}' >want
expect_out_file want
run grep --invert -i '.' in.jsonl
expect_status 1

# -F: regular-expression characters are plain characters.
run grep -F '(1+1)' in.jsonl
expect_eq '{"a1":[[6,11]]}' "$(jq -c '{(.id): .match.text}' out)" '-F (1+1)'
run grep -F 'skole.*' in.jsonl
expect_eq '{"b1":[[0,7]]}' "$(jq -c '{(.id): .match.text}' out)" '-F skole.*'
run grep 'skole.*' in.jsonl
expect_eq 'a1 a2 b1 a3' "$(ids)" 'skole.* as a pattern'
run grep -F -i 'SKOLE.*' in.jsonl
expect_eq 'b1' "$(ids)" '-F -i'
run grep --fixed-strings '(' in.jsonl
expect_eq 'a1' "$(ids)" '-F with an unbalanced parenthesis'

# -m N: at most N selected records in each document.
run grep -m 1 skole in.jsonl
expect_eq 'a1 b1' "$(ids)" '-m 1'
run grep -m 2 -i skole in.jsonl
expect_eq 'a1 a2 b1 c1' "$(ids)" '-m 2 -i'
run grep --max-count 0 skole in.jsonl
expect_status 1
expect_eq '' "$(cat out)" '-m 0'
run grep -m 1 -v skole in.jsonl
expect_eq 'b2 c1' "$(ids)" '-m 1 -v'

# -c: per document, in order of first appearance, documents without any left out.
run grep -c skole in.jsonl
expect_status 0
printf '%s\n' '{"doc":"a","count":3}' '{"doc":"b","count":1}' >want
expect_out_file want
run grep -c -i skole in.jsonl
printf '%s\n' '{"doc":"a","count":3}' '{"doc":"b","count":1}' '{"doc":"c","count":1}' >want
expect_out_file want
run grep -c -m 2 -i skole in.jsonl
printf '%s\n' '{"doc":"a","count":2}' '{"doc":"b","count":1}' '{"doc":"c","count":1}' >want
expect_out_file want
run grep -c --format text skole in.jsonl
printf 'a:3\nb:1\n' >want
expect_out_file want
run grep -c zzz in.jsonl
expect_status 1
expect_eq '' "$(cat out)" '-c with nothing'

# -l: each document with a selected record, once, as found.
run grep -l skole in.jsonl
printf '%s\n' '{"doc":"a"}' '{"doc":"b"}' >want
expect_out_file want
run grep --files-with-matches -i --kind heading --kind lead '.' in.jsonl
printf '%s\n' '{"doc":"b"}' '{"doc":"c"}' >want
expect_out_file want
run grep -l --format text -v skole in.jsonl
printf 'b\nc\n' >want
expect_out_file want
