# vil grep --stem: the pattern's words and the text's words are stemmed (Norwegian
# Snowball, case folded), so one inflection finds the others; the spans cover the
# original words of the text, whole.

cat >in.jsonl <<'JSON'
{"id":"plural","text":"Flere boliger til unge."}
{"id":"def","text":"En bolig og boligen."}
{"id":"compound","text":"Boligpolitikk er viktig."}
{"id":"caps","text":"BOLIGENE på Åsen, og Boligene."}
{"id":"school","text":"Skoler og skolen."}
{"id":"none","text":"Hus og hjem."}
JSON
spans() { jq -c '{(.id): .match.text}' out | paste -sd' '; }

# 'boliger' finds bolig, boliger, boligen, boligene in any case; the stem is searched
# at the start of a word's stem, so the compound Boligpolitikk is found too.
run grep --stem boliger in.jsonl
expect_status 0
expect_eq '{"plural":[[6,13]]} {"def":[[3,8],[12,19]]} {"compound":[[0,13]]} {"caps":[[0,8],[23,31]]}' "$(spans)" '--stem boliger'
# The spans are the original words: "BOLIGENE" is bytes 0-8, "Boligene" 23-31 (Å is two bytes).
expect_eq 'BOLIGENE Boligene' "$(python3 -c '
import json
for line in open("out", encoding="utf-8"):
    r = json.loads(line)
    if r["id"] == "caps":
        b = r["text"].encode()
        print(" ".join(b[s:e].decode() for s, e in r["match"]["text"]))')" 'words under the spans'
# Any inflection of the pattern gives the same records.
run grep --stem bolig in.jsonl
expect_eq 'plural def compound caps' "$(jq -r .id out | paste -sd' ')" '--stem bolig'
run grep --stem BOLIGENE in.jsonl
expect_eq 'plural def compound caps' "$(jq -r .id out | paste -sd' ')" '--stem BOLIGENE'
# Without --stem, 'boliger' is only boliger.
run grep -i boliger in.jsonl
expect_eq 'plural' "$(jq -r .id out | paste -sd' ')" 'boliger without --stem'

# Each word of the pattern is stemmed; alternatives and several words work.
run grep --stem 'boligen|skoler' in.jsonl
expect_eq 'plural def compound caps school' "$(jq -r .id out | paste -sd' ')" 'alternatives stemmed'
run grep --stem skole in.jsonl
expect_eq '{"school":[[0,6],[10,16]]}' "$(spans)" 'skole finds Skoler and skolen'
# Two words: the span runs from the first word to the last.
run grep --stem 'flere boliger' in.jsonl
expect_eq '{"plural":[[0,13]]}' "$(spans)" 'two words, one span'
run grep --stem 'bolig og boliger' in.jsonl
expect_eq '{"def":[[3,19]]}' "$(spans)" 'three words, one span'
# With -w the stems must be whole: the compound is left out.
run grep --stem -w bolig in.jsonl
expect_eq 'plural def caps' "$(jq -r .id out | paste -sd' ')" '--stem -w'
run grep --stem hus in.jsonl
expect_eq '{"none":[[0,3]]}' "$(spans)" 'hus'

# The corpus: the bullets with one of bolig, boliger, boligen, boligene as a word.
# Five: ps-asker lines 128, 332 and 337, ps-baerum 19 and 161 (jq agrees).
"$VIL" extract "$VIL_ROOT/corpus/" >records.jsonl
run grep --kind bullet --stem -w bolig records.jsonl
expect_eq '["ps-asker",128] ["ps-asker",332] ["ps-asker",337] ["ps-baerum",19] ["ps-baerum",161]' \
  "$(jq -c '[.doc, .lines[0]]' out | paste -sd' ')" 'bullets about housing, by stem'
expect_eq 5 "$(jq -c 'select(.kind == "bullet" and (.text | test("(^|[^[:alpha:]])(bolig|boliger|boligen|boligene)($|[^[:alpha:]])"; "i")))' records.jsonl | wc -l | tr -d ' ')" 'the same with jq'
# Every span is one of those words.
expect_eq 'bolig boliger' "$(python3 -c '
import json
words = set()
for line in open("out", encoding="utf-8"):
    r = json.loads(line)
    b = r["text"].encode()
    words |= {b[s:e].decode().lower() for s, e in r["match"]["text"]}
print(" ".join(sorted(words)))')" 'matched words'

# A stem matches at the start of a word only: "bolig" (stem "bol") is not found
# inside "nabolagshus"; a compound with the word at its end is not found either.
printf '%s\n' '{"id":"inside","text":"sosiale nabolagshus"}' '{"id":"tail","text":"flere velferdsboliger"}' '{"id":"start","text":"nye boliger"}' >inside.jsonl
run grep --stem bolig inside.jsonl
expect_status 0
expect_eq 'start' "$(jq -r .id out | paste -sd' ')" 'stems start words'
