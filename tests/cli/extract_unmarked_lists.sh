# A pledge list that lost its bullets (a web page pasted as text, an export that dropped
# the list markup): the lines right below a lead-in that says who will are its items when
# none of them could be a wrapped sentence. Else the lines stay the paragraph they were.
rows() { jq -c '[.kind, .lines[0], .text, .actor]' out; }

# Whole lines (no line in the document is wrapped): items in capitals and in lower case.
cat >web.txt <<'DOC'
Nordby Høyre – valgprogram 2027–2031

Skole og oppvekst

Høyre mener at en god skole er grunnlaget for et godt samfunn, og at lærerne er skolens viktigste ressurs i hverdagen.

Høyre vil:
Gi flere lærere på de laveste trinnene
Styrke leksehjelpen på alle skoler
Bygge ny skole på Holmen innen 2030

Helse og omsorg

Hva vil Høyre gjøre?
bygge flere sykehjemsplasser
gi eldre valgfrihet i hjemmetjenesten
DOC
run extract web.txt
expect_status 0
expect_eq '["lead",7,"Høyre vil:","Høyre"]
["bullet",8,"Gi flere lærere på de laveste trinnene","Høyre"]
["bullet",9,"Styrke leksehjelpen på alle skoler","Høyre"]
["bullet",10,"Bygge ny skole på Holmen innen 2030","Høyre"]
["lead",14,"Hva vil Høyre gjøre?","Høyre"]
["bullet",15,"bygge flere sykehjemsplasser","Høyre"]
["bullet",16,"gi eldre valgfrihet i hjemmetjenesten","Høyre"]' \
  "$(rows | grep -v '"heading"\|"paragraph"')" 'unmarked items below lead-ins'

# A hard-wrapped document: items shorter than half the wrap width could not have been
# wrapped; a lead-in's sentence that runs on over long lines is one paragraph.
cat >wrapped.txt <<'DOC'
Nordby Høyre

Skolen er grunnlaget for et godt samfunn, og lærerne er skolens viktigste
ressurs. Derfor må kommunen satse på dem, gi dem tid til elevene og la dem
bruke den kompetansen de har fått gjennom mange års utdanning og erfaring.

Høyre vil:
ansette flere lærere
styrke leksehjelpen

Høyre vil:
bygge flere boliger for unge familier i sentrum, slik at de som vokser opp
her også har råd til å bli boende når de skal etablere seg med egne barn
DOC
run extract wrapped.txt
expect_eq '["bullet",8,"ansette flere lærere","Høyre"]
["bullet",9,"styrke leksehjelpen","Høyre"]
["paragraph",11,"Høyre vil: bygge flere boliger for unge familier i sentrum, slik at de som vokser opp her også har råd til å bli boende når de skal etablere seg med egne barn",null]' \
  "$(rows | grep '"bullet"\|"paragraph",11')" 'short items in a wrapped document; a wrapped sentence'

# Any lead-in that says who commits: a party and another commitment verb, "Vi" and one;
# items that are noun phrases ("mer skog") or start with a verb without -e ("tilby").
cat >verbs.txt <<'DOC'
Nordby Høyre

Høyre ønsker å:
bygge flere skoler i sentrum
tilby leksehjelp på alle skoler

Vi vil:
Bygge flere boliger
Gi mer til kultur

Vi går til valg på:
mer skog
flere busser
DOC
run extract verbs.txt
expect_eq '["lead",3,"Høyre ønsker å:","Høyre"] ["bullet",4,"bygge flere skoler i sentrum","Høyre"] ["bullet",5,"tilby leksehjelp på alle skoler","Høyre"] ["lead",7,"Vi vil:","Høyre"] ["bullet",8,"Bygge flere boliger","Høyre"] ["bullet",9,"Gi mer til kultur","Høyre"] ["lead",11,"Vi går til valg på:","Høyre"] ["bullet",12,"mer skog","Høyre"] ["bullet",13,"flere busser","Høyre"]' \
  "$(rows | grep -v '"heading"' | paste -sd' ')" 'commitment verbs'

# A document without blank lines: the items end with a stop, the heading after them
# does not; items without a stop before a sentence end with that sentence's heading.
cat >noblank.txt <<'DOC'
Nordby Høyre
Skole
Nordby skal ha gode skoler der alle barn lærer å lese, skrive og regne godt nok til å klare seg videre i livet.
Hva vil Høyre gjøre?
Ansette flere lærere i de første klassene.
Gi elevene tilgang til gode digitale læremidler.
Helse og omsorg
Eldre skal kunne bo hjemme så lenge de ønsker det, og få god hjelp når de trenger det.
Høyre vil:
Bygge nytt sykehjem på Vollen
Ruste opp Nordby stadion
Dette har idretten ventet på i mange år, og nå er tiden inne.
DOC
run extract noblank.txt
expect_eq '["bullet",5,"Ansette flere lærere i de første klassene.","Høyre"] ["bullet",6,"Gi elevene tilgang til gode digitale læremidler.","Høyre"] ["heading",7,"Helse og omsorg",null] ["bullet",10,"Bygge nytt sykehjem på Vollen","Høyre"] ["heading",11,"Ruste opp Nordby stadion",null] ["paragraph",12,"Dette har idretten ventet på i mange år, og nå er tiden inne.",null]' \
  "$(rows | grep '"bullet"\|"heading",7\|"heading",11\|"paragraph",12' | paste -sd' ')" 'items and headings without blank lines'
# With blank lines, a heading has them: the line below the items is a comment on them.
printf 'Nordby Høyre\n\nHøyre vil:\nBygge nytt sykehjem på Vollen\nRuste opp Nordby stadion\nDette har idretten ventet på i mange år.\n' >comment.txt
run extract comment.txt
expect_eq 'lead bullet bullet paragraph' "$(jq -r 'select(.kind != "heading") | .kind' out | paste -sd' ')" 'a comment below a list'

# Items set off by blank lines, each one line starting with an infinitive; noun phrases
# so set off are headings ("Tidlig innsats"), and so are nouns in -e ("Helse og omsorg").
cat >spaced.txt <<'DOC'
Nordby Høyre

Høyre vil:

Gi flere lærere på de laveste trinnene

Styrke leksehjelpen på alle skoler

Helse og omsorg

Vi vil:

bygge flere sykehjemsplasser

gi eldre valgfrihet i hjemmetjenesten

Kultur

Høyre vil:

Tidlig innsats

Trygge skoleveier

- bygge gang- og sykkelvei til Holmen
DOC
run extract spaced.txt
expect_eq '["lead",3,"Høyre vil:","Høyre"] ["bullet",5,"Gi flere lærere på de laveste trinnene","Høyre"] ["bullet",7,"Styrke leksehjelpen på alle skoler","Høyre"] ["heading",9,"Helse og omsorg",null] ["lead",11,"Vi vil:","Høyre"] ["bullet",13,"bygge flere sykehjemsplasser","Høyre"] ["bullet",15,"gi eldre valgfrihet i hjemmetjenesten","Høyre"] ["heading",17,"Kultur",null] ["lead",19,"Høyre vil:","Høyre"] ["heading",21,"Tidlig innsats",null] ["heading",23,"Trygge skoleveier",null] ["bullet",25,"bygge gang- og sykkelvei til Holmen","Høyre"]' \
  "$(rows | grep -v '"heading",1,' | paste -sd' ')" 'items set off by blank lines'

# What is done for the reader is pledged ("for deg"); an item may name a road or an
# acronym ("Ny E18 ...", "Gratis SFO"); a line let in between two items does not end
# the list (a heading there closes it before).
printf 'Nordby Høyre\n\nDette vil Høyre gjøre for deg:\nBygge flere skoler\nNy E18 gjennom Nordby\nGratis SFO for alle\n' >for-deg.txt
run extract for-deg.txt
expect_eq 3 "$(count '.kind == "bullet"')" 'for deg; roads and acronyms'
printf 'Intro om Nordby og planene våre\nHøyre vil:\nStille krav til universell utforming\nBidra til flere boliger\nUniversell tilgjengelighet skal hensyntas\nStyrke kollektivtilbudet\nEldre skal ha en trygg hverdag i kommunen.\n' >between.txt
run extract between.txt
expect_eq '[3,4]' "$(jq -sc '[.[] | select(.kind == "bullet") | .lines[0]]' out)" 'a list ends on an item that reads as one'

# No pledges: thanks, reminders, candidates, partners, words to the reader, names.
cat >other.txt <<'DOC'
Nordby Høyre

Høyre ønsker å takke:
Kommunedirektøren for et ryddig arbeid
Alle tillitsvalgte i kommunen

Vi går til valg med disse kandidatene:
Trine Berg Holm
Ola Vestby

Høyre går til valg sammen med:
Venstre i Nordby
Kristelig Folkeparti i Nordby

Hva vil Høyre at du skal gjøre?
Stemme ved valget i september
Ta med gyldig legitimasjon

Vi vil gjerne høre fra deg:
Ring gruppeleder Kari Holm
Send e-post til partiet
DOC
run extract other.txt
expect_eq 0 "$(count '.kind == "bullet"')" 'no list of pledges'
# So in a web page of whole lines, where every line is a block: questions to the mayor
# are no pledges, nor are examples.
cat >web-other.txt <<'DOC'
Nordby Venstre
Skole
Nordby skal ha gode skoler der alle barn lærer å lese, skrive og regne godt nok til å klare seg videre i livet.
Venstre vil derfor stille følgende spørsmål til ordføreren:
Hvor mange barn står i dag på venteliste til kulturskolen?
Hvilke tiltak er satt i gang for å korte ned ventetiden?
Vi vil gi noen eksempler:
En familie med to barn i SFO som betaler mye hver måned
En pensjonist som venter på sykehjemsplass
Venstre vil:
Utvide kulturskolens tilbud med 100 nye plasser
Ta i bruk skolenes lokaler om ettermiddagen
DOC
run extract web-other.txt
expect_eq '[11,12]' "$(jq -sc '[.[] | select(.kind == "bullet") | .lines[0]]' out)" 'questions and examples are no pledges'

# In a hard-wrapped document, a capitalised item goes on over lines in lower case and
# after a line left open ("... med et" / "alternativt ..."); the lines after the list
# that read otherwise start a block of their own.
cat >wrapped-items.txt <<'DOC'
Nordby KrF

Skolen skal gi alle elever like muligheter, og KrF vil at lærerne skal ha tid
til hver enkelt elev. Derfor må kommunen satse på flere voksne i skolen og på
et godt samarbeid med foreldrene, som kjenner barna best av alle.

Vi vil også:
Ansette flere lærere
Øke støtten til kristne friskoler og andre skoler med et
alternativt pedagogisk grunnlag
Bygge flerbrukshall på Sviland
Nordby trenger en skole som ser hele eleven.
DOC
run extract wrapped-items.txt
expect_eq '["bullet",8,"Ansette flere lærere","Nordby KrF"] ["bullet",9,"Øke støtten til kristne friskoler og andre skoler med et alternativt pedagogisk grunnlag","Nordby KrF"] ["bullet",11,"Bygge flerbrukshall på Sviland","Nordby KrF"] ["paragraph",12,"Nordby trenger en skole som ser hele eleven.",null]' \
  "$(rows | grep '"bullet"\|"paragraph",12' | paste -sd' ')" 'wrapped items'

# Items that start with "at", as Partiet Sentrum writes them, when the first item does:
# "at" then goes on no line. A lead-in's sentence that wraps stays one paragraph.
printf 'Partiet Sentrum Nordby\n\nPS vil:\nat kommunen har gode systemer for medvirkning\nredusere skolefraværet i grunnskolen\nat alle skoler har helsesykepleier hver dag\n\nPS vil:\nat kommunen skal bygge flere boliger for unge familier i sentrum og i\ndistriktene, slik at de unge kan bli boende her når de etablerer seg med egne\nbarn og trenger et sted å bo\n' >at.txt
run extract at.txt
expect_eq '["bullet",[4,4],"at kommunen har gode systemer for medvirkning"] ["bullet",[5,5],"redusere skolefraværet i grunnskolen"] ["bullet",[6,6],"at alle skoler har helsesykepleier hver dag"] ["paragraph",[8,11]]' \
  "$(jq -c 'if .kind == "bullet" then [.kind, .lines, .text] elif .kind == "paragraph" then [.kind, .lines] else empty end' out | paste -sd' ')" '"at" items'

# Prose after a lead-in, hard-wrapped, whose sentences start with an infinitive or "At"
# as their subject: sentences, no items. An item may name jobs and wishes ("jobber",
# "ønsker" are nouns too) and hold a clause of its own ("det de trenger").
cat >prose.txt <<'DOC'
Nordby Arbeiderparti

Kulturlivet i Nordby er rikt, men lagene sliter med å finne lokaler, og
mange av dem har ventet lenge på svar fra kommunen om leie av skolebygg.

Vi vil:
Gjøre det enklere for lag og foreninger å låne kommunale lokaler.
At frivilligheten bærer kulturlivet i byen, er det ingen som er uenige om.
Sikre lokaler til øving og møter er det største behovet lagene melder om.
Bruke skolene bedre koster nesten ingenting.

Vi vil også:
Skape flere jobber for unge i sentrum.
Ta hensyn til innbyggernes ønsker i planarbeidet.
Gi elevene det de trenger for å lære.
DOC
run extract prose.txt
expect_eq '["Skape flere jobber for unge i sentrum.","Ta hensyn til innbyggernes ønsker i planarbeidet.","Gi elevene det de trenger for å lære."]' \
  "$(jq -sc '[.[] | select(.kind == "bullet") | .text]' out)" 'sentences are no items; items may hold nouns and clauses'

# What is no list: a line going on from the one above ("og i distriktene"), sentences
# that say who will ("Vi vil ...") or answer a question ("FrP har ...", "Fordi ..."), a
# line longer than an item, a relative clause's "vil" ("som vil inneholde:"), a body
# that is no party ("Kommunen vil:"), a narrow column's wrapped lines ("gjøre det
# enklere å bygge" / "boliger for unge i sentrum" / "og i bydelene rundt"), one line alone.
cat >not.txt <<'DOC'
Nordby Høyre

Høyre vil:
bygge flere boliger for unge i sentrum
og i distriktene

Hva vil Høyre gjøre?
Vi vil bygge flere skoler i sentrum.
Vi vil også ruste opp de gamle skolene.

Hva vil FrP gjøre med bompengene?
FrP har hele tiden vært imot bompengeringen rundt byen.
Nå er det på tide at staten tar regningen.

Hvorfor vil SV innføre gratis skolemat?
Fordi alle barn skal ha like muligheter til å lære.
Mange elever kommer til skolen uten å ha spist frokost.

Høyre vil:
Bygge flere boliger for unge i sentrum. Mange unge sliter i dag med å komme inn på boligmarkedet, og prisene har steget kraftig de siste årene, særlig i sentrum og langs jernbanen der de fleste ønsker å bo.
Det er derfor viktig at kommunen tar ansvar.

Ny skole, som vil inneholde:
to gymsaler og et bibliotek
en kantine for elevene

Kommunen vil:
registrere verneverdige bygninger
støtte museene med driftstilskudd

Hva vil Høyre gjøre?
gjøre det enklere å bygge
boliger for unge i sentrum
og i bydelene rundt
bybanen

Høyre vil:
styrke biblioteket
DOC
run extract not.txt
expect_eq 0 "$(count '.kind == "bullet"')" 'no unmarked list'

done_testing
