# Municipal plans in other layouts than Asker's tab table give the same goal, subgoal
# and strategy records, with parent links and their codes in refs.raw: main goals as a
# numbered list under a caption, goals and subgoals as coded headings with lists of
# strategies, nested lists with labels, and a web summary with labelled paragraphs.

# kinds FILE: kind, text, code, and the parent's kind and text, one record a line.
plan_rows() {
  jq -sc 'INDEX(.id) as $by | .[] | select(.kind | IN("goal", "subgoal", "strategy"))
    | [.kind, .text, .refs.raw, $by[.parent].kind, $by[.parent].text]' out
}

cat >numbered.txt <<'DOC'
Kommuneplan for Nordby 2024-2036

Fire hovedmål

1. Nordby skal være et inkluderende lokalsamfunn.
2. Nordby skal nå netto null utslipp innen 2030.

Om planen

Planen ble vedtatt av kommunestyret.
DOC
run extract numbered.txt
expect_status 0
expect_eq '["goal","Nordby skal være et inkluderende lokalsamfunn.","","heading","Fire hovedmål"]
["goal","Nordby skal nå netto null utslipp innen 2030.","","heading","Fire hovedmål"]' "$(plan_rows)" 'goals as a numbered list'
expect_eq 0 "$(count '.kind == "bullet"')" 'no bullets'

cat >headings.md <<'DOC'
# Samfunnsdelen

## S.1 Et inkluderende samfunn

### S.1.1 Alle barn skal få en god start

Strategier:

- Styrke samarbeidet mellom barnehage, skole og helsestasjon
- Gi tidlig hjelp til familier som trenger det

### S.1.2 Alle skal ha et sted å bo

- Bygge flere utleieboliger

## S.2 Et klimanøytralt samfunn

### S.2.1 Utslippene skal ned

- Elektrifisere kommunens bilpark
DOC
run extract headings.md
expect_eq '["goal","Et inkluderende samfunn","S.1","heading","Samfunnsdelen"]
["subgoal","Alle barn skal få en god start","S.1.1","goal","Et inkluderende samfunn"]
["strategy","Styrke samarbeidet mellom barnehage, skole og helsestasjon","","subgoal","Alle barn skal få en god start"]
["strategy","Gi tidlig hjelp til familier som trenger det","","subgoal","Alle barn skal få en god start"]
["subgoal","Alle skal ha et sted å bo","S.1.2","goal","Et inkluderende samfunn"]
["strategy","Bygge flere utleieboliger","","subgoal","Alle skal ha et sted å bo"]
["goal","Et klimanøytralt samfunn","S.2","heading","Samfunnsdelen"]
["subgoal","Utslippene skal ned","S.2.1","goal","Et klimanøytralt samfunn"]
["strategy","Elektrifisere kommunens bilpark","","subgoal","Utslippene skal ned"]' "$(plan_rows)" 'coded headings and lists'
# Goals are records, not headings: the path stays the document's own headings.
expect_eq '["Samfunnsdelen"]' "$(jq -c 'select(.kind == "strategy") | .path' out | sort -u)" 'strategy paths'
expect_eq 'Strategier:' "$(jq -r 'select(.kind == "paragraph") | .text' out)" 'the caption is a paragraph'

cat >nested.md <<'DOC'
# Hovedmål og delmål

- Hovedmål 1: Gode liv for alle
  - 1.1 Alle barn skal ha en trygg oppvekst
    - Styrke helsestasjonene
  - 1.2 Eldre skal bo hjemme lenger
- Hovedmål 2: Et grønt Nordby
  - 2.1 Klimagassutslippene skal halveres innen 2030
DOC
run extract nested.md
expect_eq '["goal","Gode liv for alle","1","heading","Hovedmål og delmål"]
["subgoal","Alle barn skal ha en trygg oppvekst","1.1","goal","Gode liv for alle"]
["strategy","Styrke helsestasjonene","","subgoal","Alle barn skal ha en trygg oppvekst"]
["subgoal","Eldre skal bo hjemme lenger","1.2","goal","Gode liv for alle"]
["goal","Et grønt Nordby","2","heading","Hovedmål og delmål"]
["subgoal","Klimagassutslippene skal halveres innen 2030","2.1","goal","Et grønt Nordby"]' "$(plan_rows)" 'nested labelled lists'

cat >web.txt <<'DOC'
Mål for Nordby
Mål 1: Nordby er et godt sted å bo for alle.
Slik når vi målet:
• Vi bygger flere boliger for unge.
• Vi satser på kollektivtrafikk.
Mål 2: Nordby er klimanøytralt.
Slik når vi målet:
• Vi kutter utslipp fra egne bygg.
DOC
run extract web.txt
expect_eq '["goal","Nordby er et godt sted å bo for alle.","1","heading","Mål for Nordby"]
["strategy","Vi bygger flere boliger for unge.","","goal","Nordby er et godt sted å bo for alle."]
["strategy","Vi satser på kollektivtrafikk.","","goal","Nordby er et godt sted å bo for alle."]
["goal","Nordby er klimanøytralt.","2","heading","Mål for Nordby"]
["strategy","Vi kutter utslipp fra egne bygg.","","goal","Nordby er klimanøytralt."]' "$(plan_rows)" 'a web summary'

# Not plans: a party program with goals of its own keeps its pledges, and numbered
# headings in any document stay headings.
cat >program.txt <<'DOC'
Våre hovedmål

Nordby Venstre vil:
- bygge ny skole
- verne strandsonen

1.2 Bakgrunn

Tekst.
DOC
run extract program.txt
expect_eq 'heading lead bullet bullet heading paragraph' "$(jq -r '.kind' out | paste -sd' ')" 'a program stays a program'
# A manifest that says the document is a program settles it.
mkdir corpus
printf 'id\tfile\ttitle\tauthor\tmunicipality\ttype\nplanish\tplanish.txt\tT\tParti\tNordby\tprogram\n' >corpus/manifest.tsv
cp numbered.txt corpus/planish.txt
run extract corpus
expect_eq 2 "$(count '.kind == "bullet"')" 'a program by its manifest'

# Another municipality's plan: coded strategy lines one after another (no markers, no
# blank lines) are strategies each; SDGs named in words, in a row's text or on a line of
# their own right below it, are its refs.targets and refs.sdg; such a line gives no record.
printf 'Fokusområde 1 – Gode liv for alle\n\nHovedmål 1: Innbyggerne har gode levekår og god helse.\nBærekraftsmål: 3, 10\n\nMål 1.1: Alle har et trygt sted å bo (FN-mål 1, 11)\nVi skal:\n1.1.1 Legge til rette for variert boligsammensetning\n1.1.2 Bruke kommunens tomter aktivt\n1.1.3 Sikre trygge skoleveier (Bærekraftsmål 11.2)\n' >other-plan.txt
run extract other-plan.txt
expect_status 0
expect_eq '["goal","Innbyggerne har gode levekår og god helse.","1",["3","10"],[3,10]]
["subgoal","Alle har et trygt sted å bo (FN-mål 1, 11)","1.1",["1","11"],[1,11]]
["strategy","Legge til rette for variert boligsammensetning","1.1.1",[],[]]
["strategy","Bruke kommunens tomter aktivt","1.1.2",[],[]]
["strategy","Sikre trygge skoleveier (Bærekraftsmål 11.2)","1.1.3",["11.2"],[11]]' \
  "$(jq -c 'select(.refs) | [.kind, .text, .refs.raw, .refs.targets, .refs.sdg]' out)" 'rows, codes and SDGs'
expect_eq 0 "$(count '.text | startswith("Bærekraftsmål")')" 'no record for the SDG line'
# vil tag gives the rows their SDGs from refs.
"$VIL" tag out >tagged.jsonl
expect_eq '["sdg:10","sdg:3"]' "$(jq -c 'select(.kind == "goal") | [.why[] | select(.rule == "refs") | .tag]' tagged.jsonl)" 'tags from refs'

# A plan whose goal lines are long enough to look wrapped: the "Vi skal:" below a
# labelled goal is a caption of its own, not the goal's last words; a section title
# that the table of contents lists ("2.1 Levende lokalsamfunn") is a heading, not a
# subgoal coded 2.1.
cat >toc-plan.txt <<'DOC'
Innhold
1 Innledning ........................................ 3
2.1 Levende lokalsamfunn .......................... 6

1 Innledning
Kommuneplanens samfunnsdel er kommunens overordnede styringsdokument, og den
bygger på FNs bærekraftsmål.

2.1 Levende lokalsamfunn

Mål 1.1: Alle innbyggere har et trygt og godt sted å bo i hele kommunen (FN-mål 1, 11)
Vi skal:
1.1.1 Legge til rette for en variert boligsammensetning i alle tettsteder
1.1.2 Bruke kommunens tomter aktivt for å skaffe boliger til vanskeligstilte
DOC
run extract toc-plan.txt
expect_status 0
expect_eq '["heading","2.1 Levende lokalsamfunn"]
["subgoal","Alle innbyggere har et trygt og godt sted å bo i hele kommunen (FN-mål 1, 11)"]
["paragraph","Vi skal:"]
["strategy","Legge til rette for en variert boligsammensetning i alle tettsteder"]
["strategy","Bruke kommunens tomter aktivt for å skaffe boliger til vanskeligstilte"]' \
  "$(jq -c 'select(.lines[0] >= 9) | [.kind, .text]' out)" 'heading, goal, caption and strategies'
expect_eq 2 "$(jq -r 'select(.kind == "strategy") | .parent' out | grep -cx "$(jq -r 'select(.kind == "subgoal") | .id' out)")" 'strategies under the goal'

# The items of one bulleted list under a goal are of one kind (they were a subgoal and
# a strategy below it); a "... skal:" caption says they are strategies.
printf 'Oppvekst\n\nMål: Alle barn opplever mestring\nVi skal:\n- styrke samarbeidet rundt barn\n- bygge skoler\n\nMål: Eldre bor trygt hjemme\n\n- utvikle aldersvennlige nærmiljøer\n- ta i bruk velferdsteknologi\n' >goal-list.txt
run extract goal-list.txt
expect_eq '["goal","Alle barn opplever mestring"]
["strategy","styrke samarbeidet rundt barn"]
["strategy","bygge skoler"]
["goal","Eldre bor trygt hjemme"]
["subgoal","utvikle aldersvennlige nærmiljøer"]
["subgoal","ta i bruk velferdsteknologi"]' "$(jq -c 'select(.kind != "heading" and .kind != "paragraph") | [.kind, .text]' out)" 'one kind per list'

# Lines without markers under a caption are its items when each starts with a capital
# and all end alike; a wrapped paragraph under a caption stays one paragraph. A goal's
# line without a stop does not take the sentence below it, nor a line of SDGs below it
# when it wrapped.
cat >unmarked.txt <<'DOC'
Kommuneplan for Elvdal

Hovedmål 1: Elvdal har levende bygder
Bærekraftsmål: 11

Delmål:
Det bygges boliger for alle livsfaser.
Innbyggerne har gode møteplasser.

Strategier:
Legge til rette for boliger for eldre i sentrum
Utvikle skolene som møteplasser

Tiltak:
Vi skal styrke samarbeidet med frivillige og
næringslivet i alle kommunedeler.

Mål 2: Alle innbyggere har en trygg og god bolig
Vi skal legge til rette for variert boligbygging i alle
kommunedeler.

Mål 3: Innbyggerne har god helse og livskvalitet gjennom hele livet, og
forskjellene mellom gruppene blir mindre
Bærekraftsmål: 3, 10
DOC
run extract unmarked.txt
expect_status 0
expect_eq '["goal","Elvdal har levende bygder",[3,3],[11]]
["paragraph","Delmål:",[6,6],null]
["subgoal","Det bygges boliger for alle livsfaser.",[7,7],[]]
["subgoal","Innbyggerne har gode møteplasser.",[8,8],[]]
["paragraph","Strategier:",[10,10],null]
["strategy","Legge til rette for boliger for eldre i sentrum",[11,11],[]]
["strategy","Utvikle skolene som møteplasser",[12,12],[]]
["paragraph","Tiltak:",[14,14],null]
["paragraph","Vi skal styrke samarbeidet med frivillige og næringslivet i alle kommunedeler.",[15,16],null]
["pledge","Vi skal styrke samarbeidet med frivillige og næringslivet i alle kommunedeler.",[15,16],null]
["goal","Alle innbyggere har en trygg og god bolig",[18,18],[]]
["paragraph","Vi skal legge til rette for variert boligbygging i alle kommunedeler.",[19,20],null]
["pledge","Vi skal legge til rette for variert boligbygging i alle kommunedeler.",[19,20],null]
["goal","Innbyggerne har god helse og livskvalitet gjennom hele livet, og forskjellene mellom gruppene blir mindre",[22,23],[3,10]]' \
  "$(jq -c 'select(.kind != "heading") | [.kind, .text, .lines, .refs.sdg]' out)" 'unmarked lists and goal lines'

# A bare-numbered title above a labelled goal is a section's heading, with or without
# a table of contents; a coded strategy above the next labelled subgoal stays a
# strategy.
printf '2 Satsingsområder\n\n2.1 Levende lokalsamfunn\n\nHovedmål 1: Alle innbyggere har en trygg bolig\n\nMål 1.1: Flere eier egen bolig\nVi skal:\n1.1.1 Bygge flere boliger\n1.1.2 Sikre trygge skoleveier\n\nMål 1.2: Barn opplever mestring\n\n2.2 Grønn omstilling\n\nHovedmål 2: Lindås er en lavutslippskommune\n' >chapters.txt
run extract chapters.txt
expect_status 0
expect_eq '["heading","2 Satsingsområder",1]
["heading","2.1 Levende lokalsamfunn",2]
["goal","Alle innbyggere har en trygg bolig",null]
["subgoal","Flere eier egen bolig",null]
["paragraph","Vi skal:",null]
["strategy","Bygge flere boliger",null]
["strategy","Sikre trygge skoleveier",null]
["subgoal","Barn opplever mestring",null]
["heading","2.2 Grønn omstilling",2]
["goal","Lindås er en lavutslippskommune",null]' "$(jq -c '[.kind, .text, .level]' out)" 'numbered titles above labelled goals'

# Goal labels "Hovudmål" (nynorsk) and "Samfunnsmål".
printf 'Levande bygder\n\nHovudmål 1: Fjellheim har levande bygder\n\nDelmål 1.1: Det vert bygd fleire bustader\n\nSamfunnsmål 2: Kommunen er klimanøytral innen 2040\n' >labels.txt
run extract labels.txt
expect_eq '["goal","Fjellheim har levande bygder","1",null]
["subgoal","Det vert bygd fleire bustader","1.1","goal"]
["goal","Kommunen er klimanøytral innen 2040","2",null]' \
  "$(jq -sc 'INDEX(.id) as $by | .[] | select(.refs) | [.kind, .text, .refs.raw, ($by[.parent].kind // null | if . == "heading" then null else . end)]' out)" 'nynorsk and other goal labels'

# Strategies coded with a letter below their subgoal's number, and a question that
# captions strategies.
printf 'Oppvekst\n\nMål 1: Alle barn har en trygg oppvekst\n\n1.1 Barn og unge opplever mestring\n1.1 a) Tidlig innsats i barnehage og skole\n1.1 b) Tverrfaglig samarbeid om utsatte familier\n\nGrønn omstilling\n\nA1 Eikedal har lave klimagassutslipp\n\nHvordan skal vi jobbe?\n• Stille klimakrav i alle anskaffelser\n' >lettered-codes.txt
run extract lettered-codes.txt
expect_status 0
expect_eq '["goal","Alle barn har en trygg oppvekst","1"]
["subgoal","Barn og unge opplever mestring","1.1"]
["strategy","Tidlig innsats i barnehage og skole","1.1 a)"]
["strategy","Tverrfaglig samarbeid om utsatte familier","1.1 b)"]
["goal","Eikedal har lave klimagassutslipp","A1"]
["strategy","Stille klimakrav i alle anskaffelser",""]' "$(jq -c 'select(.refs) | [.kind, .text, .refs.raw]' out)" 'lettered codes and a question caption'
# Not captions or titles: "Hvordan står det til?" (facts), prose that refers back
# under "Strategier:", a coded subgoal above an uncoded "Hovedmål:".
printf 'Mål 1: Solvik har levende lokalsamfunn\n\nHvordan står det til i dag?\n\nBefolkningen vokser, men sentrum har mistet butikker.\n- 30 prosent er over 60 år\n\nStrategier:\nKommunen har valgt tre strategier for å nå målet.\nDe beskrives nærmere i handlingsdelen.\n\nHovedmål: Alle har en trygg bolig\n\n1.1 Det bygges nok boliger\n1.2 Flere eier egen bolig\n\nHovedmål: Solvik har et rikt kulturliv\n' >not-captions.txt
run extract not-captions.txt
expect_eq '["goal","Solvik har levende lokalsamfunn"]
["heading","Hvordan står det til i dag?"]
["bullet","30 prosent er over 60 år"]
["goal","Alle har en trygg bolig"]
["subgoal","Det bygges nok boliger"]
["subgoal","Flere eier egen bolig"]
["goal","Solvik har et rikt kulturliv"]' \
  "$(jq -c 'select(.kind == "goal" or .kind == "subgoal" or .kind == "strategy" or .kind == "bullet" or .kind == "heading") | [.kind, .text]' out)" 'facts, prose and uncoded goals'
# Lines under a caption in a document without wraps, each a block of its own.
printf 'Hovedmål 1: Alle innbyggere har en trygg bolig\n\nDelmål:\nDet bygges 200 nye boliger i sentrum innen 2030\nFlere unge kjøper sin første bolig i Solvik\nEldre kan bo hjemme lenger\n' >unwrapped-caption.txt
run extract unwrapped-caption.txt
expect_eq '["subgoal","Det bygges 200 nye boliger i sentrum innen 2030"]
["subgoal","Flere unge kjøper sin første bolig i Solvik"]
["subgoal","Eldre kan bo hjemme lenger"]' "$(jq -c 'select(.kind == "subgoal") | [.kind, .text]' out)" 'caption lists without wraps'
# Caption lists without wraps end at the next caption, a one-word title or prose.
printf 'Hovedmål 1: Barn og unge har en trygg oppvekst\nDelmål\nAlle barn går i en god barnehage.\nBarn og unge har et aktivt fritidsliv.\nStrategier\nKommunen skal jobbe tverrfaglig rundt barn og familier.\nKommunen skal gi tidlig hjelp når barn strever.\nStatus\nEn av fem ungdommer sier at de er ensomme\n' >nowrap-captions.txt
run extract nowrap-captions.txt
expect_eq '["subgoal",[3,3]] ["subgoal",[4,4]] ["strategy",[6,6]] ["strategy",[7,7]]' \
  "$(jq -c 'select(.kind == "subgoal" or .kind == "strategy") | [.kind, .lines]' out | paste -sd' ')" 'caption lists end'
# A section number that the goals below carry on is the section's title; a label beside
# its first item.
printf 'Kommuneplanens samfunnsdel\n\n3.1 Et inkluderende samfunn\n\n    Samfunnsmål 3.1.1        Flere i arbeid\n\n    Strategier               • Styrke samarbeidet med frivilligheten\n                             • Etablere en inkluderingsstrategi\n' >label-column.txt
run extract label-column.txt
expect_eq '["heading","3.1 Et inkluderende samfunn",null]
["goal","Flere i arbeid","3.1 Et inkluderende samfunn"]
["strategy","Styrke samarbeidet med frivilligheten","Flere i arbeid"]
["strategy","Etablere en inkluderingsstrategi","Flere i arbeid"]' \
  "$(jq -sc 'INDEX(.id) as $by | .[1:][] | [.kind, .text, (if .kind == "heading" then null else $by[.parent].text end)]' out)" 'a label column'
# A plan in nynorsk: "Hovudmål", "Delmål", the caption "Korleis skal me jobbe?" and the
# label "Tiltaka:" say what the lists below them hold, as their bokmål forms do.
printf 'Kommuneplan for Vallvik\n\nHovudmål 1: Eit trygt lokalsamfunn for alle\n\nDelmål 1.1 Alle born veks opp i trygge heimar\n\nKorleis skal me jobbe?\n\n- Vallvik kommune skal styrkje det førebyggjande arbeidet\n- Vallvik kommune skal samarbeide med frivillige lag\n\nDelmål 1.2 Innbyggjarane har gode tenester\n\nTiltaka:\n- Kommunen skal byggje ut heimetenesta\n' >nynorsk-plan.txt
run extract nynorsk-plan.txt
expect_eq 'goal subgoal strategy strategy subgoal strategy' \
  "$(jq -r 'select(.kind | test("goal|strategy")) | .kind' out | paste -sd' ')" 'a nynorsk plan'
# "Hva vil vi oppnå?" (nynorsk "Kva vil me oppnå?") under a goal captions its sub-goals:
# a plan's question, not a party's lead-in that would make the plan a program. In a
# program it stays a lead-in.
printf 'Hovudmål 1: Vallvik er grøn\n\nKva vil me oppnå?\n- Lågare utslepp\n\nKorleis skal me jobbe?\n- Plante tre i sentrum\n' >kva-oppna.txt
run extract kva-oppna.txt
expect_eq 'goal paragraph subgoal paragraph strategy' "$(jq -r .kind out | paste -sd' ')" 'Kva vil me oppnå? in a plan'
printf 'Asker Venstre\n\nSkole\n\nVenstre vil:\n- bygge skoler\n\nHva vil vi oppnå?\n- bedre skoler for alle\n' >hva-program.txt
run extract hva-program.txt
expect_eq 'heading heading lead bullet lead bullet' "$(jq -r .kind out | paste -sd' ')" 'Hva vil vi oppnå? in a program'
printf 'Voll FrP\n\nSkatt\n\nKva vil me oppnå?\n- Lågare skattar for alle\n- Færre byråkratar\n' >kva-program.txt
run extract kva-program.txt
expect_eq 'heading heading lead bullet bullet' "$(jq -r .kind out | paste -sd' ')" 'Kva vil me oppnå? alone makes no plan'
# A numbered line alone right above a labelled goal, after a list of strategies, opens
# the next section: no strategy "Oppvekst", and the goal below sits under it.
printf 'Bolig\n\nHovedmål 1: Alle har en trygg bolig\n\nStrategier:\n- Bygge flere boliger\n\n2. Oppvekst\n\nHovedmål 2: Alle barn trives\n' >numbered-section.txt
run extract numbered-section.txt
expect_eq '["heading","Oppvekst",[]] ["goal","Alle barn trives",["Oppvekst"]]' \
  "$(jq -c '[.kind, .text, .path]' out | tail -2 | paste -sd' ')" 'a numbered section after strategies'
# Column names asked as questions, and their nynorsk forms, name their columns too.
printf 'Helse\n\nHva vil vi oppnå?\tHvordan?\tAnsvar\nInnbyggerne har god helse\tSatse på forebygging\tKommunalsjef\n' >question-columns.txt
run extract question-columns.txt
expect_eq 'heading goal strategy' "$(jq -r .kind out | paste -sd' ')" 'question column names'
printf 'Helse\n\nKva vil me oppnå\tKorleis\tAnsvarleg\nInnbyggjarane har god helse\tSatse på førebygging\tKommunalsjef\n' >nynorsk-columns.txt
run extract nynorsk-columns.txt
expect_eq 'heading goal strategy' "$(jq -r .kind out | paste -sd' ')" 'nynorsk column names'
