# vil stats --by FIELD...: records counted per combination of values, one JSON object per
# group (the --by fields as given, then "count"), most first then by key; --sort key: by
# key, null first, numbers in numeric order, then strings by bytes. An array counts the
# record once per element (a cartesian product over several arrays); a missing or null
# field, or an empty array, counts it under null.

cat >in.jsonl <<'JSON'
{"doc":"b","kind":"bullet","text":"x","tags":["t:a","t:b"],"refs":{"sdg":[11,2]}}
{"doc":"a","kind":"bullet","text":"x","tags":["t:a"],"refs":{"sdg":[2]}}
{"doc":"a","kind":"heading","text":"x","tags":[],"refs":null}
{"doc":"b","kind":"bullet","text":"x","refs":{"sdg":[10,11]}}
{"doc":"a","kind":"lead","text":"x","tags":null}
{"doc":"c","kind":"bullet","text":"x"}
JSON

run stats --by doc --by kind in.jsonl
expect_status 0
expect_err ''
cat >want <<'JSON'
{"doc":"b","kind":"bullet","count":2}
{"doc":"a","kind":"bullet","count":1}
{"doc":"a","kind":"heading","count":1}
{"doc":"a","kind":"lead","count":1}
{"doc":"c","kind":"bullet","count":1}
JSON
expect_out_file want
run stats --by doc --by kind --sort key in.jsonl
cat >want <<'JSON'
{"doc":"a","kind":"bullet","count":1}
{"doc":"a","kind":"heading","count":1}
{"doc":"a","kind":"lead","count":1}
{"doc":"b","kind":"bullet","count":2}
{"doc":"c","kind":"bullet","count":1}
JSON
expect_out_file want
# The order of --by is the order of the keys; -b is --by.
run stats -b kind -b doc in.jsonl
expect_eq '{"kind":"bullet","doc":"b","count":2}' "$(head -1 out)" 'kind first'
# No --by: one group, all records.
run stats in.jsonl
expect_eq '{"count":6}' "$(cat out)" 'no --by'

# Arrays: once per element; [] , null and missing under null.
run stats --by tags in.jsonl
printf '%s\n' '{"tags":null,"count":4}' '{"tags":"t:a","count":2}' '{"tags":"t:b","count":1}' >want
expect_out_file want
# Numbers stay numbers; by count, ties by key (numerically: 2 before 11).
run stats --by refs.sdg in.jsonl
printf '%s\n' '{"refs.sdg":null,"count":3}' '{"refs.sdg":2,"count":2}' '{"refs.sdg":11,"count":2}' '{"refs.sdg":10,"count":1}' >want
expect_out_file want
run stats --by refs.sdg --sort key in.jsonl
printf '%s\n' '{"refs.sdg":null,"count":3}' '{"refs.sdg":2,"count":2}' '{"refs.sdg":10,"count":1}' '{"refs.sdg":11,"count":2}' >want
expect_out_file want
# Two arrays: every pair. Record 1 gives (t:a,11) (t:a,2) (t:b,11) (t:b,2).
run stats --by tags --by refs.sdg --sort key in.jsonl
cat >want <<'JSON'
{"tags":null,"refs.sdg":null,"count":3}
{"tags":null,"refs.sdg":10,"count":1}
{"tags":null,"refs.sdg":11,"count":1}
{"tags":"t:a","refs.sdg":2,"count":2}
{"tags":"t:a","refs.sdg":11,"count":1}
{"tags":"t:b","refs.sdg":2,"count":1}
{"tags":"t:b","refs.sdg":11,"count":1}
JSON
expect_out_file want
# An index picks one element.
run stats --by tags.1 in.jsonl
printf '%s\n' '{"tags.1":null,"count":5}' '{"tags.1":"t:b","count":1}' >want
expect_out_file want

# Key order across types: null, then numbers (numerically, negatives and fractions too),
# then strings and booleans by bytes ("10" the string is a string).
printf '%s\n' '{"text":"x","v":"b"}' '{"text":"x","v":10}' '{"text":"x","v":-1.5}' '{"text":"x","v":"10"}' \
  '{"text":"x","v":true}' '{"text":"x","v":2}' '{"text":"x"}' '{"text":"x","v":"Å"}' '{"text":"x","v":"B"}' '{"text":"x","v":0.5}' >mixed.jsonl
run stats --by v --sort key mixed.jsonl
expect_eq 'null -1.5 0.5 2 10 "10" "B" "b" true "Å"' "$(jq -c .v out | paste -sd' ')" 'key order across types'
# Same counts: the count order falls back to the key order.
run stats --by v mixed.jsonl
expect_eq 'null -1.5 0.5 2 10 "10" "B" "b" true "Å"' "$(jq -c .v out | paste -sd' ')" 'count order with ties'

# The corpus by document, most records first (the numbers of corpus_counts.sh, and the
# pledges made in prose: 18, 8 and 4).
"$VIL" extract "$VIL_ROOT/corpus/" >records.jsonl
run stats --by doc records.jsonl
cat >want <<'JSON'
{"doc":"ps-asker","count":331}
{"doc":"ps-baerum","count":155}
{"doc":"kommuneplan-asker","count":152}
{"doc":"venstre-asker","count":48}
{"doc":"handlingsprogram-medvirkning","count":13}
JSON
expect_out_file want
# The plan's SDG codes: strategies per code, by key. 87 strategies, 52 with no code.
run stats --by refs.sdg --sort key records.jsonl
expect_eq "$(jq -r '.refs.sdg // [] | if length == 0 then "null" else .[] end' records.jsonl | sort -n | uniq -c | awk '{print $2 ":" $1}' | sort -t: -k1,1n | paste -sd' ')" \
  "$(jq -r '"\(.["refs.sdg"]):\(.count)"' out | paste -sd' ')" 'refs.sdg counts, as jq counts them'
run stats --by kind --by refs.sdg --sort key records.jsonl
expect_eq '{"kind":"strategy","refs.sdg":null,"count":52}' "$(grep '"kind":"strategy","refs.sdg":null' out)" 'strategies without a code'
