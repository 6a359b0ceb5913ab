# vil grep --kwic N: keyword in context, each match with N words either side. In JSON a
# "kwic" list ({"field","left","match","right"} per match, in order); in text one line
# per match, the left context right-aligned to max(20, 12*N) characters so the matches
# line up, cut from the left with "…" when longer.

cat >in.jsonl <<'JSON'
{"doc":"d","kind":"bullet","text":"Vi vil bygge flere boliger for unge i Asker sentrum.","lines":[7,7]}
{"doc":"d","kind":"bullet","text":"Boliger først, så veier og flere boliger.","lines":[8,9]}
{"doc":"d","kind":"bullet","text":"Bærekraftsmålsarbeidet kommuneplanrevisjonen boliger","lines":[9,9]}
JSON

# JSON: the record, its match, then the kwic list. The contexts keep their spaces and
# punctuation; at the ends of the text they are short or empty.
run grep --kwic 2 -i boliger in.jsonl
expect_status 0
cat >want <<'JSON'
{"doc":"d","kind":"bullet","text":"Vi vil bygge flere boliger for unge i Asker sentrum.","lines":[7,7],"match":{"text":[[19,26]]},"kwic":[{"field":"text","left":"bygge flere ","match":"boliger","right":" for unge"}]}
{"doc":"d","kind":"bullet","text":"Boliger først, så veier og flere boliger.","lines":[8,9],"match":{"text":[[0,7],[35,42]]},"kwic":[{"field":"text","left":"","match":"Boliger","right":" først, så"},{"field":"text","left":"og flere ","match":"boliger","right":"."}]}
{"doc":"d","kind":"bullet","text":"Bærekraftsmålsarbeidet kommuneplanrevisjonen boliger","lines":[9,9],"match":{"text":[[47,54]]},"kwic":[{"field":"text","left":"Bærekraftsmålsarbeidet kommuneplanrevisjonen ","match":"boliger","right":""}]}
JSON
expect_out_file want
# --kwic 0: the match alone.
run grep --kwic 0 'boliger' in.jsonl
expect_eq '[{"field":"text","left":"","match":"boliger","right":""}] [{"field":"text","left":"","match":"boliger","right":""}] [{"field":"text","left":"","match":"boliger","right":""}]' \
  "$(jq -c .kwic out | paste -sd' ')" '--kwic 0'
# Matches in other fields: the context comes from that field's value.
printf '%s\n' '{"doc":"d","text":"Tekst.","path":["Bolig for alle","Øst"]}' >path.jsonl
run grep --field path --kwic 1 -i 'for|øst' path.jsonl
expect_eq '[{"field":"path.0","left":"Bolig ","match":"for","right":" alle"},{"field":"path.1","left":"","match":"Øst","right":""}]' \
  "$(jq -c .kwic out)" 'kwic of path elements'

# Text: width 24 for N = 2. "bygge flere " is 12 characters, so 12 spaces before it;
# an empty left context is 24 spaces; the 45-character one is cut to "…" and its last
# 23 characters.
run grep --kwic 2 -i boliger in.jsonl --format text
printf '%s\n' \
  '            bygge flere boliger for unge  d:7' \
  '                        Boliger først, så  d:8' \
  '               og flere boliger.  d:8' \
  '… kommuneplanrevisjonen boliger  d:9' >want
expect_out_file want
# N = 3: width 36; the cut can fall inside a word.
run grep --kwic 3 -i boliger in.jsonl --format text
printf '%s\n' \
  '                    vil bygge flere boliger for unge i  d:7' \
  '                                    Boliger først, så veier  d:8' \
  '                     veier og flere boliger.  d:8' \
  '…målsarbeidet kommuneplanrevisjonen boliger  d:9' >want
expect_out_file want
# N = 0: width 20, the matches alone.
run grep --kwic 0 -i boliger in.jsonl --format text
printf '%s\n' '                    boliger  d:7' '                    Boliger  d:8' '                    boliger  d:8' '                    boliger  d:9' >want
expect_out_file want
# The matches line up: every match starts at the same column (same prefix width here).
expect_eq 1 "$(awk '{ print index($0, "oliger") }' out | sort -u | wc -l | tr -d ' ')" 'one column'
# Colour: the match painted bold red, the rest as in the plain lines (width 20 for
# N = 1: 14 spaces before "flere "; the place comes last).
run grep --kwic 1 boliger in.jsonl --format text --color always
expect_eq "$(printf '              flere \033[1;31mboliger\033[0m for  \033[35md\033[0m:\033[32m7\033[0m')" \
  "$(head -1 out)" 'kwic line in colour'

# A lone "." or dash is kept in the context but is no context word.
printf '%s\n' '{"doc":"x","kind":"bullet","text":"Vi vil . bygge boliger – nå","lines":[1,1]}' >dots.jsonl
run grep --kwic 1 --format text --color never bygge dots.jsonl
expect_eq '              vil . bygge boliger  x:1' "$(cat out)" 'kwic: punctuation is not a word'
run grep --kwic 2 --format text --color never boliger dots.jsonl
expect_eq '            vil . bygge boliger – nå  x:1' "$(cat out)" 'kwic 2: a dash is not a word'
# A record that does not match has no keyword: --kwic with -v is a usage error.
run grep -v --kwic 2 boliger dots.jsonl
expect_status 2
expect_eq 'vil: --invert excludes --kwic' "$(head -1 err)" '-v --kwic'
