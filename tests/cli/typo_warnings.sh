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
expect_err 'vil: warning: --field acter: no record read has a value there (misspelt?)'
run grep --field actor --field txet PS r.jsonl
expect_status 0
expect_err 'vil: warning: --field txet: no record read has a value there (misspelt?)'
run grep --field actor PS r.jsonl
expect_err ''
# Nothing read, nothing to warn about.
run grep --field acter PS /dev/null
expect_err ''
