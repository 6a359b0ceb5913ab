# vil grep -i: Unicode case folding (Æ/æ, Ø/ø, Å/å fold like A/a); -S (smart case):
# case-insensitive unless the pattern has an upper-case letter.

cat >in.jsonl <<'JSON'
{"doc":"d","id":"upper","text":"ÆRLIG ØKONOMI PÅ ÅS"}
{"doc":"d","id":"lower","text":"ærlig økonomi på ås"}
{"doc":"d","id":"title","text":"Ærlig Økonomi"}
JSON

# Without -i the case must agree, for Norwegian letters too.
run grep 'ærlig' in.jsonl
expect_eq 'lower' "$(jq -r .id out | paste -sd' ')" 'case-sensitive æ'
run grep 'ØKONOMI' in.jsonl
expect_eq 'upper' "$(jq -r .id out | paste -sd' ')" 'case-sensitive Ø'

# -i: every spelling; the spans are those of the text's own letters (Æ and æ are both
# two bytes, so the spans agree).
run grep -i 'ærlig|ØKONOMI|på ås' in.jsonl
expect_status 0
expect_eq '{"upper":[[0,6],[7,15],[16,23]]} {"lower":[[0,6],[7,15],[16,23]]} {"title":[[0,6],[7,15]]}' \
  "$(jq -c '{(.id): .match.text}' out | paste -sd' ')" '-i folds æøå'
run grep --ignore-case 'å' in.jsonl
expect_eq '{"upper":[[17,19],[20,22]]} {"lower":[[17,19],[20,22]]}' \
  "$(jq -c '{(.id): .match.text}' out | paste -sd' ')" '--ignore-case, one letter'
# Folding inside a character class.
run grep -i '[æø]konomi' in.jsonl
expect_eq 'upper lower title' "$(jq -r .id out | paste -sd' ')" 'folded class'

# -S: all lower case -> insensitive; an upper-case letter (Ø is one) -> sensitive.
run grep -S 'økonomi' in.jsonl
expect_eq 'upper lower title' "$(jq -r .id out | paste -sd' ')" 'smart case, lower-case pattern'
run grep -S 'Økonomi' in.jsonl
expect_eq 'title' "$(jq -r .id out | paste -sd' ')" 'smart case, Ø in the pattern'
run grep --smart-case 'ÆRLIG' in.jsonl
expect_eq 'upper' "$(jq -r .id out | paste -sd' ')" 'smart case, all capitals'
# -i wins over -S.
run grep -i -S 'Økonomi' in.jsonl
expect_eq 'upper lower title' "$(jq -r .id out | paste -sd' ')" '-i with -S'

# The corpus: two ps-asker bullets mention klima (lines 163 "klimaplan" and 199
# "klimavennlig"); with -i the same two, since both are lower case there. In 199
# "klima" starts at byte 149 (character 145: å, ø, æ and ø come before it).
"$VIL" extract "$VIL_ROOT/corpus/" >records.jsonl
run grep -i klima --kind bullet --doc ps-asker records.jsonl
expect_eq '[163,[[32,37]]] [199,[[149,154]]]' "$(jq -c '[.lines[0], .match.text]' out | paste -sd' ')" 'ps-asker bullets with klima'
expect_eq 2 "$(jq -c 'select(.doc == "ps-asker" and .kind == "bullet" and (.text | ascii_downcase | contains("klima")))' records.jsonl | wc -l | tr -d ' ')" 'the same with jq'
# The heading "Klima, miljø, nærings- og lokalutvikling" only matches with -i (or -S).
run grep --kind heading --doc ps-asker klima records.jsonl
expect_status 1
run grep -S --kind heading --doc ps-asker klima records.jsonl
expect_eq '[151,"Klima, miljø, nærings- og lokalutvikling"]' "$(jq -c '[.lines[0], .text]' out)" 'heading with smart case'
