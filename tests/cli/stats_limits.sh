# stats --merge never wraps a count past 2^64 - 1, and CSV for spreadsheets never
# carries a formula from the data.
printf '%s\n' '{"kind":"a","count":18446744073709551615}' '{"kind":"a","count":1}' >big.json
run stats --by kind --merge big.json
expect_status 2
expect_err 'vil: big.json:2: the merged count passes 18446744073709551615'
printf '%s\n' '{"kind":"=HYPERLINK(\"x\")"}' '{"kind":"+47"}' '{"kind":"ok"}' >f.jsonl
run stats --by kind --format csv --sort key f.jsonl
expect_eq "kind,count
'+47,1
\"'=HYPERLINK(\"\"x\"\")\",1
ok,1" "$(cat out)" 'formulas neutralised in CSV'
run stats --by kind --format tsv --sort key f.jsonl
expect_eq '+47	1' "$(sed -n 2p out)" 'TSV keeps the text'
