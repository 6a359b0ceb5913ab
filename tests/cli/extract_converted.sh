# Documents converted from PDF, word processors and web pages, as a review of vil on
# invented documents of each kind found them. Each case is one rule of
# man vil-extract (SEGMENTATION).

# A short line without a stop after a sentence's end is a heading, blank lines or not.
printf '%s\n' 'Nordby er en kommune med mange innbyggere som bor spredt fra fjellet og helt ut til kysten.' \
  'Skole og oppvekst' 'Barna i Nordby skal ha en god skole med nok lærere, gode bygg og trygge skoleveier hver dag.' >pdf.txt
run extract pdf.txt
expect_eq 'paragraph heading paragraph' "$(jq -r '.kind' out | paste -sd' ')" 'a heading between full lines'

# A question that says who will, right above a list, is its lead-in.
printf 'Hva vil Nordby Venstre gjøre?\n\n- bygge skole\n' >question.txt
run extract question.txt
expect_eq '["lead","Nordby Venstre"] ["bullet","Nordby Venstre"]' "$(jq -c '[.kind, .actor]' out | paste -sd' ')" 'a question lead-in'

# Coded plan rows on consecutive lines are rows of their own.
printf 'Hovedmål\n\nS.1 Attraktive sentrum\nS.1.1 Vi skal legge til rette for boligbygging.\nS.2 Gode oppvekstvilkår\nS.2.1 Alle barn skal ha en trygg oppvekst.\n' >plan.txt
run extract plan.txt
expect_eq '["goal","S.1",null] ["subgoal","S.1.1","S.1"] ["goal","S.2",null] ["subgoal","S.2.1","S.2"]' \
  "$(jq -sc 'INDEX(.id) as $by | .[] | select(.refs) | [.kind, .refs.raw, $by[.parent].refs.raw]' out | paste -sd' ')" 'coded rows and parents'

# A goal given as a heading closes the caption heading at its level.
printf '# Plan\n\n## Fire hovedmål\n\nOversikt.\n\n## Hovedmål 1: Livskvalitet for alle\n\n- Styrke helsestasjonene\n' >closes.md
run extract closes.md
expect_eq '["Plan"] ["Plan"]' "$(jq -c 'select(.kind == "goal" or .kind == "subgoal") | .path' out | paste -sd' ')" 'the goal and its list under Plan only'

# Items indented with tabs are items; a stray tab in prose keeps its pledges.
printf 'Nordby Venstre vil:\n\n- bygge skole\n\t\t- med svømmehall\n- ansette lærere\n\nVi vil ha flere fastleger i\tNordby. Vi vil bygge ny legevakt.\n' >tabs.txt
run extract tabs.txt
expect_eq 'lead bullet bullet bullet paragraph pledge pledge' "$(jq -r '.kind' out | paste -sd' ')" 'tab-indented items, tab in prose'
expect_eq 3 "$(count '.kind == "bullet" and .actor == "Nordby Venstre"')" 'items keep their lead-in'

# Without hard wraps (a word processor's export), a line in upper case after an item is
# a paragraph of its own, not the item's continuation.
printf '%s\n' 'Helse' 'Nordby Venstre vil:' \
  '* sikre at alle innbyggere i hele kommunen får en fast lege som kjenner dem og har tid til dem, og at ventetiden hos legen' \
  'Kommunen har i dag et stort vedlikeholdsetterslep på sykehjemmene, og det må tas tak i nå.' \
  '* ansette flere helsesykepleiere i skolene' 'Skole' 'Nordby skal ha gode skoler.' >gdocs.txt
run extract gdocs.txt
expect_eq 'heading lead bullet paragraph bullet heading paragraph' "$(jq -r 'select(.kind != "pledge") | .kind' out | paste -sd' ')" 'an export without blank lines'

# A list item split by a page break (a page number between) goes on after it.
printf 'Vi vil:\n\n- Øke antall barnehageplasser og sørge for at\n\n7\n\nalle som trenger det får plass\n- Ansette flere fastleger\n' >pagebreak.txt
run extract pagebreak.txt
expect_eq '["bullet","Øke antall barnehageplasser og sørge for at alle som trenger det får plass"] ["bullet","Ansette flere fastleger"]' \
  "$(jq -c 'select(.kind == "bullet") | [.kind, .text]' out | paste -sd' ')" 'an item across a page break'

# Words hyphenated at a line's end are joined; "gang- og" and "FN-konvensjonen" keep
# their hyphens; "fv. 512" does not end a sentence.
printf 'Vi vil styrke samarbeidet med kommu-\nnen og de fri-\nvillige om gang- og\nsykkelveier og FN-\nkonvensjonen langs fv. 512 til Nordby. Vi vil mer.\n' >hyphen.txt
run extract hyphen.txt
expect_eq 'Vi vil styrke samarbeidet med kommunen og de frivillige om gang- og sykkelveier og FN-konvensjonen langs fv. 512 til Nordby.|Vi vil mer.' \
  "$(jq -r 'select(.kind == "pledge") | .text' out | paste -sd'|')" 'hyphens and abbreviations'
# After a digit or a capital word the hyphen stays, even before a capital ("Nord-"
# "Norge"); a hyphen after a lower-case word or alone does not join a capital.
printf 'Vi vil at E18-
utbyggingen og 30-
sone i Nord-
Norge skal gå foran alle -
Det er viktig. Vi vil kjøre el-
Bil.
' >hyphen-capital.txt
run extract hyphen-capital.txt
expect_eq 'Vi vil at E18-utbyggingen og 30-sone i Nord-Norge skal gå foran alle - Det er viktig. Vi vil kjøre el- Bil.' \
  "$(jq -r 'select(.kind == "paragraph") | .text' out)" 'hyphens before capitals and digits'

# Markdown and pandoc markers around text: block quotes, fenced divs, footnote texts,
# hard line breaks; a zero width space before a marker; the bullets of PDF and Word.
printf '> Vi vil bygge ny skole.\n\n::: {.faktaboks}\nFakta om Nordby.\n:::\n\n[^1]: Se prinsipprogrammet.\n\nFørste linje\\\nandre linje.\n\n\xe2\x80\x8b- et punkt\n\xef\x82\xb7 et annet punkt\n\xe2\x96\xa0 et tredje\n\xe2\x9e\xa2 et fjerde\n' >markers.md
run extract markers.md
expect_eq '["paragraph","Vi vil bygge ny skole."]
["pledge","Vi vil bygge ny skole."]
["paragraph","Fakta om Nordby."]
["paragraph","Se prinsipprogrammet."]
["paragraph","Første linje andre linje."]
["bullet","et punkt"]
["bullet","et annet punkt"]
["bullet","et tredje"]
["bullet","et fjerde"]' "$(jq -c '[.kind, .text]' out)" 'markers'

# Contents with dot leaders or spaced page numbers.
printf 'Innhold\n\nInnledning ........ 3\nSkole . . . . . . . 5\nHelse               12\n\nInnledning\n\nTekst.\n' >leaders.txt
run extract leaders.txt
expect_eq '["Innledning",3] ["Skole",5] ["Helse",12]' "$(jq -c 'select(.kind == "toc") | [.text, .page]' out | paste -sd' ')" 'dot leaders'

# A web page's chrome is no text of it.
printf 'Hopp til hovedinnhold\nMeny\nSkole\nNordby skal ha gode skoler for alle barn i hele kommunen.\nLes mer ›\nDel på Facebook\n' >web.txt
run extract web.txt
expect_eq '["heading","Skole"] ["paragraph","Nordby skal ha gode skoler for alle barn i hele kommunen."]' \
  "$(jq -c '[.kind, .text]' out | paste -sd' ')" 'web chrome dropped'

# Latin-1 with two letters or signs side by side still gets the hint.
printf '\xabSm\xe5 skoler\xbb er viktige.\n' >latin1.txt
run extract latin1.txt
expect_err 'vil: latin1.txt:1: invalid UTF-8 at byte 0 (the file looks like Latin-1 or Windows-1252 text; convert it first: iconv -f WINDOWS-1252 -t UTF-8)'

# A numbered line alone between paragraphs is a section heading; a dash or a number
# starting a line inside a hard-wrapped sentence is text.
printf '1. Innledning\n\nTekst om planen.\n\n2. Helse\n\nMer tekst.\n\nNordby Venstre vil:\n\n1. Bygge skole\n' >numbered.txt
run extract numbered.txt
expect_eq 'heading paragraph heading paragraph lead bullet' "$(jq -r '.kind' out | paste -sd' ')" 'numbered section headings'
printf '%s\n' 'Nordby Venstre vil gjøre dette arbeidet grundig og ordentlig i løpet av perioden' \
  '– uansett hva fylket mener om saken. Vi vil at toget den' '17. mai skal gå hele dagen.' >dash.txt
run extract dash.txt
expect_eq 'paragraph pledge pledge' "$(jq -r '.kind' out | paste -sd' ')" 'dash and date in a wrapped sentence'
expect_eq 'Vi vil at toget den 17. mai skal gå hele dagen.' "$(jq -r 'select(.kind == "pledge") | .text' out | tail -1)" 'the date stays in its sentence'

# A list without markers under a lead-in, as a pasted web page gives it: its lines are
# items while they end alike; the line above a paragraph is that paragraph's heading.
printf '%s\n' 'Bolig' 'Nordby Arbeiderparti vil:' 'Bygge 200 kommunale utleieboliger' 'Gi alle ansatte i kommunen hele stillinger' \
  'Skole' 'Nordby skal ha gode skoler for alle barna i hele kommunen, også i utkantene.' \
  'Nordby Arbeiderparti vil:' 'Bygge ny skole' 'Ansette flere lærere' >unmarked.txt
run extract unmarked.txt
expect_eq 'heading lead bullet bullet heading paragraph lead bullet bullet' "$(jq -r 'select(.kind != "pledge") | .kind' out | paste -sd' ')" 'unmarked lists'
expect_eq 4 "$(count '.kind == "bullet" and .actor == "Nordby Arbeiderparti"')" 'their actor'

# A running page header or footer (the same line on three pages, next to page numbers
# or with its page number in it) is page debris: a sentence goes on across it.
printf 'Skole\n\nVi vil satse på skolen i hele kommunen og styrke samarbeid med\n\n4\n\nNordby Venstre – Program 2027–2031\n\nhjemmene. Vi vil bygge ny skole.\n\nHelse\n\nMer tekst her om helse.\n\n5\n\nNordby Venstre – Program 2027–2031\n\nVi vil ha flere leger.\n\nNordby Venstre – Program 2027–2031      Side 6\n\nSiste tekst.\n' >running.txt
run extract running.txt
expect_eq 0 "$(count '.text | test("Program 2027")')" 'no running footer in any text'
expect_eq 'Vi vil satse på skolen i hele kommunen og styrke samarbeid med hjemmene. Vi vil bygge ny skole.' \
  "$(jq -r 'select(.kind == "paragraph") | .text' out | head -1)" 'the sentence across the footer'
# A line repeated without page numbers (a repeated lead-in, a heading) stays.
printf 'Skole\n\nTekst.\n\nSkole\n\nTekst to.\n\nSkole\n\nTekst tre.\n' >repeated.txt
run extract repeated.txt
expect_eq 3 "$(count '.kind == "heading"')" 'repeated headings stay'
# A one-letter prefix and "ikke-" keep their hyphen across a wrap.
printf 'Vi vil satse på e-\nhelse og stanse salget av ikke-\nkommunale tomter.\n' >prefix.txt
run extract prefix.txt
expect_eq '"Vi vil satse på e-helse og stanse salget av ikke-kommunale tomter."' "$(jq -c 'select(.kind == "pledge") | .text' out)" 'prefixes keep hyphens'
