# Underlined (setext) headings: '===' gives level 1, '---' level 2, the underline
# belongs to the heading's lines; '---' with a blank line above is a thematic break
# and produces no record.

printf '%s\n' \
  'Hovedtittel' \
  '===========' \
  '' \
  'Tekst.' \
  '' \
  'Under' \
  '-----' \
  '' \
  'Mer tekst.' \
  '' \
  '---' \
  '' \
  'Etter skillelinje.' \
  '' \
  'To linjer' \
  'i overskrift' \
  '---' \
  '' \
  'Lone linje' >doc.txt
run extract doc.txt
expect_status 0
expect_err ''
expect_eq '["heading",1,"Hovedtittel",[1,2],[0,23],[]]
["paragraph",null,"Tekst.",[4,4],[25,31],["Hovedtittel"]]
["heading",2,"Under",[6,7],[33,44],["Hovedtittel"]]
["paragraph",null,"Mer tekst.",[9,9],[46,56],["Hovedtittel","Under"]]
["paragraph",null,"Etter skillelinje.",[13,13],[63,81],["Hovedtittel","Under"]]
["heading",2,"To linjer i overskrift",[15,17],[83,109],["Hovedtittel"]]
["paragraph",null,"Lone linje",[19,19],[111,121],["Hovedtittel","To linjer i overskrift"]]' \
  "$(jq -c '[.kind, .level, .text, .lines, .bytes, .path]' out)" 'records'
expect_eq 0 "$(count '.text | test("^[-=]+$")')" 'records made of underline characters'

# A thematic break right under a list item is not an underline: the item stays an item.
printf -- '- punkt\n---\n\nTekst.\n' >item.txt
run extract item.txt
expect_eq '["bullet","punkt",[1,1]] ["paragraph","Tekst.",[4,4]]' "$(jq -c '[.kind, .text, .lines]' out | paste -sd' ')" 'break under an item'

# A '---' document with only thematic breaks still finds lone-line headings (no
# underline heading means no markdown mode).
printf 'Tittel\n\n---\n\nTekst.\n' >breaks.txt
run extract breaks.txt
expect_eq '["heading",1,"Tittel"] ["paragraph",null,"Tekst."]' "$(jq -c '[.kind, .level, .text]' out | paste -sd' ')" 'thematic break only'

# Other thematic breaks ("***", "___", "* * *", "- - -") give no record either.
printf 'Første.\n\n***\n\nAndre.\n\n___\n\n* * *\n\n- - -\n\nTredje.\n' >breaks.txt
run extract breaks.txt
expect_status 0
expect_eq '"Første." "Andre." "Tredje."' "$(jq -c '.text' out | paste -sd' ')" 'thematic breaks'
