# Two versions of one program saved under names with different years: compared as one
# document, so a pledge that changed place is "moved" (before, files with different
# names never showed a move). `vil extract --doc-id` gives versions one id whatever
# their names. A changed pair that differs only in a function word scores 0.999, never
# the 1.000 of "same".
printf 'Program\n\nVi vil:\n\n- bygge skoler\n- kutte utslipp\n- flere sykkelveier\n' >program-2019.txt
printf 'Program\n\nVi vil:\n\n- flere sykkelveier\n- bygge skoler\n- kutte utslipp nå\n' >program-2023.txt
"$VIL" extract program-2019.txt >old.jsonl
"$VIL" extract program-2023.txt >new.jsonl
run diff --kind bullet old.jsonl new.jsonl
expect_status 1
expect_eq '["same","bygge skoler"] ["changed","kutte utslipp",0.999] ["moved","flere sykkelveier"]' \
  "$(jq -c 'if .op == "changed" then [.op, .left.text, .score] else [.op, .left.text] end' out | tr '\n' ' ' | sed 's/ $//')" \
  'versions under two names: a move and a changed pair below 1'
expect_eq 'program-2019 program-2023' "$(jq -r 'select(.op == "moved") | .left.doc + " " + .right.doc' out)" \
  'records keep their own doc ids'

# Two different programs (ids that differ in more than digits) stay two documents: the
# same pledge in another place is "same", not "moved".
"$VIL" extract program-2019.txt --doc-id ps-asker >asker.jsonl
"$VIL" extract program-2023.txt --doc-id ps-baerum >baerum.jsonl
run diff --kind bullet asker.jsonl baerum.jsonl
expect_eq 0 "$(count '.op == "moved"')" 'two programs: no moves'

# --doc-id: versions under any names get one id, and record ids that pair by id.
"$VIL" extract --doc-id program program-2019.txt >v1.jsonl
"$VIL" extract --doc-id program program-2023.txt >v2.jsonl
expect_eq program "$(jq -r .doc v2.jsonl | sort -u)" '--doc-id sets doc'
run diff --kind bullet v1.jsonl v2.jsonl
expect_eq 1 "$(count '.op == "moved"')" '--doc-id: the move'
run extract --doc-id program program-2019.txt program-2023.txt
expect_status 2
expect_err 'vil: --doc-id names one document; the inputs hold 2'
run extract --doc-id 'to ord' program-2019.txt
expect_status 2
expect_err "vil: --doc-id: invalid document id 'to ord' (use letters, digits, '.', '_', '-')"
done_testing
