# vil grep -f/--field: match other fields than text, named by dotted paths. An array on
# the way is searched element by element (a record matches if any element does), numbers
# match as their JSON text, and the "match" keys name the place: "path.1", "refs.sdg.0".

cat >in.jsonl <<'JSON'
{"doc":"a","kind":"strategy","text":"Bedre kollektivtilbud.","path":["Bærekraftige byer","Mobilitet i Øst"],"refs":{"raw":"FN-T 3.9 11.6","sdg":[3,11]},"meta":{"municipality":"Asker"}}
{"doc":"b","kind":"bullet","text":"Flere boliger i Bærum.","path":["Bolig"],"refs":null,"meta":{"municipality":"Bærum"}}
{"doc":"c","kind":"goal","text":"Byer for alle.","path":[],"refs":{"raw":"FN-T 11","sdg":[11]},"meta":{"municipality":null}}
JSON

# An array of strings: the element that matched is named by its index.
run grep --field path 'Øst' in.jsonl
expect_status 0
expect_eq '{"path.1":[[12,16]]}' "$(jq -c .match out)" 'match in path.1'
expect_eq a "$(jq -r .doc out)" 'record matched in path'
# Every element that matches gets its own key, in element order.
run grep --field path -i 'b' in.jsonl
expect_eq '{"doc":"a","match":{"path.0":[[0,1],[14,15]],"path.1":[[2,3]]}} {"doc":"b","match":{"path.0":[[0,1]]}}' \
  "$(jq -c '{doc, match}' out | paste -sd' ')" 'several elements, several records'
# An index in the path picks one element.
run grep --field path.1 '.' in.jsonl
expect_eq 'a' "$(jq -r .doc out | paste -sd' ')" 'path.1 exists only in a'
expect_eq '["path.1"]' "$(jq -c '.match | keys' out)" 'key of an indexed path'
run grep --field path.0 'Øst' in.jsonl
expect_status 1

# Numbers match as their JSON text: refs.sdg is an array of numbers.
run grep --field refs.sdg '^11$' in.jsonl
expect_eq '{"a":{"refs.sdg.1":[[0,2]]}} {"c":{"refs.sdg.0":[[0,2]]}}' \
  "$(jq -c '{(.doc): .match}' out | paste -sd' ')" 'refs.sdg numbers'
run grep --field refs.sdg '^1$' in.jsonl
expect_status 1
# A nested string; a null value and a null parent reach nothing.
run grep --field meta.municipality '^Bærum$' in.jsonl
expect_eq '{"b":{"meta.municipality":[[0,6]]}}' "$(jq -c '{(.doc): .match}' out)" 'meta.municipality'
run grep --field meta.municipality 'null' in.jsonl
expect_status 1
run grep --field refs.raw 'FN' in.jsonl
expect_eq 'a c' "$(jq -r .doc out | paste -sd' ')" 'refs.raw, with refs null in b'
# A field that is an object, or missing, matches nothing.
run grep --field meta 'Asker' in.jsonl
expect_status 1
run grep --field nosuch '.' in.jsonl
expect_status 1

# Several -f: a record matches if any of them does; the match lists each place that
# matched, in the order of the -f options; text is only searched when named.
run grep --field path --field text 'Bærum|Øst|boliger' in.jsonl
expect_eq '{"a":{"path.1":[[12,16]]}} {"b":{"text":[[6,13],[16,22]]}}' \
  "$(jq -c '{(.doc): .match}' out | paste -sd' ')" 'path and text'
run grep --field text --field path.0 -i 'bærekraftige|bedre' in.jsonl
expect_eq '{"text":[[0,5]],"path.0":[[0,13]]}' "$(jq -c .match out)" 'text before path.0, as given'

# The shipped corpus: strategies with SDG 11 among their codes. Nine of them: eight
# with [11] alone and "FN-T 3.9 11.6" (line 72 of the plan), where 11 is the second code.
"$VIL" extract "$VIL_ROOT/corpus/" >records.jsonl
run grep --field refs.sdg '^11$' --kind strategy records.jsonl
expect_status 0
expect_eq 9 "$(count true)" 'strategies with SDG 11'
expect_eq 9 "$(jq -c 'select(.kind == "strategy" and (.refs.sdg | index(11)))' records.jsonl | wc -l | tr -d ' ')" 'the same with jq'
expect_eq '[[3,11],{"refs.sdg.1":[[0,2]]},[72,72]]' \
  "$(jq -c 'select(.refs.sdg | length > 1) | [.refs.sdg, .match, .lines]' out)" 'the two-code strategy'
# meta.municipality: ps-baerum is the only document from Bærum, all 155 of its records (147 structural, 8 pledges made in prose).
run grep -c --field meta.municipality '^Bærum$' records.jsonl
expect_eq '{"doc":"ps-baerum","count":155}' "$(cat out)" 'records from Bærum'
