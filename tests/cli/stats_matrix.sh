# vil stats --matrix: two --by fields as a cross-table, rows by the first, columns by the
# second, with row and column totals; in JSON one object {"rows_by","columns_by","rows",
# "columns","counts","row_totals","column_totals","total"}. Rows and columns are ordered
# by their totals (most first, then key), or with --sort key by key.

cat >in.jsonl <<'JSON'
{"doc":"b","kind":"bullet","text":"x"}
{"doc":"a","kind":"bullet","text":"x"}
{"doc":"a","kind":"heading","text":"x"}
{"doc":"b","kind":"bullet","text":"x"}
{"doc":"a","kind":"lead","text":"x"}
{"doc":"c","kind":"bullet","text":"x"}
{"doc":"a","kind":"bullet","text":"x"}
{"kind":"lead","text":"x"}
JSON

run stats --by doc --by kind --matrix --format md in.jsonl
expect_status 0
expect_err ''
cat >want <<'MD'
| doc \ kind | bullet | lead | heading | total |
|---|---:|---:|---:|---:|
| a | 2 | 1 | 1 | 4 |
| b | 2 | 0 | 0 | 2 |
| (none) | 0 | 1 | 0 | 1 |
| c | 1 | 0 | 0 | 1 |
| total | 5 | 2 | 1 | 8 |
MD
expect_out_file want

run stats --by doc --by kind --matrix --format md --sort key in.jsonl
cat >want <<'MD'
| doc \ kind | bullet | heading | lead | total |
|---|---:|---:|---:|---:|
| (none) | 0 | 0 | 1 | 1 |
| a | 2 | 1 | 1 | 4 |
| b | 2 | 0 | 0 | 2 |
| c | 1 | 0 | 0 | 1 |
| total | 5 | 1 | 2 | 8 |
MD
expect_out_file want

run stats --by doc --by kind --matrix in.jsonl
printf '%s\n' '{"rows_by":"doc","columns_by":"kind","rows":["a","b",null,"c"],"columns":["bullet","lead","heading"],"counts":[[2,1,1],[2,0,0],[0,1,0],[1,0,0]],"row_totals":[4,2,1,1],"column_totals":[5,2,1],"total":8}' >want
expect_out_file want
run stats --by kind --by doc --matrix --format json --sort key in.jsonl
printf '%s\n' '{"rows_by":"kind","columns_by":"doc","rows":["bullet","heading","lead"],"columns":[null,"a","b","c"],"counts":[[0,2,2,1],[0,1,0,0],[1,1,0,0]],"row_totals":[5,1,2],"column_totals":[1,4,2,1],"total":8}' >want
expect_out_file want

# TSV and CSV: the null row label empty.
run stats --by doc --by kind --matrix --format tsv --sort key in.jsonl
printf 'doc \\ kind\tbullet\theading\tlead\ttotal\n\t0\t0\t1\t1\na\t2\t1\t1\t4\nb\t2\t0\t0\t2\nc\t1\t0\t0\t1\ntotal\t5\t1\t2\t8\n' >want
expect_out_file want
run stats --by doc --by kind --matrix --format csv --sort key in.jsonl
printf 'doc \\ kind,bullet,heading,lead,total\n,0,0,1,1\na,2,1,1,4\nb,2,0,0,2\nc,1,0,0,1\ntotal,5,1,2,8\n' >want
expect_out_file want

# Numbers as columns, in numeric order by key; an array counts once per element, so
# the totals count pairs.
printf '%s\n' '{"doc":"p","text":"x","refs":{"sdg":[11,3]}}' '{"doc":"p","text":"x","refs":{"sdg":[3]}}' '{"doc":"q","text":"x","refs":{"sdg":[10]}}' >num.jsonl
run stats --by doc --by refs.sdg --matrix --format md --sort key num.jsonl
printf '| doc \\ refs.sdg | 3 | 10 | 11 | total |\n|---|---:|---:|---:|---:|\n| p | 2 | 0 | 1 | 3 |\n| q | 0 | 1 | 0 | 1 |\n| total | 2 | 1 | 1 | 4 |\n' >want
expect_out_file want

# Not two --by fields: an error, nothing written.
for by in "" "--by doc" "--by doc --by kind --by actor"; do
  # shellcheck disable=SC2086
  run stats $by --matrix in.jsonl
  expect_status 2
  expect_err 'vil: --matrix needs exactly two --by fields (rows, then columns)'
  expect_eq '' "$(cat out)" "output of --matrix with '$by'"
done

# The whole corpus, as in the README. The hand counts of corpus_counts.sh, and the
# pledges made in prose (checked against hand labels in extract_pledges.sh).
"$VIL" extract "$VIL_ROOT/corpus/" >records.jsonl
run stats --by doc --by kind --matrix --format md --sort key records.jsonl
cat >want <<'MD'
| doc \ kind | bullet | goal | heading | lead | paragraph | pledge | strategy | subgoal | toc | total |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| handlingsprogram-medvirkning | 2 | 0 | 3 | 1 | 7 | 0 | 0 | 0 | 0 | 13 |
| kommuneplan-asker | 2 | 8 | 10 | 1 | 16 | 0 | 87 | 28 | 0 | 152 |
| ps-asker | 183 | 0 | 25 | 24 | 59 | 18 | 0 | 0 | 22 | 331 |
| ps-baerum | 92 | 0 | 16 | 12 | 27 | 8 | 0 | 0 | 0 | 155 |
| venstre-asker | 26 | 0 | 5 | 3 | 10 | 4 | 0 | 0 | 0 | 48 |
| total | 305 | 8 | 59 | 41 | 119 | 30 | 87 | 28 | 22 | 699 |
MD
expect_out_file want
# The JSON matrix agrees with the flat counts.
run stats --by doc --by kind --matrix records.jsonl
jq -c '. as $m | [range(0; $m.rows | length) as $r | range(0; $m.columns | length) as $c
  | select($m.counts[$r][$c] > 0) | {doc: $m.rows[$r], kind: $m.columns[$c], count: $m.counts[$r][$c]}] | sort_by(.doc, .kind) | .[]' out >from_matrix
"$VIL" stats --by doc --by kind --sort key records.jsonl >flat
expect_eq "$(cat flat)" "$(cat from_matrix)" 'matrix cells against the flat counts'
expect_eq '[331,155,152,48,13] 699' "$(jq -c '.row_totals' out) $(jq -c '.total' out)" 'matrix totals'
