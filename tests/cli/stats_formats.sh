# vil stats --format tsv|csv|md: a header row (the --by fields as given, then count), a
# row per group. TSV: tabs and newlines in values become spaces; CSV: RFC 4180 quoting
# (cells with , " CR or LF quoted, " doubled); Markdown: '|' escaped, newlines as spaces,
# numbers right-aligned, null shown as "(none)" (empty in TSV and CSV).

cat >in.jsonl <<'JSON'
{"doc":"a,b","kind":"bullet","text":"x","actor":"Parti \"Sentrum\""}
{"doc":"a|b","kind":"bullet","text":"x","actor":"tab\there"}
{"doc":"line\nbreak","kind":"lead","text":"x"}
{"doc":"a,b","kind":"lead","text":"x","actor":"Ås"}
{"doc":"a,b","kind":"lead","text":"x","actor":null}
JSON

run stats --by doc --by actor --format tsv in.jsonl
expect_status 0
expect_err ''
printf 'doc\tactor\tcount\na,b\t\t1\na,b\tParti "Sentrum"\t1\na,b\tÅs\t1\na|b\ttab here\t1\nline break\t\t1\n' >want
expect_out_file want

run stats --by doc --by actor --format csv in.jsonl
printf 'doc,actor,count\n"a,b",,1\n"a,b","Parti ""Sentrum""",1\n"a,b",Ås,1\na|b,tab\there,1\n"line\nbreak",,1\n' >want
expect_out_file want

run stats --by doc --by actor --format md in.jsonl
cat >want <<'MD'
| doc | actor | count |
|---|---|---:|
| a,b | (none) | 1 |
| a,b | Parti "Sentrum" | 1 |
| a,b | Ås | 1 |
| a\|b | tab	here | 1 |
| line break | (none) | 1 |
MD
expect_out_file want

# --format json is the default.
run stats --by doc --by actor --format json in.jsonl
cp out json.out
run stats --by doc --by actor in.jsonl
expect_out_file json.out
cat >want <<'JSON'
{"doc":"a,b","actor":null,"count":1}
{"doc":"a,b","actor":"Parti \"Sentrum\"","count":1}
{"doc":"a,b","actor":"Ås","count":1}
{"doc":"a|b","actor":"tab\there","count":1}
{"doc":"line\nbreak","actor":null,"count":1}
JSON
expect_out_file want

# Numbers in the tables as written in JSON; the header keeps the dotted name.
printf '%s\n' '{"text":"x","refs":{"sdg":[11,3]}}' '{"text":"x","refs":{"sdg":[3]}}' '{"text":"x"}' >num.jsonl
run stats --by refs.sdg --format tsv num.jsonl
printf 'refs.sdg\tcount\n3\t2\n\t1\n11\t1\n' >want
expect_out_file want
run stats --by refs.sdg --format md --sort key num.jsonl
printf '| refs.sdg | count |\n|---|---:|\n| (none) | 1 |\n| 3 | 2 |\n| 11 | 1 |\n' >want
expect_out_file want
run stats --format csv num.jsonl
printf 'count\n3\n' >want
expect_out_file want

# The corpus by kind as a Markdown table (the numbers of corpus_counts.sh and the README;
# the 30 pledges made in prose are checked against hand labels in extract_pledges.sh).
"$VIL" extract "$VIL_ROOT/corpus/" >records.jsonl
run stats --by kind --format md records.jsonl
cat >want <<'MD'
| kind | count |
|---|---:|
| bullet | 305 |
| paragraph | 119 |
| strategy | 87 |
| heading | 59 |
| lead | 41 |
| pledge | 30 |
| subgoal | 28 |
| toc | 22 |
| goal | 8 |
MD
expect_out_file want
# The plan's focus areas (path.0 of the goals), as TSV by key.
run stats --by path.0 --format tsv --sort key <(jq -c 'select(.kind == "goal")' records.jsonl)
printf 'path.0\tcount\nBærekraftige byer og samfunn\t1\nGod helse\t1\nGod utdanning\t1\nHandling mot klimaendringene\t1\nInnovasjon, digitalisering og næringsutvikling\t1\nMedarbeidere\t1\nSamarbeid for å nå målene\t1\nØkonomi\t1\n' >want
expect_out_file want

# A bad format is a usage error.
run stats --format xml records.jsonl
expect_status 2
expect_err "vil: --format: xml not in {json,tsv,csv,md}
vil: run 'vil stats --help' for usage"
run stats --sort size records.jsonl
expect_status 2
expect_err "vil: --sort: size not in {count,key}
vil: run 'vil stats --help' for usage"
run stats --by '' records.jsonl
expect_status 2
expect_err 'vil: --by: empty field name'
