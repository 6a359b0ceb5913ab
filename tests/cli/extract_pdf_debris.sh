# Text converted from PDF keeps the page numbers, on lines of their own, where the
# pages broke: inside a list, or in the middle of a sentence. They are not text; the
# list and the sentence go on across them. And where the line break before a bullet
# was lost, the next "- " runs on in the middle of a line: it starts an item of its own.

cat >pdf.txt <<'DOC'
Nordby Venstre vil:
- bygge flere gang- og sykkelveier i hele kommunen og
sikre trygge skoleveier - Øke tilskuddet til frivilligheten - Gi alle barn svømmeopplæring
- ha et levende sentrum

14

- styrke biblioteket
- Side 3 av 9 -

Kommunen skal vurdere boligbehovet når nye
14
boligfelt planlegges og når
- 15 -
eldre felt fornyes.

Side 16

Siste avsnitt om Nordby - en god kommune.
DOC
run extract pdf.txt
expect_status 0
expect_err ''
expect_eq '["lead","Nordby Venstre vil:",[1,1]]
["bullet","bygge flere gang- og sykkelveier i hele kommunen og sikre trygge skoleveier",[2,3]]
["bullet","Øke tilskuddet til frivilligheten",[3,3]]
["bullet","Gi alle barn svømmeopplæring",[3,3]]
["bullet","ha et levende sentrum",[4,4]]
["bullet","styrke biblioteket",[8,8]]
["paragraph","Kommunen skal vurdere boligbehovet når nye boligfelt planlegges og når eldre felt fornyes.",[11,15]]
["paragraph","Siste avsnitt om Nordby - en god kommune.",[19,19]]' "$(jq -c '[.kind, .text, .lines]' out)" 'records'
# Every item keeps its lead-in, and the bytes of a run-on item are its own.
expect_eq 5 "$(count '.kind == "bullet" and .actor == "Nordby Venstre"')" 'items with the actor'
for t in 'Øke tilskuddet til frivilligheten' 'Gi alle barn svømmeopplæring'; do
  span=$(jq -r --arg t "$t" 'select(.text == $t) | "\(.bytes[0]) \(.bytes[1])"' out)
  set -- $span
  expect_eq "$t" "$(tail -c +$(($1 + 1)) pdf.txt | head -c $(($2 - $1)))" "bytes of '$t'"
done
span=$(jq -r 'select(.text | startswith("bygge")) | "\(.bytes[0]) \(.bytes[1])"' out)
set -- $span
expect_eq 'skoleveier' "$(tail -c +$(($1 + 1)) pdf.txt | head -c $(($2 - $1)) | tail -c 10)" 'the first item ends before the run-on'

# A four-digit line is a year, not a page.
printf 'Plan for\n2027\n' >year.txt
run extract year.txt
expect_eq 'Plan for 2027' "$(jq -r '.text' out)" 'a year stays text'

# A running footer with its page number far to the right (pdftotext -layout) reads like
# a contents row; three of them are page debris, not a table of contents that would turn
# the document's headings into its entries.
printf 'Skole\n\nVenstre vil:\n- bygge ny skole\n\nBodø Venstre | Program 2023–2027          3\n\n- ansette flere lærere\n\nHelse\n\nVenstre vil:\n- styrke legevakten\n\nBodø Venstre | Program 2023–2027          4\n\nKultur\n\nVenstre vil:\n- bygge kulturhus\n\nBodø Venstre | Program 2023–2027          5\n' >layout-footer.txt
run extract layout-footer.txt
expect_status 0
expect_eq 0 "$(count '.kind == "toc" or (.text | test("Program 2023"))')" 'no footer record'
expect_eq '["heading","Skole"]
["bullet","bygge ny skole"]
["bullet","ansette flere lærere"]
["heading","Helse"]
["bullet","styrke legevakten"]
["heading","Kultur"]
["bullet","bygge kulturhus"]' "$(jq -c 'select(.kind != "lead") | [.kind, .text]' out)" 'headings, and the list going on across the footer'
# Contents rows aligned with spaces, repeated from chapter to chapter ("Status    4",
# "Status    7"), are a table of contents, not a footer.
printf 'Innhold\n1 Oppvekst    4\nStatus    4\n2 Helse    7\nStatus    7\n\n1 Oppvekst\n\nStatus\n\nTolga har to skoler.\n' >toc-repeats.txt
run extract toc-repeats.txt
expect_eq 4 "$(count '.kind == "toc"')" 'four contents entries'
expect_eq 1 "$(count '.kind == "heading" and .text == "Status"')" 'the heading Status'

# A footer with its page number after one space: the same text three times with rising
# numbers, and more than words in it (a dash, a year) or beside a page break, is page
# debris. Headings numbered the same way ("Kapittel 1", "Kapittel 2") stay headings.
printf 'Skole\n\nVenstre vil:\n- bygge ny skole\n\nNordby Venstre – Program 2027–2031 2\n\nHelse\n\nVenstre vil:\n- styrke legevakten\n\nNordby Venstre – Program 2027–2031 3\n\nKultur\n\nVenstre vil:\n- bygge kulturhus\n\nNordby Venstre – Program 2027–2031 4\n' >space-footer.txt
run extract space-footer.txt
expect_status 0
expect_eq '["heading","Skole"]
["bullet","bygge ny skole"]
["heading","Helse"]
["bullet","styrke legevakten"]
["heading","Kultur"]
["bullet","bygge kulturhus"]' "$(jq -c 'select(.kind != "lead") | [.kind, .text]' out)" 'footers after one space dropped'
printf 'Vi vil:\n\n- bygge skoler\n\nNordby Venstre Program 1\n\fKlima\n\n- bygge veier\n\nNordby Venstre Program 2\n\fHelse\n\n- bygge broer\n\nNordby Venstre Program 3\n\f' >ff-footer.txt
run extract ff-footer.txt
expect_eq 0 "$(count '.text | test("Program")')" 'a footer of words beside form feeds dropped'
printf 'Kapittel 1\n\nVi vil:\n\n- bygge skoler\n\nKapittel 2\n\nVi vil:\n\n- bygge veier\n\nKapittel 3\n\nVi vil:\n\n- bygge broer\n' >chapters.txt
run extract chapters.txt
expect_eq 3 "$(count '.kind == "heading" and (.text | startswith("Kapittel "))')" 'numbered chapter headings kept'
# A footer set off far (spaces, or a bar) from its page number counts from two pages, and
# the number may come first, as on facing pages ("2     Ås Høyre – Program ...").
printf 'Skole\n\nÅs Høyre vil:\n- ansette flere lærere\n\n2     Ås Høyre – Program 2023–2027\n\n- bygge ny skole\n\nHelse\n\nÅs Høyre vil:\n- bygge helsehus\n\nÅs Høyre – Program 2023–2027     3\n\n- ansette fastleger\n' >facing-footer.txt
run extract facing-footer.txt
expect_eq '["heading","Skole"]
["bullet","ansette flere lærere"]
["bullet","bygge ny skole"]
["heading","Helse"]
["bullet","bygge helsehus"]
["bullet","ansette fastleger"]' "$(jq -c 'select(.kind != "lead") | [.kind, .text]' out)" 'facing-page footers dropped, no contents'
printf 'Skole\n\nVi vil:\n- ansette flere lærere\n\n1 | Program 2023–2027\n\n- bygge ny skole\n\nHelse\n\nVi vil:\n- bygge helsehus\n\n2 | Program 2023–2027\n' >bar-footer.txt
run extract bar-footer.txt
expect_eq 0 "$(count '.text | test("Program")')" 'a page number and a bar before the footer'
# A plan's SDG line under each goal ("FN-mål 3", "FN-mål 4", "FN-mål 11") is no footer.
printf 'Hovedmål 1: Gode liv.\nFN-mål 3\n\nHovedmål 2: Trygge barn.\nFN-mål 4\n\nHovedmål 3: Byer.\nFN-mål 11\n' >sdg-lines.txt
run extract sdg-lines.txt
expect_eq '[3] [4] [11]' "$(jq -r '.refs.sdg | tojson' out | tr '\n' ' ' | sed 's/ $//')" 'SDG lines kept as the goals'"'"' SDGs'

# A chapter's title repeated as its pages' header: the first time, alone and far from
# a page number, it is the chapter's heading; the repeats are debris. A header with a
# year is debris every time.
printf 'Oppvekst\n\nSolvik Ap vil:\n- ansette flere lærere\n\nSide 1\n\nOppvekst\n- bygge ny skole\n\nSide 2\n\nOppvekst\n- gratis skolemat\n\nSide 3\n\nHelse\n\nProgram 2027\n\nSolvik Ap vil:\n- bygge helsehus\n\nSide 4\n\nProgram 2027\n- x\n\nSide 5\n\nProgram 2027\n- y\n' >chapter-header.txt
run extract chapter-header.txt
expect_status 0
expect_eq '["heading","Oppvekst",[]]
["lead","Solvik Ap vil:",["Oppvekst"]]
["bullet","ansette flere lærere",["Oppvekst"]]
["bullet","bygge ny skole",["Oppvekst"]]
["bullet","gratis skolemat",["Oppvekst"]]
["heading","Helse",[]]
["lead","Solvik Ap vil:",["Helse"]]
["bullet","bygge helsehus",["Helse"]]
["bullet","x",["Helse"]]
["bullet","y",["Helse"]]' "$(jq -c '[.kind, .text, .path]' out)" 'a chapter title as its pages header'
# A running header that names the chapter after a bar: the part before it repeats.
printf 'Næring\n\nSkarnes Sp vil:\n- gi gründere gratis kontorplass det første\n\nSide 4\nSkarnes Senterparti | Næring\n\nåret\n- styrke landbruket\n\nSide 5\nSkarnes Senterparti | Næring\n\nKultur\n\nSkarnes Sp vil:\n- bygge ny kulturscene\n\nSide 6\nSkarnes Senterparti | Kultur\n\n- gi lag gratis lokaler\n' >bar-header.txt
run extract bar-header.txt
expect_eq '["heading","Næring"]
["lead","Skarnes Sp vil:"]
["bullet","gi gründere gratis kontorplass det første året"]
["bullet","styrke landbruket"]
["heading","Kultur"]
["lead","Skarnes Sp vil:"]
["bullet","bygge ny kulturscene"]
["bullet","gi lag gratis lokaler"]' "$(jq -c '[.kind, .text]' out)" 'chapter headers after a bar'
