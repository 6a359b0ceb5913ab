# In a document without '#' or underlined headings, a lone short line (blank line
# before and after, at most 120 characters, not ending in . ! ? : ; , and not starting
# in lower case) is a heading of level 1; anything else is a paragraph.

printf '%s\n' \
  'Bolig: Rom for alle' \
  '' \
  'Dette er tekst.' \
  '' \
  'En kort setning.' \
  '' \
  'Spør du meg?' \
  '' \
  'Ja!' \
  '' \
  'hele linjen med liten bokstav' \
  '' \
  'Lister, tabeller,' \
  '' \
  'Og så videre;' \
  '' \
  '2023' \
  '' \
  '«Et sitat.»' \
  '' \
  'Ikke alene' \
  'men med en linje til' \
  '' \
  '3 Trafikk og miljø' \
  '' \
  'Siste avsnitt.' >doc.txt
run extract doc.txt
expect_status 0
expect_err ''
expect_eq '["heading",1,"Bolig: Rom for alle",[1,1],[]]
["paragraph",null,"Dette er tekst.",[3,3],["Bolig: Rom for alle"]]
["paragraph",null,"En kort setning.",[5,5],["Bolig: Rom for alle"]]
["paragraph",null,"Spør du meg?",[7,7],["Bolig: Rom for alle"]]
["paragraph",null,"Ja!",[9,9],["Bolig: Rom for alle"]]
["paragraph",null,"hele linjen med liten bokstav",[11,11],["Bolig: Rom for alle"]]
["paragraph",null,"Lister, tabeller,",[13,13],["Bolig: Rom for alle"]]
["paragraph",null,"Og så videre;",[15,15],["Bolig: Rom for alle"]]
["paragraph",null,"2023",[17,17],["Bolig: Rom for alle"]]
["paragraph",null,"«Et sitat.»",[19,19],["Bolig: Rom for alle"]]
["paragraph",null,"Ikke alene men med en linje til",[21,22],["Bolig: Rom for alle"]]
["heading",1,"3 Trafikk og miljø",[24,24],[]]
["paragraph",null,"Siste avsnitt.",[26,26],["3 Trafikk og miljø"]]' \
  "$(jq -c '[.kind, .level, .text, .lines, .path]' out)" 'headings and paragraphs'
# The second heading replaces the first (both level 1); parents point at the heading.
first=$(jq -r 'select(.text == "Bolig: Rom for alle") | .id' out)
second=$(jq -r 'select(.text == "3 Trafikk og miljø") | .id' out)
expect_eq 'null' "$(jq -r 'select(.id == "'"$second"'") | .parent' out)" 'second heading parent'
expect_eq "$first" "$(jq -r 'select(.text == "Dette er tekst.") | .parent' out)" 'paragraph under the first heading'
expect_eq "$second" "$(jq -r 'select(.text == "Siste avsnitt.") | .parent' out)" 'paragraph under the second heading'

# A line glued to the text below it (no blank line between) was broken on purpose
# when the text below starts with a capital and the line is at most half as long as
# the document's longest: no wrapping leaves a line that short. It stands alone, and a
# lone short line is a heading. (Web pages pasted as text have no blank lines.)
printf 'Tittel\nTekst rett under, og den er lang nok.\n' >glued.txt
run extract glued.txt
expect_eq '["heading","Tittel",[1,1]] ["paragraph","Tekst rett under, og den er lang nok.",[2,2]]' \
  "$(jq -c '[.kind, .text, .lines]' out | paste -sd' ')" 'short line glued above text'
# A longer line, or text going on in lower case, is a hard wrap: one paragraph.
printf 'Kommunen har lagt fram en plan for\nSkui og Bondi i juni.\n\nKort\nlinje her, og den er ganske lang.\n' >wrapped.txt
run extract wrapped.txt
expect_eq '["paragraph","Kommunen har lagt fram en plan for Skui og Bondi i juni.",[1,2]] ["paragraph","Kort linje her, og den er ganske lang.",[4,5]]' \
  "$(jq -c '[.kind, .text, .lines]' out | paste -sd' ')" 'hard wraps'

# The length limit counts characters, not bytes: 120 x "Æ" (240 bytes) is a heading,
# 121 is a paragraph.
a120=$(printf 'Æ%.0s' $(seq 120))
printf '%s\n\n%s\n' "$a120" "${a120}Æ" >long.txt
run extract long.txt
expect_eq '["heading",120] ["paragraph",121]' "$(jq -c '[.kind, (.text | length)]' out | paste -sd' ')" 'length limit'

# Heading at the very start and end of the file (no blank line needed there).
printf 'Start\n\nTekst.\n\nSlutt' >edges.txt
run extract edges.txt
expect_eq '["heading","Start"] ["paragraph","Tekst."] ["heading","Slutt"]' \
  "$(jq -c '[.kind, .text]' out | paste -sd' ')" 'headings at the file edges'

# Numbered section titles after a list: "2. Title" after a blank line, below a bulleted
# list and above its section's text, is the next section, not item 2; "1.2 Title" right
# below an item (a Word export, no blank lines) is a heading, not the item's last words.
printf '1. Arbeid\nDrammen skal være en by der alle som kan jobbe, får jobbe.\n\nArbeiderpartiet vil:\n▪ gi flere ungdommer sommerjobb\n\n2. Bolig og byutvikling\nDet skal være mulig å eie sin egen bolig.\n' >numbered-after-list.txt
printf '1.1 Jordvern\nMatjorda er en ikke-fornybar ressurs.\nSenterpartiet vil:\n•\tstyrke landbrukskontoret med én ny stilling\n1.2 Bredbånd og mobildekning\nSenterpartiet vil:\n•\tsikre fiber til alle\n' >section-after-item.txt
run extract numbered-after-list.txt section-after-item.txt
expect_eq '["heading","Arbeid",[]]
["bullet","gi flere ungdommer sommerjobb",["Arbeid"]]
["heading","Bolig og byutvikling",[]]
["heading","1.1 Jordvern",[]]
["bullet","styrke landbrukskontoret med én ny stilling",["1.1 Jordvern"]]
["heading","1.2 Bredbånd og mobildekning",[]]
["bullet","sikre fiber til alle",["1.2 Bredbånd og mobildekning"]]' \
  "$(jq -c 'select(.kind == "heading" or .kind == "bullet") | [.kind, .text, .path]' out)" 'numbered sections after lists'
# A numbered list after a numbered list's items stays a list.
printf 'PS vil:\n1. bygge skoler\n\n2. Ansette lærere\nDet trengs.\n' >numbered-list.txt
run extract numbered-list.txt
expect_eq '[1,2]' "$(jq -sc '[.[] | select(.kind == "bullet") | .number]' out)" 'item 2 of a numbered list'
# A numbered line after a bulleted list, with no numbered section before it, is a pledge.
printf 'Skole\n\nHøyre vil:\n\n- bygge ny ungdomsskole\n\n1. Innføre gratis leksehjelp på alle skoler\nLeksehjelpen skal gis av lærere.\n' >numbered-pledge.txt
run extract numbered-pledge.txt
expect_eq '["bygge ny ungdomsskole","Innføre gratis leksehjelp på alle skoler"]' \
  "$(jq -sc '[.[] | select(.kind == "bullet") | .text]' out)" 'a numbered pledge after bullets'

# A numbered title's level is its number's depth, so a subsection's records have the
# chapter in their path.
printf '2 Oppvekst\n\n2.1 Barnehage\n\nKrF går inn for:\n- søskenmoderasjon\n\n3 Eldre\n\n3.1 Omsorg\n\n3.1.2 Dagsenter\n\nKrF går inn for:\n- flere dagsenterplasser\n' >numbered-levels.txt
run extract numbered-levels.txt
expect_status 0
expect_eq '["2 Oppvekst",1,[]]
["2.1 Barnehage",2,["2 Oppvekst"]]
["3 Eldre",1,[]]
["3.1 Omsorg",2,["3 Eldre"]]
["3.1.2 Dagsenter",3,["3 Eldre","3.1 Omsorg"]]' "$(jq -c 'select(.kind == "heading") | [.text, .level, .path]' out)" 'levels by section numbers'
expect_eq '["3 Eldre","3.1 Omsorg","3.1.2 Dagsenter"]' "$(jq -c 'select(.kind == "bullet" and .text == "flere dagsenterplasser") | .path' out)" 'a bullet under a subsection'

# A question word's question alone above the section's text is its title; a short
# question, one above another question, or a yes-no question is text.
printf 'Hva er viktigst for skolen?\n\nSkolen skal gi elevene kunnskap.\n\nHvorfor?\n\nFordi det er viktig.\n\nHva koster det?\n\nHvordan får vi det til?\n\nSolvik Venstre vil:\n- bygge ny skole\n' >questions.txt
run extract questions.txt
expect_status 0
expect_eq '["heading","Hva er viktigst for skolen?",[]]
["paragraph","Skolen skal gi elevene kunnskap.",["Hva er viktigst for skolen?"]]
["paragraph","Hvorfor?",["Hva er viktigst for skolen?"]]
["paragraph","Fordi det er viktig.",["Hva er viktigst for skolen?"]]
["paragraph","Hva koster det?",["Hva er viktigst for skolen?"]]
["heading","Hvordan får vi det til?",[]]
["lead","Solvik Venstre vil:",["Hvordan får vi det til?"]]
["bullet","bygge ny skole",["Hvordan får vi det til?"]]' "$(jq -c '[.kind, .text, .path]' out)" 'questions as titles'

# A title that comes back under each section is one level below the sections.
printf 'Satsingsområde A: Livskraftige lokalsamfunn\n\nMålbilde\n\nHovedmål A1: Eikedal har levende bygder\n\nSatsingsområde B: Grønn omstilling\n\nMålbilde\n\nHovedmål B1: Eikedal har lave utslipp\n' >repeated.txt
run extract repeated.txt
expect_eq '["heading",1,[]]
["heading",2,["Satsingsområde A: Livskraftige lokalsamfunn"]]
["goal",null,["Satsingsområde A: Livskraftige lokalsamfunn","Målbilde"]]
["heading",1,[]]
["heading",2,["Satsingsområde B: Grønn omstilling"]]
["goal",null,["Satsingsområde B: Grønn omstilling","Målbilde"]]' "$(jq -c '[.kind, .level, .path]' out)" 'a repeated sub-title'
# "1.0 Skole" is the chapter 1, and "1.1 Barnehage" its section.
printf '1.0 Skole\n\nTekst.\n\n1.1 Barnehage\n\nTekst.\n\n2.0 Helse\n\nTekst.\n' >point-zero.txt
run extract point-zero.txt
expect_eq '[1,2,1]' "$(jq -sc '[.[] | select(.kind == "heading") | .level]' out)" 'x.0 titles'
# A question title is a part of the section above it; a title twice in one section is
# no repeated sub-title; a lone decorated line is a title, not an item.
printf 'Barn og familie\n\nHva er utfordringen?\n\nMange familier har en presset hverdag.\n\nEldre\n\nHva er utfordringen?\n\nMange eldre bor alene.\n' >q-levels.txt
run extract q-levels.txt
expect_eq '[["Barn og familie",1],["Hva er utfordringen?",2],["Eldre",1],["Hva er utfordringen?",2]]' "$(jq -sc '[.[] | select(.kind == "heading") | [.text, .level]]' out)" 'questions below their sections'
printf 'Program\n\nVåre viktigste saker\n\nSkole\n\nNy skole på Nes.\n\nSkole\n\nNordby Venstre vil:\n- bygge ny skole\n' >same-section.txt
run extract same-section.txt
expect_eq '[1,1,1,1]' "$(jq -sc '[.[] | select(.kind == "heading") | .level]' out)" 'a title twice in one section'
printf 'Skole\n\nVi vil ansette flere lærere.\n\n➔ Helse\n\nVi vil bygge nytt helsehus.\n' >arrow.txt
run extract arrow.txt
expect_eq '["Helse"]' "$(jq -c 'select(.kind == "pledge" and (.text | test("helsehus"))) | .path' out)" 'an arrow title'
