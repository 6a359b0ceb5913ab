# Bold-only lines (**...**): always a unit of their own. One that reads like a title
# is a heading (even without blank lines around it); a bold sentence is a paragraph;
# a bold line under a list item is not part of the item. Inline ** is removed.

printf '%s\n' \
  '**Bolig**' \
  'Tekst rett under overskriften.' \
  '' \
  '**Dette er en fet setning.**' \
  '' \
  'Vi vil:' \
  '- et punkt' \
  '**Helse**' \
  '- to' \
  '' \
  'Vanlig tekst med **fet** ord.' \
  '' \
  '**PS vil:**' \
  '- tre' \
  '' \
  '**liten bokstav**' >doc.txt
run extract doc.txt
expect_status 0
expect_err ''
expect_eq '["heading",1,"Bolig",[1,1],[]]
["paragraph",null,"Tekst rett under overskriften.",[2,2],["Bolig"]]
["paragraph",null,"Dette er en fet setning.",[4,4],["Bolig"]]
["lead",null,"Vi vil:",[6,6],["Bolig"]]
["bullet",null,"et punkt",[7,7],["Bolig"]]
["heading",1,"Helse",[8,8],[]]
["bullet",null,"to",[9,9],["Helse"]]
["paragraph",null,"Vanlig tekst med fet ord.",[11,11],["Helse"]]
["lead",null,"PS vil:",[13,13],["Helse"]]
["bullet",null,"tre",[14,14],["Helse"]]
["paragraph",null,"liten bokstav",[16,16],["Helse"]]' \
  "$(jq -c '[.kind, .level, .text, .lines, .path]' out)" 'records'
# The item above the bold heading belongs to "Vi vil:"; the one below to the heading.
expect_eq '["et punkt","Vi vil:"] ["to","Helse"] ["tre","PS vil:"]' \
  "$(jq -sc 'INDEX(.id) as $by | .[] | select(.kind == "bullet") | [.text, $by[.parent].text]' out | paste -sd' ')" \
  'bullet parents'
# A bold lead-in names its actor like a plain one.
expect_eq '"PS"' "$(jq -c 'select(.text == "PS vil:") | .actor' out)" 'bold lead actor'
expect_eq '[0,9]' "$(jq -c 'select(.text == "Bolig") | .bytes' out)" 'bold heading bytes include the markers'

# In a document with '#' headings, a bold line is a heading one level below the
# heading above it.
printf '# Tittel\n\n**Fet**\n\nTekst.\n\nLone linje\n' >md.txt
run extract md.txt
expect_eq '["heading",1,"Tittel",[]]
["heading",2,"Fet",["Tittel"]]
["paragraph",null,"Tekst.",["Tittel","Fet"]]
["paragraph",null,"Lone linje",["Tittel","Fet"]]' "$(jq -c '[.kind, .level, .text, .path]' out)" 'bold heading in a markdown document'

# Bold headings in a '#' document are one level below the nearest '#' heading, so
# consecutive ones are siblings, not each other's children.
printf '# T\n\n**A**\n\nTekst.\n\n**B**\n\nTekst.\n' >siblings.md
run extract siblings.md
expect_status 0
expect_eq '["T",1,[]] ["A",2,["T"]] ["B",2,["T"]]' \
  "$(jq -c 'select(.kind == "heading") | [.text, .level, .path]' out | paste -sd' ')" 'bold sibling headings'
expect_eq '["T","B"]' "$(jq -c 'select(.kind == "paragraph") | .path' out | tail -1)" 'path under the second bold heading'
expect_eq 1 "$(jq -sc 'INDEX(.id) as $by | [.[] | select(.text == "B") | $by[.parent].text] | map(select(. == "T")) | length' out)" 'B hangs under T'
