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

# A cross-table's column of records without the field is headed (none), never empty.
printf '%s\n' '{"kind":"a","doc":"x"}' '{"kind":"b"}' >m.jsonl
for f in tsv csv md; do
  run stats --by kind --by doc --matrix --format "$f" m.jsonl
  expect_eq 1 "$(head -1 out | grep -c '(none)')" "matrix $f: the null column's header"
done
