# Documents in nynorsk read as their bokmål twins do: party names, commitment verbs,
# aims that are no pledges, abbreviations, captions, web chrome, wraps, questions and
# SDG references in their nynorsk forms.
kinds() { jq -c '[.kind, .text, .actor]' out | paste -sd' '; }

# "Høgre" and "Raudt" are parties: another party's intention is no pledge of this one,
# and a lead-in names its party.
printf 'Intro.\n\nVallvik Sosialistisk Venstreparti vil:\n- byggje bustader\n\nHøgre vil selje skulen.\n' >parties.txt
run extract parties.txt
expect_eq 0 "$(count '.kind == "pledge"')" 'Høgre vil ...: another party'
printf 'Intro.\n\nRaudt skal:\n- byggje fleire bustader\n' >raudt.txt
run extract raudt.txt
expect_eq '"Raudt"' "$(jq -c 'select(.kind == "lead") | .actor' out)" 'Raudt names its lead'

# "lovar", "ynskjer" and "går til val på" commit; "lovar ikkje" does not.
printf 'Tekst.\n\nMe lovar å halde skulen open. Me ynskjer å verne strandsona. Me går til val på å byggje ny hall. Me lovar ikkje gull.\n' >verbs.txt
run extract verbs.txt
expect_eq 3 "$(count '.kind == "pledge"')" 'nynorsk commitment verbs'

# "skal vere" is an aim, not a pledge; "Nokre vil seie" is nobody's commitment.
printf 'Tekst.\n\nVallvik skal vere ein god stad å bu. Nokre vil seie at skulen er for dyr. Sume vil meine noko anna.\n' >aims.txt
run extract aims.txt
expect_eq 0 "$(count '.kind == "pledge"')" 'aims and pronouns'

# "t.d." and "m.a." end no sentence: the item goes on past them.
printf 'Me vil:\n- rehabilitere fleire gamle skular i kommunen, t.d.\nNordli skule og Vallvik skule\n- auke tilskotet, m.a. til lag og foreiningar\n' >abbrev.txt
run extract abbrev.txt
expect_eq '["bullet","rehabilitere fleire gamle skular i kommunen, t.d. Nordli skule og Vallvik skule",null] ["bullet","auke tilskotet, m.a. til lag og foreiningar",null]' \
  "$(jq -c 'select(.kind == "bullet") | [.kind, .text, .actor]' out | paste -sd' ')" 't.d. and m.a.'

# "Kjelde:" is a caption, "Les meir" web chrome: neither is a heading over what follows.
printf 'Skule\n\nFleire born treng plass.\n\nKjelde: SSB\n\nLes meir\n\nMe vil byggje ny skule.\n' >captions.txt
run extract captions.txt
expect_eq '["Skule"]' "$(jq -c 'select(.kind == "pledge") | .path' out)" 'caption and chrome are no headings'
expect_eq 0 "$(count '.text == "Les meir"')" 'Les meir dropped'

# A line that ends on "utan" or "ein" goes on after a page number; "ikkje-" keeps its hyphen.
printf 'Skule\n\nBorna pendlar i dag heile vegen til byen kvar einaste dag utan\n\n4\n\nNordli skule som alternativ.\n\nMe vil hjelpe ikkje-\nkommunale barnehagar.\n' >wraps.txt
run extract wraps.txt
expect_eq '["heading","Skule",null] ["paragraph","Borna pendlar i dag heile vegen til byen kvar einaste dag utan Nordli skule som alternativ.",null] ["paragraph","Me vil hjelpe ikkje-kommunale barnehagar.",null] ["pledge","Me vil hjelpe ikkje-kommunale barnehagar.",null]' \
  "$(kinds)" 'wraps'

# "Kor mykje ...?" is a question title, as "Hvor mye ...?" is.
printf 'Skule\n\nKor mykje kostar det nye bygget?\n\nDet kostar 20 millionar kroner.\n' >question.txt
run extract question.txt
expect_eq '["Skule","Kor mykje kostar det nye bygget?"]' "$(jq -c 'select(.kind == "paragraph") | .path' out)" 'Kor ...?'

# "Berekraftsmål: 13" below a subgoal is its SDG reference.
printf 'Hovudmål 1: Vallvik er grøn\n\nDelmål 1.1 Utsleppa går ned\nBerekraftsmål: 13\n\nDelmål 1.2 Meir skog\n' >sdg.txt
run extract sdg.txt
expect_eq '["goal",[]] ["subgoal",[13]] ["subgoal",[]]' "$(jq -c '[.kind, .refs.sdg]' out | paste -sd' ')" 'Berekraftsmål'

# A party's short name alone commits it even to "gi"/"gje" ("Folk vil få ..." stays a
# prediction), in bokmål and nynorsk alike.
printf 'Vallvik Høgre\n\nVallvik Høgre vil:\n- byggje skular\n\nDifor vil Høgre gje lærarane meir vidareutdanning. Folk vil få meir tid.\n' >short-name.txt
run extract short-name.txt
expect_eq '"Høgre"' "$(jq -c 'select(.kind == "pledge") | .actor' out | paste -sd' ')" 'a short party name commits (nynorsk)'
printf 'Vallvik Høyre\n\nVallvik Høyre vil:\n- bygge skoler\n\nDerfor vil Høyre gi lærerne mer videreutdanning. Folk vil få mer tid.\n' >short-name-nb.txt
run extract short-name-nb.txt
expect_eq '"Høyre"' "$(jq -c 'select(.kind == "pledge") | .actor' out | paste -sd' ')" 'a short party name commits (bokmål)'

# A party named another way in its own program is still the speaker: "Senterpartiet" in
# "Vallvik Senterparti"'s, "KrF" in "Fjordbygd Kristeleg Folkeparti"'s, "Arbeiderpartiet"
# in "Nordby Ap"'s; Høgre in Senterpartiet's stays another party.
printf 'Intro.\n\nVallvik Senterparti vil:\n- byggje skular\n\nSenterpartiet vil innføre gratis SFO. Høgre vil selje skulen.\n' >own-sp.txt
run extract own-sp.txt
expect_eq '"Senterpartiet"' "$(jq -c 'select(.kind == "pledge") | .actor' out | paste -sd' ')" 'Senterpartiet in Vallvik Senterparti'
printf 'Intro.\n\nFjordbygd Kristeleg Folkeparti vil:\n- byggje skular\n\nKrF vil innføre gratis SFO.\n' >own-krf.txt
run extract own-krf.txt
expect_eq '"KrF"' "$(jq -c 'select(.kind == "pledge") | .actor' out | paste -sd' ')" 'KrF in Kristeleg Folkeparti'
printf 'Intro.\n\nNordby Ap vil:\n- bygge skoler\n\nArbeiderpartiet vil innføre gratis SFO.\n' >own-ap.txt
run extract own-ap.txt
expect_eq '"Arbeiderpartiet"' "$(jq -c 'select(.kind == "pledge") | .actor' out | paste -sd' ')" 'Arbeiderpartiet in Nordby Ap'

# A pledge that answers another party's intention after ", men" is the speaker's; other
# clauses after a comma make none ("..., og vi vil komme tilbake til det", "..., men vi
# vil ikke love noe").
printf 'Håvik Arbeidarparti vil:\n- byggje ny skule\n\nArbeid\n\nHøgre vil privatisere reinhaldet, men me vil ta det tilbake i eigen regi.\n' >contrast.txt
run extract contrast.txt
expect_eq '"Håvik Arbeidarparti"' "$(jq -c 'select(.kind == "pledge") | .actor' out)" 'a contrast with another party'
printf 'Skole\n\nDette er et stort tema, og vi vil komme tilbake til det i kapittel 5. Mange spør om skatt, men vi vil ikke love noe vi ikke kan holde.\n' >remarks.txt
run extract remarks.txt
expect_eq 0 "$(count '.kind == "pledge"')" 'remarks after a comma'

# A main clause of its own after ", og" commits ("..., og vi vil bygge ..."), in bokmål
# and nynorsk; a name there does not (it may be the object of the clause before), nor a
# remark ("vi vil gjerne høre fra deg").
printf 'Tekst.\n\nSkolen er viktig for bygda, og vi vil bygge en ny skole.\n\nSkulen er viktig for bygda, og me vil byggje ein ny skule.\n\nSkolen er viktig, og Høyre vil selge den.\n\nMange sliter, og vi vil gjerne høre fra deg.\n' >comma.txt
run extract comma.txt
expect_eq 2 "$(count '.kind == "pledge"')" 'a clause after ", og vi vil"'

# The first line names the document's party ("Berg KrF"): another party's intention is
# told from the start, before any lead-in; the speaker's own pledges stay.
printf 'Berg KrF\n\nEldre\n\nFremskrittspartiet vil privatisere sykehjemmene, og det er vi imot. Vi vil bygge nye sykehjem.\n' >title-party.txt
run extract title-party.txt
expect_eq '"Vi vil bygge nye sykehjem."' "$(jq -c 'select(.kind == "pledge") | .text' out | paste -sd' ')" 'the title names the party'
