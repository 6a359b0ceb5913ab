# Text outputs are for a terminal: control characters from the data (ESC and the OSC
# and CSI sequences it starts, BEL, NUL, a newline in a doc id, C1 controls) come out as
# visible escapes, never raw; JSON output keeps the data as it is.
printf '%s\n' '{"doc":"a\nb","kind":"bullet","text":"ond \u001b]0;pwned\u0007 tekst\u0000 og \u0085 mer","lines":[1,1]}' >in.jsonl
run grep --format text --color never tekst in.jsonl
expect_status 0
expect_eq 'a\x0ab:1: ond \x1b]0;pwned\x07 tekst\x00 og \u0085 mer' "$(cat out)" 'grep --format text'
run grep --format text --color always tekst in.jsonl
expect_eq 0 "$(sed 's/\x1b\[[0-9;]*m//g' out | tr -d '\n' | LC_ALL=C tr -cd '\000-\010\013-\037\177' | wc -c | tr -d ' ')" 'colours are the only escapes'
run grep --format text --kwic 1 --color never tekst in.jsonl
expect_eq '         \x1b]0;pwned\x07 tekst\x00 og  a\x0ab:1' "$(cat out)" 'grep --kwic (a NUL is no context word)'
run grep tekst in.jsonl
expect_eq "$(jq -c .text in.jsonl)" "$(jq -c .text out)" 'JSON keeps the data'
printf '%s\n' '{"doc":"x","kind":"bullet","text":"hei \u001b[2J verden","lines":[1,1]}' >l.jsonl
printf '%s\n' '{"doc":"x","kind":"bullet","text":"hei \u001b[2J verden og mer","lines":[1,1]}' >r.jsonl
run diff --format text --color never l.jsonl r.jsonl
expect_eq '~ hei \x1b[2J verden {+og mer+}' "$(sed 's/  (.*$//' out)" 'diff --format text'

# Errors are one line whatever they quote: a newline in a pattern is shown, not obeyed.
run_stdin in.jsonl grep "$(printf 'a\n(')"
expect_status 2
expect_err "vil: invalid pattern 'a\\x0a(': missing ): a\\x0a("

# Help and the version that cannot be written are trouble, not success.
for args in "--help" "--version" "match --help" "help grep"; do
  status=0
  # shellcheck disable=SC2086
  "$VIL" $args >/dev/full 2>err || status=$?
  expect_status 2
  expect_err 'vil: standard output: No space left on device'
done

# \C (RE2's any byte) is refused where it could cut a character in half: a --kwic
# piece or a tag's words would be invalid UTF-8. An escaped backslash before C is fine.
printf '%s\n' '{"doc":"x","kind":"bullet","text":"bøker","lines":[1,1]}' >b.jsonl
run grep --kwic 1 'b\C' b.jsonl
expect_status 2
expect_err "vil: invalid pattern 'b\\C': \\C (any byte) is not supported: it splits characters"
run grep 'b\\C' b.jsonl
expect_status 1
printf 'topic:x\tb\\C\n' >anybyte.tsv
run tag -r anybyte.tsv b.jsonl
expect_status 2
expect_err "vil: anybyte.tsv:1: invalid pattern 'b\\C': \\C (any byte) is not supported: it splits characters"
