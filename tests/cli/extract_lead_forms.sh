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
