# vil grep: the records whose text matches, each written as it came with a "match" field
# added: byte spans [begin, end) in the field's value (multi-byte letters count as their
# bytes). Exit 0 when a record was selected, 1 when none was.

cat >in.jsonl <<'JSON'
{"doc":"d1","id":"r1","kind":"bullet","text":"Bygge flere boliger på Ås og i Bærum.","path":["Bolig","Øst"],"lines":[3,3]}
{"doc":"d1","id":"r2","kind":"paragraph","text":"Ingen treff her.","path":[],"lines":[5,6]}
{"doc":"d2","id":"r3","kind":"bullet","text":"Bærum, Bærum!","path":["Bærum"],"lines":[1,1]}
JSON

# "Bygge flere boliger p" is 21 bytes, "å" 2, " Ås og i " 10 (Å is 2): Bærum starts at
# byte 33 and is 6 bytes long (æ is 2).
run grep 'Bærum' in.jsonl
expect_status 0
expect_err ''
cat >want <<'JSON'
{"doc":"d1","id":"r1","kind":"bullet","text":"Bygge flere boliger på Ås og i Bærum.","path":["Bolig","Øst"],"lines":[3,3],"match":{"text":[[33,39]]}}
{"doc":"d2","id":"r3","kind":"bullet","text":"Bærum, Bærum!","path":["Bærum"],"lines":[1,1],"match":{"text":[[0,6],[8,14]]}}
JSON
expect_out_file want
# The spans cut exactly the matched bytes out of the text.
expect_eq 'Bærum|Bærum|Bærum' \
  "$(python3 -c '
import json, sys
for line in open("out", encoding="utf-8"):
    r = json.loads(line)
    b = r["text"].encode()
    for s, e in r["match"]["text"]:
        print(b[s:e].decode())' | paste -sd'|')" 'bytes under the spans'

# Several matches in one value, left to right, not overlapping.
printf '%s\n' '{"text":"ål og åle og Ål"}' >many.jsonl
run grep 'å|Å' many.jsonl
expect_eq '{"text":[[0,2],[7,9],[15,17]]}' "$(jq -c .match out)" 'several spans'
run grep 'åle?' many.jsonl
expect_eq '{"text":[[0,3],[7,11]]}' "$(jq -c .match out)" 'spans of different lengths'

# Nothing matches: no output, exit 1, no message.
run grep 'zzz' in.jsonl
expect_status 1
expect_err ''
expect_eq '' "$(cat out)" 'output when nothing matches'

# The record passes through byte for byte: spacing, key order, escapes and number
# spellings kept, the match field spliced in before the closing brace (spaces after it
# dropped). Spans count bytes of the unescaped value: "Bl\u00e5b\u00e6r og \"" is 13.
printf '%s\n' '{ "text" : "Bl\u00e5b\u00e6r og \"sitat\"" ,  "n": 1.50, "e": 1E2, "u":"\ud83d\ude00" }  ' >odd.jsonl
run grep 'sitat' odd.jsonl
expect_status 0
printf '%s\n' '{ "text" : "Bl\u00e5b\u00e6r og \"sitat\"" ,  "n": 1.50, "e": 1E2, "u":"\ud83d\ude00" ,"match":{"text":[[13,18]]}}' >want
expect_out_file want
run grep 'bær' odd.jsonl
expect_eq '{"text":[[4,8]]}' "$(jq -c .match out)" 'span after escaped letters'

# A line without a final newline is still a record, and the output ends with one.
printf '%s' '{"text":"siste linje"}' >nonl.jsonl
run grep 'linje' nonl.jsonl
expect_status 0
printf '%s\n' '{"text":"siste linje","match":{"text":[[6,11]]}}' >want
expect_out_file want

# Standard input when no file is given, and '-' for it among files.
run_stdin in.jsonl grep 'Ingen'
expect_eq '["r2"]' "$(jq -c '[.id]' out)" 'from stdin'
run_stdin many.jsonl grep 'Ingen|åle' in.jsonl -
expect_eq 'r2 null' "$(jq -r .id out | paste -sd' ')" 'a file, then stdin'

# An empty input: nothing selected.
: >empty.jsonl
run grep . empty.jsonl
expect_status 1
expect_err ''

# An empty pattern keeps every record with one empty span, not one per character.
printf '%s\n' '{"text":"abc"}' '{"text":""}' >every.jsonl
run grep '' every.jsonl
expect_eq '{"text":[[0,0]]} {"text":[[0,0]]}' "$(jq -c .match out | paste -sd' ')" "grep '': one empty span"
