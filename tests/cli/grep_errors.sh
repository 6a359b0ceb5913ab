# vil grep's errors: a bad pattern is "vil: invalid pattern 'P': REASON", exit 2, before
# any input is read; usage errors exit 2; an input that cannot be read is named, the
# other inputs are still searched, and the exit status is 2 even when records matched.

printf '%s\n' '{"doc":"d","text":"skole og barnehage"}' >good.jsonl

# Bad patterns: RE2's reason, nothing written.
bad_pattern() {
  run grep "$1" good.jsonl
  expect_status 2
  expect_eq '' "$(cat out)" "output for the pattern $1"
  expect_err "vil: invalid pattern '$1': $2"
}
bad_pattern '(' 'missing ): ('
bad_pattern 'a[' 'missing ]: ['
bad_pattern 'x{2,1}' 'invalid repetition size: {2,1}'
# shellcheck disable=SC1003
bad_pattern '\' 'trailing \'
bad_pattern 'a)|(b' 'unexpected ): a)|(b'
# Perl features RE2 does not have (it runs in linear time): backreferences, lookaround.
bad_pattern 'a\1' 'invalid escape sequence: \1'
bad_pattern '(?=a)' 'invalid perl operator: (?='
bad_pattern '(?<n>x)' 'invalid perl operator: (?<'
bad_pattern 'a{1001}' 'invalid repetition size: {1001}'
# The same with -i and --stem (the pattern is checked whatever the options).
run grep -i '(' good.jsonl
expect_status 2
expect_err "vil: invalid pattern '(': missing ): ("
run grep --stem 'skoler(' good.jsonl
expect_status 2
expect_eq "vil: invalid pattern 'skoler(': missing )" "$(cut -d: -f1-3 err)" '--stem, bad pattern'
# A bad pattern read with -f FILE is named by its file and line (CR LF lines counted
# alike); one given with -e has no place to name.
printf 'klima\r\nbolig(\r\nskole\r\n' >pats.txt
run grep -e skole -f pats.txt good.jsonl
expect_status 2
expect_err "vil: pats.txt:2: invalid pattern 'bolig(': missing ): bolig("
printf 'a\n\n\\C\n' | "$VIL" grep -f - good.jsonl 2>err >/dev/null && status=0 || status=$?
expect_status 2
expect_err "vil: stdin:3: invalid pattern '\\C': \\C (any byte) is not supported: it splits characters"
run grep -f pats.txt -e 'x(' good.jsonl
expect_status 2
expect_err "vil: invalid pattern 'x(': missing ): x("
# With -F the same characters are fine.
run grep -F '(' good.jsonl
expect_status 1
expect_err ''

# A missing pattern, unknown options and bad option values are usage errors.
run grep
expect_status 2
expect_err "vil: no pattern: give PATTERN, -e PATTERN or -f FILE
vil: run 'vil grep --help' for usage"
run grep -z skole good.jsonl
expect_status 2
expect_err "vil: The following argument was not expected: -z
vil: run 'vil grep --help' for usage"
run grep --format xml skole good.jsonl
expect_status 2
expect_err "vil: --format: xml not in {jsonl,text}
vil: run 'vil grep --help' for usage"
run grep --color sometimes skole good.jsonl
expect_status 2
expect_err "vil: --color: sometimes not in {auto,always,never}
vil: run 'vil grep --help' for usage"
run grep --kind nokind skole good.jsonl
expect_status 2
expect_err "vil: --kind: unknown kind 'nokind' (heading, paragraph, toc, lead, bullet, pledge, goal, subgoal, strategy)"
run grep --field '' skole good.jsonl
expect_status 2
expect_err 'vil: --field: empty field name'
run grep --field 'refs..sdg' skole good.jsonl
expect_status 2
expect_err "vil: --field: empty part in field name 'refs..sdg'"
run grep -m -1 skole good.jsonl
expect_status 2
run grep --kwic x skole good.jsonl
expect_status 2

# A missing file and a folder: named, the other inputs still read, exit 2.
run grep skole nosuch.jsonl good.jsonl
expect_status 2
expect_err 'vil: nosuch.jsonl: No such file or directory'
expect_eq '{"text":[[0,5]]}' "$(jq -c .match out)" 'the good file after the missing one'
mkdir folder
run grep skole good.jsonl folder
expect_status 2
expect_err 'vil: folder: is a directory'
expect_eq 1 "$(count true)" 'the good file before the folder'
# Nothing matched and a file missing: still 2 (trouble wins over "no match").
run grep zzz good.jsonl nosuch.jsonl
expect_status 2
expect_err 'vil: nosuch.jsonl: No such file or directory'
# Several problems: each reported, in order.
run grep -c skole nosuch.jsonl good.jsonl folder also-missing.jsonl
expect_status 2
expect_err 'vil: nosuch.jsonl: No such file or directory
vil: folder: is a directory
vil: also-missing.jsonl: No such file or directory'
expect_eq '{"doc":"d","count":1}' "$(cat out)" 'counts of the readable file'

# The bash completion offers exactly the kinds vil knows.
run grep --kind nokind x /dev/null
known=$(sed -n "s/.*unknown kind 'nokind' (\(.*\))/\1/p" err | sed 's/, / /g')
expect_eq "$known" "$(sed -n "s/^_vil_kinds='\(.*\)'/\1/p" "$VIL_ROOT/scripts/completion/vil.bash")" 'completion kinds'
