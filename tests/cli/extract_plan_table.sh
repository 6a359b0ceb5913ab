# Kommuneplan tables: a header row ("Referanse<TAB>HOVEDMÅL", "Referanse<TAB>DELMÅL<TAB>
# Referanse<TAB>STRATEGIER TIL DELMÅL") names the columns and gives no record; rows
# give goal, subgoal and strategy records with parsed reference codes. A subgoal
# hangs under the goal, a strategy under its subgoal. A caption line right above a
# header ("Hovedmål") is a paragraph, not a heading.

printf 'Bærekraftige byer\n\nHovedmål\n\nReferanse\tHOVEDMÅL\nFN-T 11\tAskersamfunnet har gode tettsteder.\n\nDelmål og strategier\n\nReferanse\tDELMÅL\tReferanse\tSTRATEGIER TIL DELMÅL\nAK\tFørste delmål.\t\t\n\t\tFN-T 11.a AK\tFørste strategi.\n\t\tFN-T 11.3 11.7\tAndre strategi.\nFN-T 6.1 11.6\tAndre delmål.\t\t\n\t\tAK\tTredje strategi.\n\nLivskvalitet\n\nHovedmål\n\nReferanse\tHOVEDMÅL\nFN 3\tNytt hovedmål.\n' >plan.txt
run extract plan.txt
expect_status 0
expect_err ''
expect_eq '["heading","Bærekraftige byer",[1,1],[]]
["paragraph","Hovedmål",[3,3],["Bærekraftige byer"]]
["goal","Askersamfunnet har gode tettsteder.",[6,6],["Bærekraftige byer"]]
["paragraph","Delmål og strategier",[8,8],["Bærekraftige byer"]]
["subgoal","Første delmål.",[11,11],["Bærekraftige byer"]]
["strategy","Første strategi.",[12,12],["Bærekraftige byer"]]
["strategy","Andre strategi.",[13,13],["Bærekraftige byer"]]
["subgoal","Andre delmål.",[14,14],["Bærekraftige byer"]]
["strategy","Tredje strategi.",[15,15],["Bærekraftige byer"]]
["heading","Livskvalitet",[17,17],[]]
["paragraph","Hovedmål",[19,19],["Livskvalitet"]]
["goal","Nytt hovedmål.",[22,22],["Livskvalitet"]]' \
  "$(jq -c '[.kind, .text, .lines, .path]' out)" 'records'
expect_eq 0 "$(count '.text | test("Referanse|HOVEDMÅL|DELMÅL|STRATEGIER")')" 'header rows as records'
# Parents: goal -> heading, subgoal -> goal, strategy -> its subgoal.
expect_eq '["goal","Bærekraftige byer"]
["subgoal","Askersamfunnet har gode tettsteder."]
["strategy","Første delmål."]
["strategy","Første delmål."]
["subgoal","Askersamfunnet har gode tettsteder."]
["strategy","Andre delmål."]
["goal","Livskvalitet"]' \
  "$(jq -sc 'INDEX(.id) as $by | .[] | select(.refs) | [.kind, $by[.parent].text]' out)" 'parents'
# Reference codes.
expect_eq '{"raw":"FN-T 11","bases":["FN-T"],"targets":["11"],"sdg":[11]}
{"raw":"AK","bases":["AK"],"targets":[],"sdg":[]}
{"raw":"FN-T 11.a AK","bases":["FN-T","AK"],"targets":["11.a"],"sdg":[11]}
{"raw":"FN-T 11.3 11.7","bases":["FN-T"],"targets":["11.3","11.7"],"sdg":[11]}
{"raw":"FN-T 6.1 11.6","bases":["FN-T"],"targets":["6.1","11.6"],"sdg":[6,11]}
{"raw":"AK","bases":["AK"],"targets":[],"sdg":[]}
{"raw":"FN 3","bases":["FN"],"targets":["3"],"sdg":[3]}' \
  "$(jq -c 'select(.refs) | .refs' out)" 'refs'
expect_eq 0 "$(count '(.kind == "goal" or .kind == "subgoal" or .kind == "strategy" | not) and has("refs")')" 'refs on other kinds'

# Bad reference codes: the record is still written, with a warning naming the line.
printf 'Referanse\tHOVEDMÅL\nXYZ 11\tMål en.\n11.7\tMål to.\n' >bad.txt
run extract bad.txt
expect_status 0
expect_eq '["goal","Mål en.",{"raw":"XYZ 11","bases":[],"targets":["11"],"sdg":[11]}]
["goal","Mål to.",{"raw":"11.7","bases":[],"targets":["11.7"],"sdg":[11]}]' "$(jq -c '[.kind, .text, .refs]' out)" 'records with bad refs'
expect_err "vil: bad.txt:2: unknown reference code part 'XYZ' (expected AK, FN-T, FN or an SDG target such as 11.7)
vil: bad.txt:3: SDG target without an FN or FN-T base in '11.7'"

# A tab row with no header above it is plain text.
printf 'Tittel\n\nFN-T 11\tIkke i en tabell.\n' >loose.txt
run extract loose.txt
expect_eq '["heading","Tittel"] ["paragraph","FN-T 11 Ikke i en tabell."]' "$(jq -c '[.kind, .text]' out | paste -sd' ')" 'row without header'

# A row whose reference cell is empty still belongs to its column: the strategy keeps
# its parent, with empty refs and a warning; a code without a text is warned about.
printf 'Referanse\tDELMÅL\tReferanse\tSTRATEGIER TIL DELMÅL\nAK\tDelmål.\t\t\n\t\t\tStrategi uten kode.\n\t\tAK\t\n' >emptyref.txt
run extract emptyref.txt
expect_status 0
expect_err "vil: emptyref.txt:3: empty reference code
vil: emptyref.txt:4: reference code 'AK' without a text, skipped"
expect_eq '["subgoal","Delmål.",null,"AK"] ["strategy","Strategi uten kode.","Delmål.",""]' \
  "$(jq -sc 'INDEX(.id) as $by | .[] | [.kind, .text, (if .parent then $by[.parent].text else null end), .refs.raw]' out | paste -sd' ')" \
  'a strategy without a code'

# Only a line naming the table's column is its caption; a section title right above
# a header row is a heading, and the goals below it are its own.
printf 'Bærekraftige byer\n\nHovedmål\n\nReferanse\tHOVEDMÅL\nFN-T 11\tA.\n\nLivskvalitet\n\nReferanse\tHOVEDMÅL\nFN 3\tB.\n' >sections.txt
run extract sections.txt
expect_status 0
expect_eq '["heading","Bærekraftige byer"] ["paragraph","Hovedmål"] ["goal","A."] ["heading","Livskvalitet"] ["goal","B."]' \
  "$(jq -c '[.kind, .text]' out | paste -sd' ')" 'section titles and captions'
expect_eq '["Livskvalitet"] Livskvalitet' \
  "$(jq -sc 'INDEX(.id) as $by | .[] | select(.text == "B.") | [.path, $by[.parent].text]' out | jq -r '"\(.[0] | tojson) \(.[1])"')" 'goal B under its own section'

# Another plan's tables: Markdown pipe tables, and tab tables, whose columns are the
# plan's own numbers ("Nr."), the texts and the SDGs ("Bærekraftsmål"). The rule row
# "|---|" is markup; a row numbered 1.1.1 belongs to row 1.1.
printf '## Delmål og strategier\n\n| Nr.  | Delmål                         | Bærekraftsmål |\n|------|--------------------------------|---------------|\n| 1.1  | Flere skal delta i arbeidslivet | 8.5, 10.2     |\n| 1.2  | Barn skal ha en trygg oppvekst  | 3.4           |\n\nNr.\tStrategi\tBærekraftsmål\n1.1.1\tSamarbeide med NAV om lærlingplasser\t8.6\n1.2.1\tEtablere familiens hus\t3.4, 4.2\n' >pipe-plan.md
run extract pipe-plan.md
expect_status 0
expect_err ''
expect_eq '["subgoal","Flere skal delta i arbeidslivet","1.1",[8,10],null]
["subgoal","Barn skal ha en trygg oppvekst","1.2",[3],null]
["strategy","Samarbeide med NAV om lærlingplasser","1.1.1",[8],"1.1"]
["strategy","Etablere familiens hus","1.2.1",[3,4],"1.2"]' \
  "$(jq -sc 'INDEX(.id) as $by | .[] | select(.refs) | [.kind, .text, .refs.raw, .refs.sdg, ($by[.parent].refs.raw // null)]' out)" 'rows, numbers, SDGs and parents'
# A pipe table in a program is its cells' text, not pipes.
printf 'Tall\n\n| År | Boliger |\n|----|---------|\n| 2024 | 120 |\n' >pipe-program.md
run extract pipe-program.md
expect_eq '["År Boliger","2024 120"]' "$(jq -sc '[.[] | select(.kind == "paragraph") | .text]' out)" 'cells as text'

# Columns of other things than plan rows ("Ansvar", "Indikator") are read from no row;
# a column named "Mål" holds goals. A cell of a longer name, a digit or a stop is not a
# column name, and the row stays text.
printf 'Grønn kommune\n\nNr.\tMål\tStrategi\tAnsvar\n2.1\tUtslippene er halvert\tStille klimakrav i anskaffelser\tTeknisk\n\n| Nr. | Delmål | Indikator |\n|---|---|---|\n| 2.2 | Naturen er ivaretatt | Areal vernet |\n\nKostnader\n\nNr.\tTiltak\tKostnad 2024\n1\tNy skole\t120\n' >columns.txt
run extract columns.txt
expect_status 0
expect_err ''
expect_eq '["heading","Grønn kommune",null]
["goal","Utslippene er halvert","2.1"]
["strategy","Stille klimakrav i anskaffelser",""]
["subgoal","Naturen er ivaretatt","2.2"]
["heading","Kostnader",null]
["paragraph","Nr. Tiltak Kostnad 2024",null]
["paragraph","1 Ny skole 120",null]' "$(jq -c '[.kind, .text, .refs.raw]' out)" 'other columns ignored'
expect_eq 'Utslippene er halvert' \
  "$(jq -sr 'INDEX(.id) as $by | .[] | select(.kind == "strategy") | $by[.parent].text' out)" 'the strategy under the goal of its row'

# A cell's text wrapped onto the next lines (pdftotext keeps the columns with tabs):
# rows right below, with the code's cell empty, that go on a text without a stop in
# lower case, belong to the cell above; one with a capital is a row of its own.
printf 'Referanse\tHOVEDMÅL\nAK\tInnbyggerne lever gode liv og mestrer egen\n\thelse gjennom hele livet.\n\nReferanse\tDELMÅL\tReferanse\tSTRATEGIER\nFN-T 3.4\tFærre dør for tidlig av ikke-smittsomme\t\t\n\tsykdommer.\t\t\n\t\tAK\tStyrke frisklivssentralen og\n\t\t\tlavterskeltilbud i alle\n\t\t\tkommunedeler\n\t\tFN-T 3.5\tForebygge rusmisbruk\n' >wrapped.txt
run extract wrapped.txt
expect_status 0
expect_err ''
expect_eq '["goal","Innbyggerne lever gode liv og mestrer egen helse gjennom hele livet.",[2,3],"AK"]
["subgoal","Færre dør for tidlig av ikke-smittsomme sykdommer.",[6,7],"FN-T 3.4"]
["strategy","Styrke frisklivssentralen og lavterskeltilbud i alle kommunedeler",[8,10],"AK"]
["strategy","Forebygge rusmisbruk",[11,11],"FN-T 3.5"]' "$(jq -c '[.kind, .text, .lines, .refs.raw]' out)" 'wrapped cells'

# "Tiltak" beside a goal column holds strategies; "Hva vil vi oppnå" names goals; a
# table of a subgoal and its strategies needs no code column.
printf 'Fysisk aktivitet\n\nNr.\tHva vil vi oppnå\tTiltak\n1.1\tFlere barn er fysisk aktive\tDaglig fysisk aktivitet i skolen\n\nDelmål\tTiltak\tAnsvarlig\nFlere deltar i frivillig arbeid\tOpprette frivillighetssentral\tKultur\n' >tiltak.txt
run extract tiltak.txt
expect_status 0
expect_err ''
expect_eq '["goal","Flere barn er fysisk aktive","1.1"]
["strategy","Daglig fysisk aktivitet i skolen",""]
["subgoal","Flere deltar i frivillig arbeid",""]
["strategy","Opprette frivillighetssentral",""]' "$(jq -c 'select(.refs) | [.kind, .text, .refs.raw]' out)" 'Tiltak columns and tables without codes'

# A program's table with a column of pledges: a lead, bullets, and the other cells as
# paragraphs.
printf '## Skole\n\n| Vi vil | Hvorfor |\n|---|---|\n| Ansette 30 nye lærere | Mindre klasser |\n| Gratis leksehjelp | Like muligheter |\n' >pledge-table.md
run extract pledge-table.md
expect_status 0
expect_eq '["lead","Vi vil",false]
["bullet","Ansette 30 nye lærere",true]
["paragraph","Mindre klasser",false]
["bullet","Gratis leksehjelp",true]
["paragraph","Like muligheter",false]' \
  "$(jq -sc 'INDEX(.id) as $by | .[] | select(.kind != "heading") | [.kind, .text, ($by[.parent].kind == "lead")]' out)" 'a column of pledges'
expect_eq 0 "$(count '.kind == "pledge"')" 'no pledge from the header row'
# A lower-case cell on a row of its own (its subgoal or owner filled) is no wrap.
printf 'Delmål\tTiltak\tAnsvarlig\nTryggere skolevei\tbygge fortau langs Nordbyveien\tTeknisk\nGrønnere skoler\tmontere solceller\tEiendom\n\tsenke fartsgrensen\tTeknisk\n' >lower-rows.txt
run extract lower-rows.txt
expect_eq '["subgoal","Tryggere skolevei"]
["strategy","bygge fortau langs Nordbyveien"]
["subgoal","Grønnere skoler"]
["strategy","montere solceller"]
["strategy","senke fartsgrensen"]' "$(jq -c '[.kind, .text]' out)" 'lower-case rows of their own'
