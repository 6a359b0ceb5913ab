# Patterns as grep and rg take them: -e PATTERN (repeatable) and -f FILE (one a line),
# then every positional is a file; -q writes nothing and answers with the exit status.
# -f used to mean "field" (now --field only): a well-known flag kept its meaning.
cat >r.jsonl <<'JSON'
{"doc":"a","kind":"bullet","text":"Kutte klimagassutslipp"}
{"doc":"a","kind":"bullet","text":"Bygge flere boliger"}
{"doc":"b","kind":"bullet","text":"Styrke skolehelsetjenesten"}
{"doc":"b","kind":"bullet","text":"Flere sykkelveier"}
JSON
printf 'klima\nbolig\n' >words.txt

texts() { jq -r .text out | tr '\n' '|' | sed 's/|$//'; }
run grep -f words.txt r.jsonl
expect_status 0
expect_eq 'Kutte klimagassutslipp|Bygge flere boliger' "$(texts)" '-f FILE: any line matches'
run grep -e klima -e skole r.jsonl
expect_eq 'Kutte klimagassutslipp|Styrke skolehelsetjenesten' "$(texts)" '-e twice'
run grep -e sykkel -f words.txt r.jsonl
expect_eq 3 "$(wc -l <out | tr -d ' ')" '-e and -f together'
# Each pattern is matched as it is: the spans are those of whichever matched.
expect_eq '[[12,17]]' "$(jq -c 'select(.text | test("boliger")) | .match.text' out)" 'the span of the matching pattern'
# Options apply to every pattern: -i, -w, -F, --stem.
printf 'FLERE\nkutte\n' >upper.txt
run grep -i -w -f upper.txt r.jsonl
expect_eq 'Kutte klimagassutslipp|Bygge flere boliger|Flere sykkelveier' "$(texts)" '-i -w with -f'
printf 'a.b\n' >dot.txt
run grep -F -f dot.txt r.jsonl
expect_status 1
run grep --stem -e boligen r.jsonl
expect_eq 'Bygge flere boliger' "$(texts)" '--stem with -e'
# An alternation of one pattern cannot swallow another: 'a)|(b' is refused alone.
printf 'klima\na)|(b\n' >bad.txt
run grep -f bad.txt r.jsonl
expect_status 2
expect_err "vil: bad.txt:2: invalid pattern 'a)|(b': unexpected ): a)|(b"
# An empty file matches nothing; an empty line matches everything (as in grep).
: >empty.txt
run grep -f empty.txt r.jsonl
expect_status 1
printf '\n' >blank.txt
run grep -c -f blank.txt r.jsonl
expect_eq '{"doc":"a","count":2} {"doc":"b","count":2}' "$(tr '\n' ' ' <out | sed 's/ $//')" 'an empty line'
# CR LF pattern files.
printf 'klima\r\n' >crlf.txt
run grep -f crlf.txt r.jsonl
expect_eq 'Kutte klimagassutslipp' "$(texts)" 'CR LF'
# -f - reads the patterns from stdin when the records come from files.
printf 'skole\n' | { status=0; "$VIL" grep -f - r.jsonl >out 2>err || status=$?; echo $status >st; }
expect_eq 0 "$(cat st)" '-f - status'
expect_eq 'Styrke skolehelsetjenesten' "$(texts)" '-f -'
run_stdin r.jsonl grep -f - 
expect_status 2
expect_err 'vil: -f -: the records are read from standard input too; give them as files'
run grep -f missing.txt r.jsonl
expect_status 2
expect_err 'vil: missing.txt: No such file or directory'

# -q: nothing written; 0 on a match, 1 without one.
run grep -q bolig r.jsonl
expect_status 0
expect_eq '' "$(cat out)" '-q writes nothing'
run grep -q -e tog -e fly r.jsonl
expect_status 1
expect_eq '' "$(cat err)" '-q: no warning'

# --field is the field option now; -f names a file.
run grep --field doc '^b$' -c r.jsonl
expect_eq '{"doc":"b","count":2}' "$(cat out)" '--field'
run grep -f doc '^b$' r.jsonl
expect_status 2
expect_err 'vil: doc: No such file or directory'
done_testing
