# Lead-ins come in more forms than "X vil:" on a line of its own: without the colon
# in bold, as a heading, "Dette vil vi gjøre:", and "X vil:" with sub-headings between
# it and its lists. Each is a lead record (never a heading, never in a path), and the
# actor it names reaches the pledges below.

cat >lead.md <<'DOC'
# Program

## Skole

**Bakkebø Venstre vil**

- bygge ny skole
- ansette flere lærere

### Bakkebø Venstre vil:

- rydde skoleveien

Dette vil vi gjøre:

- gi gratis frukt

## Klima

Øvre Venstre vil:

### Energi

- satse på solkraft

### Natur

- verne strandsonen
DOC
run extract lead.md
expect_status 0
expect_err ''
expect_eq '["lead","Bakkebø Venstre vil","Bakkebø Venstre"]
["bullet","bygge ny skole","Bakkebø Venstre"]
["bullet","ansette flere lærere","Bakkebø Venstre"]
["lead","Bakkebø Venstre vil:","Bakkebø Venstre"]
["bullet","rydde skoleveien","Bakkebø Venstre"]
["lead","Dette vil vi gjøre:","Bakkebø Venstre"]
["bullet","gi gratis frukt","Bakkebø Venstre"]
["lead","Øvre Venstre vil:","Øvre Venstre"]
["bullet","satse på solkraft","Øvre Venstre"]
["bullet","verne strandsonen","Øvre Venstre"]' \
  "$(jq -c 'select(.kind == "lead" or .kind == "bullet") | [.kind, .text, .actor]' out)" 'leads and actors'
# No lead-in is a heading or part of a path.
expect_eq 'Program|Skole|Klima|Energi|Natur' "$(jq -r 'select(.kind == "heading") | .text' out | paste -sd'|')" 'headings'
expect_eq 0 "$(count '.path | any(test("vil"))')" 'records with a lead-in in their path'
# Items right under a lead-in have it as parent; items under a sub-heading have the heading.
expect_eq 'lead lead lead lead heading heading' \
  "$(jq -sr 'INDEX(.id) as $by | .[] | select(.kind == "bullet") | $by[.parent].kind' out | paste -sd' ')" 'parents'

# "Dette" is not a name: a lead-in that opens with it names nobody.
printf 'Dette vil vi:\n- a\n' >dette.txt
run extract dette.txt
expect_eq 'null' "$(jq -c 'select(.kind == "lead") | .actor' out)" '"Dette vil vi:" names nobody'

# A paragraph whose last sentence is the lead-in: the sentences before it are a
# paragraph with their pledges, and the lead is the last sentence, with its own bytes.
printf 'Helse\n\nVi vil bygge ny legevakt i sentrum innen 2026. Fastlegene trenger også hjelp. Derfor vil vi:\n- ansette kommunale fastleger\n' >lead-last-sentence.txt
run extract lead-last-sentence.txt
expect_eq '["paragraph","Vi vil bygge ny legevakt i sentrum innen 2026. Fastlegene trenger også hjelp.",[7,85]]
["pledge","Vi vil bygge ny legevakt i sentrum innen 2026.",[7,53]]
["lead","Derfor vil vi:",[86,100]]
["bullet","ansette kommunale fastleger",[101,130]]' "$(jq -c 'select(.kind != "heading") | [.kind, .text, .bytes]' out)" 'a lead-in at the end of a paragraph'
# A program whose lead-ins name the party with another verb is no plan, even with a
# "Mål:" line.
printf 'Helse\n\nMål: Ingen skal stå uten fastlege.\n\nDerfor går KrF inn for:\n- kommunale fastleger\n' >program-goal-line.txt
run extract program-goal-line.txt
expect_eq '["paragraph",null] ["lead","KrF"] ["bullet","KrF"]' "$(jq -c 'select(.kind != "heading") | [.kind, .actor]' out | paste -sd' ')" 'a program with a goal line'
# An item that is the lead-in of the items nested under it is a lead.
printf 'Kultur\n\nBøstrand Høyre vil:\n- Innen kultur vil vi:\n  - bygge nytt bibliotek\n- Innen idrett vil vi:\n  - ruste opp kunstgressbanen\n- styrke korpsene\n' >sub-leads.txt
run extract sub-leads.txt
expect_eq '["lead","Bøstrand Høyre vil:","Kultur"]
["lead","Innen kultur vil vi:","Bøstrand Høyre vil:"]
["bullet","bygge nytt bibliotek","Innen kultur vil vi:"]
["lead","Innen idrett vil vi:","Bøstrand Høyre vil:"]
["bullet","ruste opp kunstgressbanen","Innen idrett vil vi:"]
["bullet","styrke korpsene","Bøstrand Høyre vil:"]' \
  "$(jq -sc 'INDEX(.id) as $by | .[] | select(.kind != "heading") | [.kind, .text, $by[.parent].text]' out)" 'leads nested in a list'
# A relative clause with "vil" above nested items is a pledge, not a lead.
printf 'Solvik Venstre vil:\n- bygge ny skole på Hvalstad, som vil inneholde:\n  - et folkebibliotek\n- ansette flere lærere\n' >relative-vil.txt
run extract relative-vil.txt
expect_eq '["lead","bullet","bullet","bullet"]' "$(jq -sc '[.[].kind]' out)" 'a relative "vil" item'
# A question with "vil" that names nobody who will is no lead-in.
printf 'Hva vil skje med bygget?\n- bygget selges\n\nHva vil vi gjøre?\n- bygge nytt\n' >question-leads.txt
run extract question-leads.txt
expect_eq '["paragraph","Hva vil skje med bygget?"] ["bullet","bygget selges"] ["lead","Hva vil vi gjøre?"] ["bullet","bygge nytt"]' \
  "$(jq -c '[.kind, .text]' out | paste -sd' ')" 'questions that name who will'
