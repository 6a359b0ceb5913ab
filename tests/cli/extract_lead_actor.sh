# Lead-ins: a line ending in ':' right above a list. Its actor is the subject
# before "vil" ("PS vil:" -> "PS"); a lead-in that names nobody ("Skole:", "Vi vil:")
# inherits the last actor named in the document, or has none. The items carry the
# actor of their lead-in.

printf '%s\n' \
  'Vi vil:' \
  '- null' \
  '' \
  'Partiet Sentrum Bærum vil i perioden 2023-2027 bl.a. jobbe spesielt for:' \
  '- a' \
  '' \
  'Skole:' \
  '- b' \
  '' \
  'Vi vil:' \
  '- c' \
  '' \
  'PS vil:' \
  '- d' \
  '' \
  'Helse:' \
  '- e' \
  '' \
  'De vil også:' \
  '- f' \
  '' \
  'En veldig lang rekke med mange ord her vil:' \
  '- g' \
  '' \
  'Partiet villeder ikke:' \
  '- h' >doc.txt
run extract doc.txt
expect_status 0
expect_err ''
expect_eq '["Vi vil:",null]
["Partiet Sentrum Bærum vil i perioden 2023-2027 bl.a. jobbe spesielt for:","Partiet Sentrum Bærum"]
["Skole:","Partiet Sentrum Bærum"]
["Vi vil:","Partiet Sentrum Bærum"]
["PS vil:","PS"]
["Helse:","PS"]
["De vil også:","PS"]
["En veldig lang rekke med mange ord her vil:","PS"]
["Partiet villeder ikke:","PS"]' "$(jq -c 'select(.kind == "lead") | [.text, .actor]' out)" 'lead actors'
# Each item: its lead-in as parent, and the lead-in's actor.
expect_eq 0 "$(jq -sc 'INDEX(.id) as $by | .[] | select(.kind == "bullet") | select($by[.parent].kind != "lead" or $by[.parent].actor != .actor)' out | wc -l | tr -d ' ')" 'items whose parent is not a lead with the same actor'
expect_eq 'null,"Partiet Sentrum Bærum","Partiet Sentrum Bærum","Partiet Sentrum Bærum","PS","PS","PS","PS","PS"' \
  "$(jq -c 'select(.kind == "bullet") | .actor' out | paste -sd,)" 'item actors'
# Leads and items always carry the actor key; other kinds never do.
expect_eq 0 "$(count '(.kind == "lead" or .kind == "bullet") and (has("actor") | not)')" 'leads/items without actor key'
printf 'Tittel\n\nTekst.\n' >plain.txt
run extract plain.txt
expect_eq 0 "$(count 'has("actor")')" 'actor key on headings and paragraphs'

# A line ending in ':' with no list below is a paragraph (unless it says who will);
# a list below a line that neither ends in ':' nor says "vil" has no lead.
printf 'Dette er viktig:\n\nEt avsnitt.\n\nPartiet mener\n- punkt\n\nPartiet vil styrke skolen.\n- punkt to\n' >nolead.txt
run extract nolead.txt
expect_eq '["paragraph","Dette er viktig:",null]
["paragraph","Et avsnitt.",null]
["paragraph","Partiet mener",null]
["bullet","punkt",null]
["paragraph","Partiet vil styrke skolen.",null]
["bullet","punkt to",null]' "$(jq -c 'select(.kind != "pledge") | [.kind, .text, .actor]' out)" 'no lead-ins'

# A multi-line lead-in directly above numbered items.
printf 'Asker Venstre vil\narbeide for:\n1. mer\n2) mindre\n' >wrapped.txt
run extract wrapped.txt
expect_eq '["lead","Asker Venstre vil arbeide for:","Asker Venstre",null]
["bullet","mer","Asker Venstre",1]
["bullet","mindre","Asker Venstre",2]' "$(jq -c '[.kind, .text, .actor, .number]' out)" 'wrapped lead-in'

# Norwegian puts an adverbial first and the subject after "vil" (verb second):
# the actor is then the name after "vil", and an opener ("Derfor") is never one.
printf 'Derfor vil vi:\n- a\n\nI neste periode vil Partiet Sentrum:\n- b\n\nHva vil PS gjøre:\n- c\n' >v2.txt
run extract v2.txt
expect_status 0
expect_eq '["Derfor vil vi:",null] ["I neste periode vil Partiet Sentrum:","Partiet Sentrum"] ["Hva vil PS gjøre:","PS"]' \
  "$(jq -c 'select(.kind == "lead") | [.text, .actor]' out | paste -sd' ')" 'actors in verb-second lead-ins'
expect_eq 'null "Partiet Sentrum" "PS"' "$(jq -c 'select(.kind == "bullet") | .actor' out | paste -sd' ')" 'their bullets'

# Lead-ins with other verbs, or "Vi i PARTI vil:", name their party too.
printf 'Helse\n\nHøyre ønsker å:\n- bygge sykehjem\n\nKrF går inn for:\n- flere leger\n\nMDG jobber for:\n- sykkelveier\n\nArbeiderpartiet skal:\n- styrke legevakten\n\nVenstre skal jobbe for å:\n- kortere ventetid\n\nVi i Senterpartiet vil:\n- lokal mat\n\nI neste periode skal SV:\n- gratis SFO\n' >verbs.txt
run extract verbs.txt
expect_eq '["Høyre","KrF","MDG","Arbeiderpartiet","Venstre","Senterpartiet","SV"]' \
  "$(jq -sc '[.[] | select(.kind == "bullet") | .actor]' out)" 'the actors of lead-ins with other verbs'
# With those other verbs only a party is named: "Skolen skal:", "Framover skal vi:" and
# "Vi i Hamar vil:" name none (the bullets keep the party named before).
printf 'Høyre vil:\n- bygge skoler\n\nSkolen skal:\n- ha nok lærere\n\nVi i Hamar vil:\n- verne strandsonen\n\nFramover skal vi:\n- elektrifisere bilene\n' >not-parties.txt
run extract not-parties.txt
expect_eq '["Høyre","Høyre","Høyre","Høyre"]' "$(jq -sc '[.[] | select(.kind == "bullet") | .actor]' out)" 'no actor from a non-party'

# Nynorsk: "Difor vil me:" and "Kva vil ... gjere?" open with no actor; "Me i X vil:" names
# X; "Partiet vil:" names nobody (whose party?); prose pledges with "Me vil", "Vi ønskjer å".
printf 'Skule\n\nDifor vil me:\n- byggje ny skule\n\nHelse\n\nKva vil Senterpartiet gjere?\n- behalde legevakta\n\nKultur\n\nMe i Senterpartiet vil:\n- gje lag gratis leige\n' >nynorsk.txt
run extract nynorsk.txt
expect_eq '["Difor vil me:",null]
["Kva vil Senterpartiet gjere?","Senterpartiet"]
["Me i Senterpartiet vil:","Senterpartiet"]' "$(jq -c 'select(.kind == "lead") | [.text, .actor]' out)" 'nynorsk leads'
printf 'Partiet vil arbeide for:\n- fleire lærlingplassar\n' >partiet.txt
run extract partiet.txt
expect_eq 'null' "$(jq -c 'select(.kind == "lead") | .actor' out)" '"Partiet vil:" names nobody'
printf 'Skule\n\nMe vil byggje ny skule på Nes innan 2026. Vi ønskjer å gje alle born gratis SFO. Me går inn for gratis ferje til Øvrebygda.\n' >nynorsk-prose.txt
run extract nynorsk-prose.txt
expect_eq '["Me vil byggje ny skule på Nes innan 2026.",null]
["Vi ønskjer å gje alle born gratis SFO.",null]
["Me går inn for gratis ferje til Øvrebygda.",null]' "$(jq -c 'select(.kind == "pledge") | [.text, .actor]' out)" 'nynorsk prose pledges'
# A party's name may hold a small word between capitalised ones, in a lead-in and in
# prose; a name starts with no opener or pronoun, and a common noun before "i" is no
# party.
printf 'Bolig\n\nArbeiderpartiet i Solvik vil:\n- bygge boliger\n\nI Asker vil:\n- bygge mer\n\nVi i Solvik vil:\n- bygge enda mer\n' >joined-names.txt
run extract joined-names.txt
expect_eq '["lead","Arbeiderpartiet i Solvik"]
["bullet","Arbeiderpartiet i Solvik"]
["lead","Arbeiderpartiet i Solvik"]
["bullet","Arbeiderpartiet i Solvik"]
["lead","Arbeiderpartiet i Solvik"]
["bullet","Arbeiderpartiet i Solvik"]' "$(jq -c 'select(.actor) | [.kind, .actor]' out)" 'lead-ins with small words'
printf 'Næring\n\nIndustri- og Næringspartiet vil styrke industrien. Kommunen i Asker vil ha flere boliger.\n' >joined-prose.txt
run extract joined-prose.txt
expect_eq '["Industri- og Næringspartiet vil styrke industrien.","Industri- og Næringspartiet"]' \
  "$(jq -c 'select(.kind == "pledge") | [.text, .actor]' out)" 'a prose pledge by a name with a small word'
# Lead-ins in capitals, with an ellipsis, or a question ending at the name.
printf 'SKOLE\n\nSTRANDBY HØYRE VIL:\n- innføre leseløft\n\nHelse\n\nHva vil Venstre?\n- bygge helsehus\n\nKultur\n\nKrF vil …\n- styrke korpsene\n\nIdrett\n\nVI VIL\n- bygge hall\n' >lead-forms-caps.txt
run extract lead-forms-caps.txt
expect_eq '["lead","STRANDBY HØYRE VIL:","STRANDBY HØYRE"]
["bullet","innføre leseløft","STRANDBY HØYRE"]
["lead","Hva vil Venstre?","Venstre"]
["bullet","bygge helsehus","Venstre"]
["lead","KrF vil …","KrF"]
["bullet","styrke korpsene","KrF"]
["lead","VI VIL","KrF"]
["bullet","bygge hall","KrF"]' "$(jq -c 'select(.kind == "lead" or .kind == "bullet") | [.kind, .text, .actor]' out)" 'capitals, ellipsis and question lead-ins'
# In prose, a party's short name with a place; a plural of parties is no party.
printf 'Skole\n\nVenstre i Solvik vil bygge ny skole på Nordby. KrF i Solvik vil styrke familievernet. Ungdomspartiene i Solvik vil ha gratis buss.\n' >short-names.txt
run extract short-names.txt
expect_eq '["Venstre i Solvik","KrF i Solvik"]' "$(jq -sc '[.[] | select(.kind == "pledge") | .actor]' out)" 'short party names with a place'
# Without a manifest and before any lead-in names it, the party of the first line is the
# actor of "Vi vil:" and of "Vi vil ..." in prose, as the title writes it; a manifest's
# author comes first.
printf 'Valgprogram for Nordby Høyre – 2027–2031\n\nVi vil bygge ny hall.\n\nVi vil:\n- bygge skoler\n' >title-party.txt
run extract title-party.txt
expect_eq '["Nordby Høyre","Nordby Høyre","Nordby Høyre"]' "$(jq -sc '[.[] | select(.kind == "pledge" or .kind == "lead" or .kind == "bullet") | .actor]' out)" 'the party of the first line'
printf 'Nordby kommune\n\nVi vil:\n- bygge skoler\n' >title-no-party.txt
run extract title-no-party.txt
expect_eq '[null,null]' "$(jq -sc '[.[] | select(.kind == "lead" or .kind == "bullet") | .actor]' out)" 'a first line that names no party'
