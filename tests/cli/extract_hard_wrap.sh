# Hard-wrapped text: consecutive non-blank lines are one paragraph, joined with one
# space; indentation and trailing spaces of each line do not survive; lines and
# bytes span all the wrapped lines. A blank line (or one of only spaces) ends it.

printf '%s\n' \
  'Asker er en kommune med mange' \
  '   innbyggere og   ' \
  'mye natur.' \
  '' \
  'Neste avsnitt er' \
  'også brutt over' \
  'tre linjer.' \
  '   ' \
  'Etter en linje med bare mellomrom.' >doc.txt
run extract doc.txt
expect_status 0
expect_err ''
expect_eq '["paragraph","Asker er en kommune med mange innbyggere og mye natur.",[1,3],[0,60]]
["paragraph","Neste avsnitt er også brutt over tre linjer.",[5,7],[62,107]]
["paragraph","Etter en linje med bare mellomrom.",[9,9],[112,146]]' \
  "$(jq -c '[.kind, .text, .lines, .bytes]' out)" 'wrapped paragraphs'

# A short title line glued to the text below it is part of the paragraph, and a
# wrapped lead-in is still a lead-in.
printf 'Partiet Sentrum vil i perioden\n2023-2027 jobbe for:\n- lavere skatt\n' >lead.txt
run extract lead.txt
expect_eq '["lead","Partiet Sentrum vil i perioden 2023-2027 jobbe for:",[1,2],"Partiet Sentrum"]
["bullet","lavere skatt",[3,3],"Partiet Sentrum"]' "$(jq -c '[.kind, .text, .lines, .actor]' out)" 'wrapped lead-in'

# A line after a list item continues the item, not a new paragraph; a blank line
# ends the item.
printf -- '- et punkt som\nfortsetter her\n\nEt nytt avsnitt.\n' >item.txt
run extract item.txt
expect_eq '["bullet","et punkt som fortsetter her",[1,2]] ["paragraph","Et nytt avsnitt.",[4,4]]' \
  "$(jq -c '[.kind, .text, .lines]' out | paste -sd' ')" 'item continuation'

# A bullet line right after a paragraph line starts a list item; it is not wrapped into the paragraph.
printf 'Tekst uten kolon\n- punkt\n' >para-item.txt
run extract para-item.txt
expect_eq '["paragraph","Tekst uten kolon"] ["bullet","punkt"]' "$(jq -c '[.kind, .text]' out | paste -sd' ')" 'paragraph then item'

# PDF text: a soft hyphen (U+00AD) or a Unicode hyphen (U+2010) where a word broke, and
# the fi and fl ligatures: the words come out whole and spelled out, so that grep finds them.
printf 'Arbeiderpartiet vil:\n- gi plass til personer med nedsatt funk\xc2\xad\nsjonsevne\n- styrke kvali\xef\xac\x81seringen og \xef\xac\x82eksible bolig\xe2\x80\x90\nl\xc3\xb8sninger\n' >pdf-hyphens.txt
run extract pdf-hyphens.txt
expect_status 0
expect_eq '["gi plass til personer med nedsatt funksjonsevne","styrke kvalifiseringen og fleksible boligløsninger"]' \
  "$(jq -sc '[.[] | select(.kind == "bullet") | .text]' out)" 'words joined, ligatures spelled out'

# A line that ends with a conjunction or an article was wrapped, even when the next
# starts with a capital (a place name); one that ends with a preposition was not always
# ("de har lyst til" / "Helse og omsorg": Norwegian leaves prepositions at a clause's
# end). A lead-in after a sentence's end, with no blank line, is a line of its own, not
# the paragraph's last.
printf 'KrF vil:\n- bygge ny skole på Jessheim og\nKløfta innen 2027\n- gi barna et fritidstilbud de har lyst til\nHelse og omsorg\nEldre skal få hjelp når de trenger den.\n' >mid-phrase.txt
run extract mid-phrase.txt
expect_eq '["bygge ny skole på Jessheim og Kløfta innen 2027","gi barna et fritidstilbud de har lyst til"]' \
  "$(jq -sc '[.[] | select(.kind == "bullet") | .text]' out)" 'a wrap before a capital'
expect_eq '["Helse og omsorg"]' "$(jq -sc '[.[] | select(.kind == "heading") | .text]' out)" 'a heading after a stranded preposition'
printf 'Helse\nEldre skal kunne stole på at de får hjelp når de trenger det, og at de\nansatte har tid til dem. Vi vil ha en offentlig eldreomsorg.\nArbeiderpartiet vil:\n– bygge flere omsorgsboliger\n' >lead-after.txt
run extract lead-after.txt
expect_eq '["paragraph","Eldre skal kunne stole på at de får hjelp når de trenger det, og at de ansatte har tid til dem. Vi vil ha en offentlig eldreomsorg.",null]
["lead","Arbeiderpartiet vil:","Arbeiderpartiet"]
["bullet","bygge flere omsorgsboliger","Arbeiderpartiet"]' \
  "$(jq -c 'select(.kind != "heading" and .kind != "pledge") | [.kind, .text, .actor]' out)" 'a lead-in after a paragraph'

# A number after "kapittel" (or "punkt", "se", ...) at a line's end is a cross-reference,
# not a section's title.
printf 'Helse\nVi vil styrke frisklivssentralen slik vi beskriver i kapittel\n3.2 Helsetjenester for alle, og gi flere eldre tilbud om trening.\n' >cross-ref.txt
run extract cross-ref.txt
expect_eq '["heading","paragraph","pledge"]' "$(jq -sc '[.[].kind]' out)" 'one paragraph and its pledge'
# A line between two items of one list goes on the first, even with a capital after a
# preposition: a heading does not stand inside a list.
printf 'KrF vil:\n- bygge ny ungdomsskole på\nJessheim innen 2027\n- styrke PPT\n' >inside-list.txt
run extract inside-list.txt
expect_eq '["bygge ny ungdomsskole på Jessheim innen 2027","styrke PPT"]' \
  "$(jq -sc '[.[] | select(.kind == "bullet") | .text]' out)" 'a wrapped item inside a list'

# Inside a bulleted item, a wrapped line that starts like a numbered item or with a dash
# goes on the item when the line before ran to the wrap width and left its sentence open
# ("... også på" / "17. mai og ..."; "... slik de har" / "– med stor suksess – gjort ...");
# a run of such lines is a sub-list, and a short item is no wrap ("- mindre klasser" /
# "1) flere lærere").
cat >item-wraps.txt <<'DOC'
Samferdsel

Trafikken gjennom sentrum har økt mye de siste årene, og mange
opplever at det er utrygt å sykle og gå i sentrum av byen.

Solvik Ap vil:
- at toget skal stoppe på alle stasjoner i kommunen også på
17. mai og andre helligdager
- gjøre bussen gratis for barn og unge under 18 år, slik de har
– med stor suksess – gjort i nabokommunen
- bygge flere innfartsparkeringer
DOC
run extract item-wraps.txt
expect_eq '["at toget skal stoppe på alle stasjoner i kommunen også på 17. mai og andre helligdager",[7,8]]
["gjøre bussen gratis for barn og unge under 18 år, slik de har – med stor suksess – gjort i nabokommunen",[9,10]]
["bygge flere innfartsparkeringer",[11,11]]' "$(jq -c 'select(.kind == "bullet") | [.text, .lines]' out)" 'numbered and dashed wraps'
printf 'Vi vil:\n- styrke skolen i hele kommunen gjennom å satse mer på\n– flere lærere\n– nye skoler\n- bygge veier\n' >sub-list.txt
run extract sub-list.txt
expect_eq 4 "$(count '.kind == "bullet"')" 'a run of dashes is a sub-list'
