# vil grep -w: whole words only, with word edges that know Unicode letters (æøå are
# letters, so "bolig" is not a word inside "ærbolig" or "boligø"); digits and '_' are
# word characters too. The spans cover the word, not the edges around it.

cat >in.jsonl <<'JSON'
{"id":"plural","text":"Flere boliger."}
{"id":"dot","text":"En bolig."}
{"id":"three","text":"bolig bolig,bolig"}
{"id":"inside","text":"ærbolig og boligø og bolig_x og bolig2 og 2bolig"}
{"id":"aa","text":"Å bo på Ås, åsen og Ås."}
{"id":"compound","text":"Boligpolitikk og utleieboliger"}
JSON

# 'bolig' is not a word in 'boliger', but is one before '.'.
run grep -w bolig in.jsonl
expect_status 0
expect_eq '{"dot":[[3,8]]} {"three":[[0,5],[6,11],[12,17]]}' \
  "$(jq -c '{(.id): .match.text}' out | paste -sd' ')" '-w bolig'
# Without -w it is found inside words too.
run grep bolig in.jsonl
expect_eq 'plural dot three inside compound' "$(jq -r .id out | paste -sd' ')" 'bolig without -w'
# Adjacent words separated by one character: each is found (the edge between them is
# shared).
run grep --word 'bolig' in.jsonl
expect_eq 3 "$(jq '.match.text | length' out | tail -1)" 'three words in a row'

# Norwegian letters at the edges: 'ås' the word, not 'ås' in 'åsen'; the first and last
# words of the text count.
run grep -w -i 'ås' in.jsonl
expect_eq '{"aa":[[10,13],[24,27]]}' "$(jq -c '{(.id): .match.text}' out)" '-w -i ås'
run grep -w 'Å' in.jsonl
expect_eq '{"aa":[[0,2]]}' "$(jq -c '{(.id): .match.text}' out)" 'one-letter word at the start'
run grep -w 'på|Ås' in.jsonl
expect_eq '[[6,9],[10,13],[24,27]]' "$(jq -c .match.text out)" 'alternatives are grouped under -w'
run grep -w 'bo' in.jsonl
expect_eq '{"aa":[[3,5]]}' "$(jq -c '{(.id): .match.text}' out)" 'bo, not inside boliger'
# A word that only occurs glued to letters, digits or '_' is not found.
printf '%s\n' '{"id":"inside","text":"ærbolig og boligø og bolig_x og bolig2 og 2bolig"}' >inside.jsonl
run grep -w 'bolig' inside.jsonl
expect_status 1
# -w with a pattern that matches longer words.
run grep -w -i 'bolig\pL*' in.jsonl
expect_eq '{"plural":[[6,13]]} {"dot":[[3,8]]} {"three":[[0,5],[6,11],[12,17]]} {"inside":[[12,19]]} {"compound":[[0,13]]}' \
  "$(jq -c '{(.id): .match.text}' out | paste -sd' ')" 'bolig\pL* as words (boligø is one)'

# The corpus: 'barnehage' as a word, any case, in 10 records (jq agrees; barnehager,
# barnehageplasser and the like are left out, "barnehage/skole" is in).
"$VIL" extract "$VIL_ROOT/corpus/" >records.jsonl
run grep -c -w -i 'barnehage' records.jsonl
cat >want <<'JSON'
{"doc":"ps-asker","count":5}
{"doc":"ps-baerum","count":3}
{"doc":"venstre-asker","count":1}
{"doc":"kommuneplan-asker","count":1}
JSON
expect_out_file want
expect_eq 10 "$(jq -c 'select(.text | test("(^|[^[:alnum:]_])barnehage($|[^[:alnum:]_])"; "i"))' records.jsonl | wc -l | tr -d ' ')" 'the same with jq'
