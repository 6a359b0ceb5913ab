# A table of contents ("Title<TAB>page" rows): toc records with their page; a title
# row such as "Innhold<TAB>0" is a paragraph the entries hang under, not an entry;
# lone lines above the TOC are paragraphs; headings that match a TOC title (case and
# spaces aside) are level 1, other headings level 2.

printf 'Partiprogram\n\nFor perioden 2023-2027\n\nInnhold\t0\nSkole\t3\nHelse  og omsorg\t\t7\nKultur\t12\n\nSkole\n\nTekst om skole.\n\nLærere\n\nMer om lærere.\n\nHELSE OG OMSORG\n\nTekst om helse.\n\nKultur\n\nSlutt.\n' >doc.txt
run extract doc.txt
expect_status 0
expect_err ''
expect_eq '["paragraph",null,null,"Partiprogram",[1,1],[]]
["paragraph",null,null,"For perioden 2023-2027",[3,3],[]]
["paragraph",null,null,"Innhold",[5,5],[]]
["toc",null,3,"Skole",[6,6],[]]
["toc",null,7,"Helse og omsorg",[7,7],[]]
["toc",null,12,"Kultur",[8,8],[]]
["heading",1,null,"Skole",[10,10],[]]
["paragraph",null,null,"Tekst om skole.",[12,12],["Skole"]]
["heading",2,null,"Lærere",[14,14],["Skole"]]
["paragraph",null,null,"Mer om lærere.",[16,16],["Skole","Lærere"]]
["heading",1,null,"HELSE OG OMSORG",[18,18],[]]
["paragraph",null,null,"Tekst om helse.",[20,20],["HELSE OG OMSORG"]]
["heading",1,null,"Kultur",[22,22],[]]
["paragraph",null,null,"Slutt.",[24,24],["Kultur"]]' \
  "$(jq -c '[.kind, .level, .page, .text, .lines, .path]' out)" 'records'
title=$(jq -r 'select(.text == "Innhold") | .id' out)
expect_eq "$title $title $title" "$(jq -r 'select(.kind == "toc") | .parent' out | paste -sd' ')" 'toc entries hang under the TOC title'
expect_eq 0 "$(count '.kind != "toc" and has("page")')" 'page on non-toc records'
skole=$(jq -r 'select(.text == "Skole" and .kind == "heading") | .id' out)
expect_eq "$skole" "$(jq -r 'select(.text == "Lærere") | .parent' out)" 'level-2 heading under the level-1 one'

# A TOC without a title row: the entries have no parent.
printf 'Skole\t2\nHelse\t4\n\nSkole\n\nTekst.\n' >notitle.txt
run extract notitle.txt
expect_eq '["toc",2,"Skole",null] ["toc",4,"Helse",null] ["heading",null,"Skole",null] ["paragraph",null,"Tekst.","heading"]' \
  "$(jq -sc 'INDEX(.id) as $by | .[] | [.kind, .page, .text, (if .parent then $by[.parent].kind else null end)]' out | paste -sd' ')" 'TOC without a title'
expect_eq '1' "$(jq -r 'select(.kind == "heading") | .level' out)" 'TOC title as level 1'

# "Innholdsfortegnelse" with a page number is a title row too.
printf 'Innholdsfortegnelse\t2\nSkole\t3\n' >long.txt
run extract long.txt
expect_eq '["paragraph","Innholdsfortegnelse"] ["toc","Skole"]' "$(jq -c '[.kind, .text]' out | paste -sd' ')" 'Innholdsfortegnelse'

# A numbered contents entry with dot leaders ("1. Skole og oppvekst ........ 2") is a
# contents row, not a numbered item (it had become a pledge); the chapter titles below
# are headings.
printf 'Innhold\n1. Skole og oppvekst ........................ 2\n2. Klima og miljø ............................ 3\n\n1. Skole og oppvekst\n\nVenstre mener at skolen er viktig.\n\n2. Klima og miljø\n\nVi vil:\n- plante trær\n' >numbered-toc.txt
run extract numbered-toc.txt
expect_eq '["toc","1. Skole og oppvekst",2]
["toc","2. Klima og miljø",3]' "$(jq -c 'select(.kind == "toc") | [.kind, .text, .page]' out)" 'contents rows'
expect_eq 0 "$(count '.kind == "bullet" and (.text | test("\\.\\.\\."))')" 'no contents row as an item'
expect_eq '["Klima og miljø"]' "$(jq -c 'select(.kind == "bullet") | .path' out)" 'the item under its chapter'

# One space before the page number: three rows under "Innhold" are contents, and the
# chapter titles below are level-1 headings; two rows, or rows whose pages fall, are
# text.
printf 'Innholdsfortegnelse\n\nForord 2\nSkole og oppvekst 3\nHelse og omsorg 5\n\nForord\n\nVi går til valg.\n\nSkole og oppvekst\n\nSolbakken KrF vil:\n- styrke skolehelsetjenesten\n' >spaced.txt
run extract spaced.txt
expect_eq '["paragraph","Innholdsfortegnelse",null,null]
["toc","Forord",2,null]
["toc","Skole og oppvekst",3,null]
["toc","Helse og omsorg",5,null]
["heading","Forord",null,1]
["paragraph","Vi går til valg.",null,null]
["heading","Skole og oppvekst",null,1]
["lead","Solbakken KrF vil:",null,null]
["bullet","styrke skolehelsetjenesten",null,null]' "$(jq -c '[.kind, .text, .page, .level]' out)" 'contents with one space'
printf 'Innhold\n\nVi bygger 3\nskoler og 2\nhaller for 1\nmillion.\n' >falling.txt
run extract falling.txt
expect_eq 0 "$(count '.kind == "toc"')" 'falling numbers are text'
# The nynorsk title "Innhald".
printf 'Innhald\n\nFøreord 2\nOppvekst og skule 3\nHelse og omsorg 5\n\nFøreord\n\nMe vil byggje ny skule.\n' >innhald.txt
run extract innhald.txt
expect_eq '["paragraph","Innhald"] ["toc","Føreord"] ["toc","Oppvekst og skule"] ["toc","Helse og omsorg"] ["heading","Føreord"]' \
  "$(jq -c 'select(.kind != "pledge") | [.kind, .text]' out | head -5 | paste -sd' ')" 'Innhald'
# A numbered heading listed in a numbered contents is level 1.
printf 'Innhold\n1. Skole og oppvekst ........................ 2\n2. Klima og miljø ............................ 3\n\n1. Skole og oppvekst\n\nVenstre mener at skolen er viktig.\n\n2. Klima og miljø\n\nVi ønsker en grønn kommune.\n' >numbered-levels.txt
run extract numbered-levels.txt
expect_eq '[["Skole og oppvekst",1],["Klima og miljø",1]]' "$(jq -sc '[.[] | select(.kind == "heading") | [.text, .level]]' out)" 'numbered headings a contents lists'
# Contents without page numbers (a Word or Markdown export without them): short lines
# under the title, each of which comes back later, in order, as the heading it lists.
# Numbered, the numbered headings after them stay headings (not a list that goes on).
printf 'Vallvik Senterparti\n\nInnhald\n1. Oppvekst og skule\n2. Helse og omsorg\n\n1. Oppvekst og skule\n\nBorna er framtida.\n\nSenterpartiet vil:\n\n- halde oppe grendeskulane\n\n2. Helse og omsorg\n\nFleire eldre vil bu heime.\n' >unpaged.txt
run extract unpaged.txt
expect_eq '["toc","1. Oppvekst og skule",null] ["toc","2. Helse og omsorg",null] ["heading","Oppvekst og skule",1] ["heading","Helse og omsorg",1]' \
  "$(jq -c 'select(.kind == "toc" or .kind == "heading") | [.kind, .text, (.page // .level)]' out | paste -sd' ')" 'contents without pages, numbered'
expect_eq '["Oppvekst og skule"]' "$(jq -c 'select(.kind == "bullet") | .path' out)" 'the pledge under its section'
# Plain and bulleted rows too, blank lines between allowed.
printf 'Innhold\n\n- Skole\n\n- Helse\n\n# Skole\n\nVi vil bygge skoler.\n\n# Helse\n\nVi vil ha flere leger.\n' >unpaged-bullets.txt
run extract unpaged-bullets.txt
expect_eq '["toc","Skole"] ["toc","Helse"] ["heading","Skole"] ["heading","Helse"]' \
  "$(jq -c 'select(.kind == "toc" or .kind == "heading") | [.kind, .text]' out | paste -sd' ')" 'contents without pages, bulleted'
# Lines under the title that do not all come back as headings are no contents: a list
# under a heading that happens to be called "Innhold" (what a box holds).
printf 'Innhold\n\n- epler\n- pærer\n\nSkole\n\nVi vil bygge skoler.\n' >not-contents.txt
run extract not-contents.txt
expect_eq 0 "$(count '.kind == "toc"')" 'a list under "Innhold" whose lines do not come back'
expect_eq 2 "$(count '.kind == "bullet"')" 'its lines stay bullets'
# The title may be a Markdown heading, and the headings it lists carry their numbers
# ("## Innhald" / "1. Skule" ... "## 1. Skule").
printf '# Vallvik Venstre\n\n## Innhald\n\n1. Skule\n2. Helse\n\n## 1. Skule\n\nMe vil byggje skular.\n\n## 2. Helse\n\nMe vil ha fleire legar.\n' >unpaged-md.txt
run extract unpaged-md.txt
expect_eq 'heading heading toc toc heading paragraph pledge heading paragraph pledge' "$(jq -r .kind out | paste -sd' ')" 'contents under a Markdown heading'
# Not contents: a list under "Innhold" below the text has begun (its headings would lose
# their place), nor one whose lines come back as items, not headings.
printf 'Skole\n\nVi vil bygge ny skole.\n\nInnhold\n- Musikk\n- Dans\n\nMusikk\n\nVi vil ha flere musikklærere.\n\nDans\n' >mid-innhold.txt
run extract mid-innhold.txt
expect_eq 0 "$(count '.kind == "toc"')" '"Innhold" after the text has begun'
expect_eq '["Skole"]' "$(jq -c 'select(.kind == "pledge" and .text == "Vi vil bygge ny skole.") | .path' out)" 'the heading above keeps its place'
printf 'Innhold\n- gratis skolemat\n- nye sykkelveier\n\nSkole\n\nVi vil:\n- gratis skolemat\n- nye sykkelveier\n' >items-back.txt
run extract items-back.txt
expect_eq 0 "$(count '.kind == "toc"')" 'lines that come back as items'
