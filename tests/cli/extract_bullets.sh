# List items: bullet markers (- * + • – — · ● ◦ ▪), numbered items (1. and 1)) with
# their number, wrapped item text joined onto the item, and lines that only look
# like items.

printf '%s\n' \
  'Vi vil:' \
  '- bindestrek' \
  '* stjerne' \
  '+ pluss' \
  '• kule' \
  '– tankestrek' \
  '— lang strek' \
  '· midtprikk' \
  '● sirkel' \
  '◦ hvit kule' \
  '▪ firkant' \
  '1. nummer en' \
  '2) nummer to' \
  '10. nummer ti' \
  '- lang tekst som' \
  'fortsetter på neste linje' \
  '   og en til' \
  '3. nummerert som' \
  'også brytes' \
  '- **fet** ord' >list.txt
run extract list.txt
expect_status 0
expect_err ''
expect_eq 1 "$(count '.kind == "lead"')" 'leads'
expect_eq 16 "$(count '.kind == "bullet"')" 'bullets'
expect_eq 17 "$(count 'true')" 'records'
lead=$(jq -r 'select(.kind == "lead") | .id' out)
expect_eq 16 "$(count ".kind == \"bullet\" and .parent == \"$lead\"")" 'bullets under the lead'
expect_eq 'bindestrek
stjerne
pluss
kule
tankestrek
lang strek
midtprikk
sirkel
hvit kule
firkant
nummer en
nummer to
nummer ti
lang tekst som fortsetter på neste linje og en til
nummerert som også brytes
fet ord' "$(jq -r 'select(.kind == "bullet") | .text' out)" 'bullet texts'
# number only on numbered items.
expect_eq 'null null null null null null null null null null 1 2 10 null 3 null' \
  "$(jq -r 'select(.kind == "bullet") | .number' out | paste -sd' ')" 'numbers'
expect_eq 0 "$(count '.kind == "bullet" and .number == null and has("number")')" 'unnumbered items with a number key'
# Wrapped items span their lines; bytes run from the marker to the end of the last line.
expect_eq '[15,17] [18,19]' "$(jq -c 'select(.text | startswith("lang tekst") or startswith("nummerert")) | .lines' out | paste -sd' ')" 'wrapped item lines'
begin=$(grep -bo -- '- lang tekst' list.txt | cut -d: -f1)
end=$(( $(grep -bo -- '   og en til' list.txt | cut -d: -f1) + 12 ))
expect_eq "[$begin,$end]" "$(jq -c 'select(.text | startswith("lang tekst")) | .bytes' out)" 'wrapped item bytes'

# Lines that only look like items stay text: no space after the marker, a year, a
# decimal number, a negative number.
printf '%s\n' \
  'Tekst først' \
  '-ikke et punkt' \
  '2023. Et år.' \
  '1.5 millioner kroner' \
  '-5 grader i dag.' >not.txt
run extract not.txt
expect_eq '["paragraph","Tekst først -ikke et punkt 2023. Et år. 1.5 millioner kroner -5 grader i dag.",[1,5]]' \
  "$(jq -c '[.kind, .text, .lines]' out)" 'not list items'

# Items without a lead: their parent is the heading, actor unknown (no manifest).
printf 'Skole\n\n- mindre klasser\n1) flere lærere\n' >nolead.txt
run extract nolead.txt
heading=$(jq -r 'select(.kind == "heading") | .id' out)
expect_eq "[\"mindre klasser\",null,\"$heading\",null,[\"Skole\"]]
[\"flere lærere\",1,\"$heading\",null,[\"Skole\"]]" \
  "$(jq -c 'select(.kind == "bullet") | [.text, .number, .parent, .actor, .path]' out)" 'items under a heading'

# A marker followed by a tab (as word processors export lists) is still a list item,
# and the line above it still a lead-in.
printf 'PS vil:\n•\tpunkt en\n-\tpunkt to\n1.\tpunkt tre\n2)\t punkt fire\n' >tabs.txt
run extract tabs.txt
expect_status 0
expect_eq '["lead","PS vil:",null,null]
["bullet","punkt en",null,"PS vil:"]
["bullet","punkt to",null,"PS vil:"]
["bullet","punkt tre",1,"PS vil:"]
["bullet","punkt fire",2,"PS vil:"]' \
  "$(jq -sc 'INDEX(.id) as $by | .[] | [.kind, .text, .number, (if .parent then $by[.parent].text else null end)]' out)" 'tab after the marker'

# Markers of other documents: PDF and Word conversions leave Wingdings bullets in the
# private use area (U+F0A7, U+F0D8, U+F076, U+F0FC); diamonds and the bullet operator;
# Word's second level "o<TAB>" or "o "; lettered items "a) ".
printf 'Høyre vil:\n\xef\x82\xa7 bygge sykehjem\n\xef\x83\x98 styrke legevakten\n\xef\x81\xb6 flere leger\n\xef\x83\xbc gratis SFO\n\xe2\x97\x86 nye turveier\n\xe2\x9d\x96 trygge skoleveier\n\xe2\x88\x99 lavere eiendomsskatt\no\tflere lekeplasser\no turvei langs elva\n' >other-markers.txt
printf 'Venstre vil:\na) kreve fast ansatte\nb) stille krav om lærlinger\n' >lettered.txt
run extract other-markers.txt lettered.txt
expect_status 0
expect_eq '["Høyre vil:",9]
["Venstre vil:",2]' \
  "$(jq -sc 'INDEX(.id) as $by | [.[] | select(.kind == "bullet") | $by[.parent].text] | group_by(.) | .[] | [.[0], length]' out)" 'bullets under each lead'
expect_eq '["bygge sykehjem","styrke legevakten","flere leger","gratis SFO","nye turveier","trygge skoleveier","lavere eiendomsskatt","flere lekeplasser","turvei langs elva","kreve fast ansatte","stille krav om lærlinger"]' \
  "$(jq -sc '[.[] | select(.kind == "bullet") | .text]' out)" 'their texts, markers removed'
# A lettered item needs its ")" and a space: "a)b" and "ab) x" are text.
printf 'Tekst:\na)b er ingen punkt\nab) heller ikke\n' >not-lettered.txt
run extract not-lettered.txt
expect_eq 0 "$(count '.kind == "bullet"')" 'no lettered items'
# A quotation set off with "» " is text, not an item; so is "b) " inside a sentence that
# a comma left open.
printf 'Klima\n\nOrdføreren sa det slik i bystyret:\n\n\xc2\xbb Vi kan ikke bygge oss ut av klimakrisen.\n\nKommunen bør derfor gjøre tre ting: a) gi gratis lokaler til frivillige lag,\nb) øke tilskuddet til kulturskolen og c) bygge et nytt kulturhus i sentrum.\n' >quote.txt
run extract quote.txt
expect_eq 0 "$(count '.kind == "bullet" or .kind == "lead"')" 'no items in a quotation or a sentence'

# An item indented under another is its child (parent: that item); the next item back at
# the list's indentation is the lead's again. Every item keeps the lead's actor.
printf 'Skole\n\nVenstre vil:\n\n- bygge nye skoler:\n  - på Hvalstad\n    \xe2\x80\x93 med flerbrukshall\n  - i Asker sentrum\n- ansette flere lærere\n' >nested.txt
run extract nested.txt
expect_status 0
expect_eq '["bygge nye skoler:","Venstre vil:"]
["på Hvalstad","bygge nye skoler:"]
["med flerbrukshall","på Hvalstad"]
["i Asker sentrum","bygge nye skoler:"]
["ansette flere lærere","Venstre vil:"]' \
  "$(jq -sc 'INDEX(.id) as $by | .[] | select(.kind == "bullet") | [.text, $by[.parent].text]' out)" 'parents'
expect_eq 5 "$(count '.kind == "bullet" and .actor == "Venstre"')" 'the actor on every item'

# More bullet forms: lettered "a." and "(a)", Roman "i.", ballot boxes, check marks
# and emoji; a symbol right before its text; a symbol alone above its text. A hyphen
# or star right before a word is no bullet, nor "f.eks." or a name's initial.
printf 'Skole\n\nKrF vil:\na. styrke skolehelsetjenesten\nb. gi alle elever gratis frukt\n(c) bygge ti omsorgsboliger\ni. bygge ny kulturscene\nii. støtte festivalen\n☐ Støtte til lokale festivaler\n✅ Ny flerbrukshall\n🔹 Gratis halltid\n•bygge ny skole\n•\nbygge gang- og sykkelvei\n\nSolvik er stor.\n-tiltak er nevnt.\nf.eks. dette.\nK. Olsen sa det.\n' >more-bullets.txt
run extract more-bullets.txt
expect_status 0
expect_eq '["bullet","styrke skolehelsetjenesten",[4,4]]
["bullet","gi alle elever gratis frukt",[5,5]]
["bullet","bygge ti omsorgsboliger",[6,6]]
["bullet","bygge ny kulturscene",[7,7]]
["bullet","støtte festivalen",[8,8]]
["bullet","Støtte til lokale festivaler",[9,9]]
["bullet","Ny flerbrukshall",[10,10]]
["bullet","Gratis halltid",[11,11]]
["bullet","bygge ny skole",[12,12]]
["bullet","bygge gang- og sykkelvei",[14,14]]
["paragraph","Solvik er stor. -tiltak er nevnt. f.eks. dette. K. Olsen sa det.",[16,19]]' \
  "$(jq -c 'select(.kind == "bullet" or .kind == "paragraph") | [.kind, .text, .lines]' out)" 'more bullet forms'
