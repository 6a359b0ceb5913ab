# A paragraph split by a page break: one that stops mid-sentence, a blank line, one
# that starts in lower case. They are joined into one record spanning both parts.
# Not joined when the first part ends a sentence or the second starts upper case.

printf '%s\n' \
  'Innledning.' \
  '' \
  'Dette er særlig' \
  '' \
  'utfordrende for mange.' \
  '' \
  'Første del uten punktum' \
  'over to linjer' \
  '' \
  'Andre del med stor bokstav.' \
  '' \
  'Første del med punktum.' \
  '' \
  'andre del med liten bokstav.' \
  '' \
  'To linjer her' \
  'som stopper' \
  '' \
  'midt i setningen og' \
  '' \
  'fortsetter enda en side.' >doc.txt
run extract doc.txt
expect_status 0
expect_err ''
expect_eq '["paragraph","Innledning.",[1,1]]
["paragraph","Dette er særlig utfordrende for mange.",[3,5]]
["paragraph","Første del uten punktum over to linjer",[7,8]]
["paragraph","Andre del med stor bokstav.",[10,10]]
["paragraph","Første del med punktum.",[12,12]]
["paragraph","andre del med liten bokstav.",[14,14]]
["paragraph","To linjer her som stopper midt i setningen og fortsetter enda en side.",[16,21]]' \
  "$(jq -c '[.kind, .text, .lines]' out)" 'records'
# The joined record's bytes run from the first part's start to the second part's end.
begin=$(grep -bo 'Dette er særlig' doc.txt | cut -d: -f1)
end=$(( $(grep -bo 'utfordrende for mange.' doc.txt | cut -d: -f1) + $(printf 'utfordrende for mange.' | wc -c) ))
expect_eq "[$begin,$end]" "$(jq -c 'select(.text | startswith("Dette")) | .bytes' out)" 'joined bytes'

# A joined paragraph is never a heading, even when its first part is a lone short line.
printf 'Skolen er\n\nviktig for alle.\n' >short.txt
run extract short.txt
expect_eq '["paragraph","Skolen er viktig for alle.",[1,3]]' "$(jq -c '[.kind, .text, .lines]' out)" 'joined short lines'

# A list item or heading is not joined with a following lower-case paragraph.
printf '# Tittel\n\nmed liten bokstav.\n\n- et punkt uten slutt\n\nog en fortsettelse.\n' >kinds.txt
run extract kinds.txt
expect_eq '["heading","Tittel",[1,1]]
["paragraph","med liten bokstav.",[3,3]]
["bullet","et punkt uten slutt",[5,5]]
["paragraph","og en fortsettelse.",[7,7]]' "$(jq -c '[.kind, .text, .lines]' out)" 'only paragraphs join'

# CRLF page breaks join the same way.
printf 'Dette er særlig\r\n\r\nutfordrende.\r\n' >crlf.txt
run extract crlf.txt
expect_eq '["Dette er særlig utfordrende.",[1,3],[0,32]]' "$(jq -c '[.text, .lines, .bytes]' out)" 'CRLF page break'

# A paragraph ending in ',' or ';' stops mid-sentence: a page break after it joins.
printf 'Dette gjelder skoler,\n\nbarnehager og sykehjem.\n\nFørst dette;\n\nså det.\n' >comma.txt
run extract comma.txt
expect_status 0
expect_eq '["Dette gjelder skoler, barnehager og sykehjem.",[1,3]] ["Først dette; så det.",[5,7]]' \
  "$(jq -c '[.text, .lines]' out | paste -sd' ')" 'joined after a comma and a semicolon'

# With a page number between them, a text that ends with a preposition, conjunction
# or article goes on in the next, even at a capital (a place name); without a page
# number, or after a full phrase, a capital starts a paragraph of its own.
printf 'Vi vil bygge ny skole på\n\n12\n\nHvalstad og ruste opp den gamle.\n\nPartiet vil:\n- bygge ny hall ved\n\n13\n\nMoen ungdomsskole\n- styrke PPT\n\nVi vil satse på\n\nBarn og unge står først.\n' >place.txt
run extract place.txt
expect_status 0
expect_eq '["paragraph","Vi vil bygge ny skole på Hvalstad og ruste opp den gamle.",[1,5]]
["pledge","Vi vil bygge ny skole på Hvalstad og ruste opp den gamle.",[1,5]]
["lead","Partiet vil:",[7,7]]
["bullet","bygge ny hall ved Moen ungdomsskole",[8,12]]
["bullet","styrke PPT",[13,13]]
["heading","Vi vil satse på",[15,15]]
["paragraph","Barn og unge står først.",[17,17]]' "$(jq -c '[.kind, .text, .lines]' out)" 'open phrase across a page number'
# A word hyphenated at a page break is joined as at a wrap.
printf 'Eldre skal få bo hjemme, og de som trenger sykehjems-\n\n7\n\nplass skal få det.\n\nHøyre vil:\n- la de eldre vel-\n\n8\n\nge selv\n' >hyphen-break.txt
run extract hyphen-break.txt
expect_eq '"Eldre skal få bo hjemme, og de som trenger sykehjemsplass skal få det."
"la de eldre velge selv"' "$(jq -c 'select(.kind == "paragraph" or .kind == "bullet") | .text' out)" 'hyphenated across a page break'
# A lone title after the page number is not the end of a text that ended "... av".
printf 'Solvik Venstre vil:\n- bygge et kulturhus som hele Solvik kan være stolt av\n\n7\n\nHelse og omsorg\n\nAlle skal få hjelp.\n' >title-after-break.txt
run extract title-after-break.txt
expect_eq '["bullet","bygge et kulturhus som hele Solvik kan være stolt av"] ["heading","Helse og omsorg"]' \
  "$(jq -c 'select(.kind == "bullet" or .kind == "heading") | [.kind, .text]' out | paste -sd' ')" 'a title after a page break'
