# A web page pasted as text: no blank lines at all, one line per heading, paragraph,
# lead-in or item. A line breaks on purpose when the next starts with a capital and
# the line is short (a heading, an item) or, in such a document, ends a sentence. So
# no item swallows the heading, the paragraphs and the lead-in after it.

cat >web.txt <<'DOC'
Skole og oppvekst
Nordby skal ha gode skoler der alle barn lærer å lese, skrive og regne godt nok til å klare seg videre i livet.
Nordby Venstre vil:
- bygge ny skole på Bakkebø
- ansette flere lærere
Klima og miljø
Klimaendringene er vår tids største utfordring, og kommunen må ta sin del av ansvaret for å kutte utslippene.
Samtidig må vi ta vare på naturen vi har rundt oss, fra skogen til sjøen og fjellet.
Nordby Venstre vil:
- satse på solkraft på kommunale bygg
- verne strandsonen
DOC
run extract web.txt
expect_status 0
expect_eq '["heading","Skole og oppvekst"]
["paragraph","Nordby skal ha gode skoler der alle barn lærer å lese, skrive og regne godt nok til å klare seg videre i livet."]
["lead","Nordby Venstre vil:"]
["bullet","bygge ny skole på Bakkebø"]
["bullet","ansette flere lærere"]
["heading","Klima og miljø"]
["paragraph","Klimaendringene er vår tids største utfordring, og kommunen må ta sin del av ansvaret for å kutte utslippene."]
["paragraph","Samtidig må vi ta vare på naturen vi har rundt oss, fra skogen til sjøen og fjellet."]
["lead","Nordby Venstre vil:"]
["bullet","satse på solkraft på kommunale bygg"]
["bullet","verne strandsonen"]' "$(jq -c 'select(.kind != "pledge") | [.kind, .text]' out)" 'records'
expect_eq '["Klima og miljø"]' "$(jq -c 'select(.text == "verne strandsonen") | .path' out)" 'path of the last item'

# Hard-wrapped text without blank lines still joins: its lines end mid-sentence.
cat >wrapped.txt <<'DOC'
Nordby skal ha gode skoler der alle barn lærer å
lese, skrive og regne. Kommunen har lagt fram en plan
for skolene i Nordby. Planen skal ferdigbehandles i
Kommunestyret til høsten, etter en runde med høringer
blant foreldre og lærere.
DOC
run extract wrapped.txt
expect_eq 1 "$(jq -c . out | wc -l | tr -d ' ')" 'one paragraph'

# The wrap width is the longest line seen wrapped (going on in lower case), so one long
# pasted line does not make the wrapped lines short; a line indented under an item goes
# on with it even when it starts with a capital.
cat >mixed.txt <<'DOC'
Innledning

Dette er et avsnitt som er brutt med harde linjeskift omtrent ved
sytti tegn, slik mange tekstfiler er, og som fortsetter her med
Asker kommune i starten av en linje, og videre.

Nordby Venstre vil:
- styrke samarbeidet med
  Asker kommune og andre kommuner i regionen om felles tiltak.

Her kommer en eneste svært lang linje som ikke er brutt i det hele tatt, fordi den ble limt inn fra et annet sted, og den er mye lengre enn alle de andre linjene i dokumentet tilsammen.
DOC
run extract mixed.txt
expect_eq 'heading paragraph lead bullet paragraph' "$(jq -r 'select(.kind != "pledge") | .kind' out | paste -sd' ')" 'kinds'
expect_eq '[3,5] [8,9]' "$(jq -c 'select(.kind == "paragraph" or .kind == "bullet") | .lines' out | head -2 | paste -sd' ')" 'wrapped lines joined'
