# A list whose items are separated by blank lines stays one list: every item keeps
# the lead-in as parent, until a heading, a paragraph or another lead-in ends it.

printf '%s\n' \
  'Skole' \
  '' \
  'PS vil:' \
  '' \
  '- en' \
  '' \
  '- to' \
  '' \
  '' \
  '1. tre' \
  '' \
  'Et avsnitt etterpå.' \
  '' \
  '- fire' \
  '' \
  'Helse:' \
  '- fem' \
  '' \
  '- seks' \
  '' \
  'Eldre' \
  '' \
  '- sju' >doc.txt
run extract doc.txt
expect_status 0
expect_err ''
expect_eq '["heading","Skole",[1,1],null]
["lead","PS vil:",[3,3],"Skole"]
["bullet","en",[5,5],"PS vil:"]
["bullet","to",[7,7],"PS vil:"]
["bullet","tre",[10,10],"PS vil:"]
["paragraph","Et avsnitt etterpå.",[12,12],"Skole"]
["bullet","fire",[14,14],"Skole"]
["lead","Helse:",[16,16],"Skole"]
["bullet","fem",[17,17],"Helse:"]
["bullet","seks",[19,19],"Helse:"]
["heading","Eldre",[21,21],null]
["bullet","sju",[23,23],"Eldre"]' \
  "$(jq -sc 'INDEX(.id) as $by | .[] | [.kind, .text, .lines, (if .parent then $by[.parent].text else null end)]' out)" \
  'records and the text of their parents'
# The items after a lead-in carry its actor; "Helse:" names nobody and inherits "PS";
# items without a lead-in ("fire", "sju") take the last actor a lead-in named.
expect_eq '"PS" "PS" "PS" "PS" "PS" "PS" "PS"' "$(jq -c 'select(.kind == "bullet") | .actor' out | paste -sd' ')" 'actors'
# Paths follow the heading, not the lead-in.
expect_eq '["Skole"] ["Skole"] ["Skole"] ["Skole"] ["Skole"] ["Skole"] ["Eldre"]' \
  "$(jq -c 'select(.kind == "bullet") | .path' out | paste -sd' ')" 'paths'
