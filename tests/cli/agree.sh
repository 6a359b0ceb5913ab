# vil agree: figures from a coding by pledge and from a coding sheet, errors with file
# and line.
printf '%s\n' \
  '{"rank":1,"score":0.5,"addresses":true,"left":{"doc":"plan","lines":[10,10]},"right":{"doc":"a","lines":[1,1]}}' \
  '{"rank":2,"score":0.2,"addresses":false,"left":{"doc":"plan","lines":[11,11]},"right":{"doc":"a","lines":[1,1]}}' \
  '{"rank":1,"score":0.4,"addresses":true,"left":{"doc":"plan","lines":[12,12]},"right":{"doc":"a","lines":[2,2]}}' \
  '{"unmatched":"right","right":{"doc":"b","lines":[5,5]}}' >links.jsonl
printf 'pledge\tstrong\tacceptable\ttext\na:1\tplan:10\t\tone\na:2\t\tplan:11\ttwo\nb:5\t\t\tnone\n' >coding.tsv

run agree links.jsonl coding.tsv --format md
expect_status 0
printf '%s\n' '| group | pledges | recall@1 | recall@3 | precision@1 | counted links accepted | coded none, unlinked |' \
  '|---|---:|---:|---:|---:|---:|---:|' \
  '| a | 2 | 1/2 (50%) | 1/2 (50%) | 1/2 (50%) | 1/2 (50%) | - |' \
  '| b | 1 | - | - | - | - | 1/1 (100%) |' \
  '| all | 3 | 1/2 (50%) | 1/2 (50%) | 1/2 (50%) | 1/2 (50%) | 1/1 (100%) |' >want
expect_out_file want

run agree --disagreements links.jsonl coding.tsv
expect_eq '{"pledge":"a:2","problem":"missed","links":["plan:12*"],"accepted":["plan:11"]}' "$(cat out)" 'disagreements'

run agree --calibration links.jsonl coding.tsv
expect_eq '{"score":"0.4-0.5","rank":"1","judged":1,"right":0,"precision":0.0000} {"score":"0.5-0.6","rank":"1","judged":1,"right":1,"precision":1.0000} {"score":"0.2-0.3","rank":"2+","judged":1,"right":0,"precision":0.0000}' \
  "$(paste -sd' ' out)" 'calibration'

# Links from standard input; a coding sheet in CSV, partly coded.
printf 'right,rank,score,addresses,left,code\na:1,1,0.5,yes,plan:10,yes\na:2,1,0.4,yes,plan:12,no\n' >sheet.csv
run_stdin links.jsonl agree - sheet.csv
expect_eq '0.5 1/2' "$(jq -r 'select(.group == "all") | "\(.precision_at_1) \(.counted_right)/\(.counted)"' out)" 'sheet: precision'

# Errors.
printf '%s\n' '{"rank":1,"left":{"doc":"plan"},"right":{"doc":"a","lines":[1,1]}}' >bad.jsonl
run agree bad.jsonl coding.tsv
expect_status 2
expect_err 'vil: bad.jsonl:1: not a link of vil match (no right and left records with doc and lines)'
printf 'right\tleft\tcode\na:1\tplan:10\tmaybe\n' >badcode.tsv
run agree links.jsonl badcode.tsv
expect_status 2
expect_err "vil: badcode.tsv:2: code 'maybe': expected strong, acceptable, yes, no or nothing"
run agree links.jsonl missing.tsv
expect_status 2
expect_err 'vil: missing.tsv: No such file or directory'
# Two views at once are a usage error; codings that contradict each other are said.
run agree --disagreements --calibration links.jsonl missing.tsv
expect_status 2
expect_eq 'vil: --disagreements excludes --calibration' "$(head -1 err)" 'two views'
printf 'right\tleft\tcode\nps-asker:54\tkommuneplan-asker:26\tyes\n' >yes.tsv
printf 'right\tleft\tcode\nps-asker:54\tkommuneplan-asker:26\tno\n' >no.tsv
run agree links.jsonl yes.tsv no.tsv
expect_status 0
expect_err 'vil: no.tsv:2: ps-asker:54 -> kommuneplan-asker:26 is coded both accepted and no (here or in another coding); counted as accepted'
# Standard input can be read once.
run agree - - <links.jsonl
expect_status 2
expect_err "vil: standard input ('-') is named more than once: it can be read once"
