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

# A numbered section after a numbered list whose numbers it does not go on is the next
# section; a run of numbered or dashed lines after a long line without a stop is a
# list under it, not its wrapped end; an item that ends a sentence on a short line
# does not take the paragraph below it.
printf '1. Skole\n\nRindal Sp vil:\n1. Bygge ny skole\n2. Ansette flere lærere\n3. Gi elevene gratis frukt\n\n2. Helse\n\nRindal Sp vil:\n1. Beholde legevakta\n' >sections.txt
run extract sections.txt
expect_eq '["heading","Skole",[]]
["lead","Rindal Sp vil:",["Skole"]]
["bullet","Bygge ny skole",["Skole"]]
["bullet","Ansette flere lærere",["Skole"]]
["bullet","Gi elevene gratis frukt",["Skole"]]
["heading","Helse",[]]
["lead","Rindal Sp vil:",["Helse"]]
["bullet","Beholde legevakta",["Helse"]]' "$(jq -c '[.kind, .text, .path]' out)" 'a numbered section after a numbered list'
printf 'Idrett\n\nDet er mange aktive idrettslag i kommunen, og derfor vil Høgfjell KrF\n1. Rehabilitere svømmehallen\n2. Gi idrettslagene driftstilskudd\n\nKultur\n\nDet er mange aktive kor og korps i kommunen, og derfor vil Høgfjell KrF\n– styrke kulturskolen\n– gi korpsene øvingslokaler\n' >runs.txt
run extract runs.txt
expect_eq '["lead","Det er mange aktive idrettslag i kommunen, og derfor vil Høgfjell KrF"]
["bullet","Rehabilitere svømmehallen"]
["bullet","Gi idrettslagene driftstilskudd"]
["lead","Det er mange aktive kor og korps i kommunen, og derfor vil Høgfjell KrF"]
["bullet","styrke kulturskolen"]
["bullet","gi korpsene øvingslokaler"]' "$(jq -c 'select(.kind == "lead" or .kind == "bullet") | [.kind, .text]' out)" 'runs of items under a long lead-in'
printf 'Skole\n\nLier Venstre er opptatt av at alle elever skal få oppleve mestring i skolen, og at\nlærerne skal ha tid til hver enkelt elev. Vi har derfor følgende prioriteringer.\n\nLier Venstre vil:\n- ansette flere lærere i de første skoleårene.\n- gi alle elever tilgang til skolebibliotek.\nSkolebyggene i Lier er mange steder i dårlig forfatning, og vedlikeholdsetterslepet er\nstort. Vi vil derfor lage en plan for opprusting av alle skolebygg innen 2026.\n' >after-items.txt
run extract after-items.txt
expect_eq '["bullet","gi alle elever tilgang til skolebibliotek.",[8,8]]
["paragraph","Skolebyggene i Lier er mange steder i dårlig forfatning, og vedlikeholdsetterslepet er stort. Vi vil derfor lage en plan for opprusting av alle skolebygg innen 2026.",[9,10]]
["pledge","Vi vil derfor lage en plan for opprusting av alle skolebygg innen 2026.",[10,10]]' \
  "$(jq -c 'select(.lines[0] >= 8) | [.kind, .text, .lines]' out)" 'a paragraph after the last item'

# Not lists: numbered lines before lower case under a pledge ("1. etasje"), dashed
# asides in a paragraph without "vil", spaced abbreviations; not paragraphs: a line
# after an item that ends with "f.eks.", or a list set narrower than the text.
printf 'Kultur\n\nI det nye kulturhuset på Torget vil vi ha et moderne bibliotek i hele\n1. etasje og en stor ungdomsklubb med øvingsrom for band i hele\n2. etasje, slik at huset blir et møtested for alle generasjoner.\n' >etasje.txt
run extract etasje.txt
expect_eq '["paragraph",[3,5]] ["pledge",[3,5]]' "$(jq -c 'select(.kind != "heading") | [.kind, .lines]' out | paste -sd' ')" 'numbers in wrapped prose'
printf 'Samferdsel\n\nSolvik har i mange år vært preget av trafikken på E18 gjennom sentrum, og\n– som alle som bor langs veien vet – har støyen økt de siste årene\n– særlig etter at tungtrafikken økte. Vi vil derfor kjempe for at den nye\ntraseen legges i tunnel under sentrum.\n' >dashes.txt
run extract dashes.txt
expect_eq '["paragraph",[3,6]] ["pledge",[5,6]]' "$(jq -c 'select(.kind != "heading") | [.kind, .lines]' out | paste -sd' ')" 'dashes in wrapped prose'
printf 'Skole\n\nVi vil innføre gratis kjernetid i SFO for alle elever på 1.–4. trinn\nf. o. m. skoleåret 2026/27 og\nt. o. m. 2031.\n' >spaced-abbr.txt
run extract spaced-abbr.txt
expect_eq '["paragraph",[3,5]] ["pledge",[3,5]]' "$(jq -c 'select(.kind != "heading") | [.kind, .lines]' out | paste -sd' ')" 'spaced abbreviations'
printf 'Frivilligheten er limet i lokalsamfunnet. Lag og foreninger gjør en enorm innsats for barn og\nunge i hele kommunen, og de fortjener bedre rammevilkår enn de har i dag.\n\nSolvik Venstre vil:\n- gi mer driftstilskudd til store lag og foreninger, bl.a.\nSolvik IL, Nordby skolekorps og Sørby sanitetsforening\n- bygge nytt kulturhus i sentrum, f.eks.\nNordby gamle skole\n' >abbr-items.txt
run extract abbr-items.txt
expect_eq '["bullet",[5,6]] ["bullet",[7,8]]' "$(jq -c 'select(.kind == "bullet") | [.kind, .lines]' out | paste -sd' ')" 'items that end with an abbreviation'
# A numbered title above a list that numbers from 1 again is a section title.
printf '1. Familie\n\n1. Øke kontantstøtten\n2. Styrke familievernet\n\n2. Skole\n\n1. Ansette flere lærere\n' >restart.txt
run extract restart.txt
expect_eq '["heading","Familie",[]] ["bullet","Øke kontantstøtten",["Familie"]] ["bullet","Styrke familievernet",["Familie"]] ["heading","Skole",[]] ["bullet","Ansette flere lærere",["Skole"]]' \
  "$(jq -c '[.kind, .text, .path]' out | paste -sd' ')" 'numbered titles above lists from 1'
