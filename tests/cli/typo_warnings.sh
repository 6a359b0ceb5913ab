# A field named on the command line that no record read has is most likely misspelt:
# vil says so once, on standard error, and goes on (the exit status is unchanged).
printf '%s\n' '{"doc":"a","kind":"bullet","text":"Vi vil bygge skole.","actor":"PS"}' \
  '{"doc":"a","kind":"bullet","text":"Vi vil ha klima.","actor":null}' >r.jsonl
run stats --by acter r.jsonl
expect_status 0
expect_err 'vil: warning: --by acter: no record read has a value there (misspelt?)'
expect_eq '{"acter":null,"count":2}' "$(cat out)" 'the counts still written'
run stats --by actor r.jsonl
expect_err ''
run grep --field acter -c PS r.jsonl
expect_status 1
expect_err 'vil: warning: --field acter: no record read has a value there (misspelt? or an object: name a field inside it)'
run grep --field actor --field txet PS r.jsonl
expect_status 0
expect_err 'vil: warning: --field txet: no record read has a value there (misspelt? or an object: name a field inside it)'
run grep --field actor PS r.jsonl
expect_err ''
# Nothing read, nothing to warn about.
run grep --field acter PS /dev/null
expect_err ''
# A field that holds an object ("meta", not "meta.party"): stats names the mistake.
printf '%s\n' '{"doc":"a","kind":"bullet","text":"x","meta":{"party":"PS"}}' >m.jsonl
run stats --by meta m.jsonl
expect_status 0
expect_err 'vil: warning: --by meta: it holds an object, not a value: name a field inside it (meta.NAME)'
run stats --by meta.party m.jsonl
expect_eq '{"meta.party":"PS","count":1}' "$(cat out)" 'a field inside it'
# A --doc no record read is of: every record was filtered out, most likely a typo. Said
# once per name, the output and exit status as without it; not when nothing was read.
run grep --doc b --doc a Vi r.jsonl
expect_status 0
expect_err 'vil: warning: --doc b: no record read is of this document (misspelt? vil stats --by doc lists them)'
expect_eq 2 "$(wc -l <out)" 'the records of --doc a still written'
run grep --kind lead --doc a -c Vi r.jsonl
expect_status 1
expect_err 'vil: warning: --doc a: no record read is of this document and of the kinds asked for (misspelt? vil stats --by doc lists them)'
run grep --doc a Vi r.jsonl
expect_err ''
run grep --doc b Vi /dev/null
expect_err ''
