# Standard input: read when there is no input or the input is '-'; its document id
# is "stdin"; it mixes with files in argument order.

printf 'Tittel\r\n\r\nTekst fra\r\nstandard input.\r\n' >in.txt
printf 'Fil.\n' >file.txt

run_stdin in.txt extract
expect_status 0
expect_err ''
expect_eq '["stdin","heading","Tittel",[1,1],[0,6]]
["stdin","paragraph","Tekst fra standard input.",[3,4],[10,36]]' \
  "$(jq -c '[.doc, .kind, .text, .lines, .bytes]' out)" 'no arguments'
cp out noargs.jsonl

run_stdin in.txt extract -
expect_status 0
expect_out_file noargs.jsonl

# '-' among files, in argument order.
run_stdin in.txt extract file.txt - file.txt
expect_status 0
expect_eq 'file stdin stdin file' "$(jq -r .doc out | paste -sd' ')" 'argument order'

# No manifest lookup for stdin, and a file literally named like the stdin id is a file.
printf 'Annen.\n' >stdin.txt
run_stdin in.txt extract stdin.txt
expect_eq '["stdin","Annen."]' "$(jq -c '[.doc, .text]' out)" 'file named stdin.txt'

# Empty standard input: no records, exit 0.
: >empty
run_stdin empty extract
expect_status 0
expect_err ''
expect_eq '' "$(cat out)" 'empty stdin'

# Invalid UTF-8 on standard input: exit 2, named "stdin" like its document id.
printf 'ok\n\xff\n' >bad
run_stdin bad extract - file.txt
expect_status 2
expect_err 'vil: stdin:2: invalid UTF-8 at byte 3 (the file looks like Latin-1 or Windows-1252 text; convert it first: iconv -f WINDOWS-1252 -t UTF-8)'
expect_eq '["file","Fil."]' "$(jq -c '[.doc, .text]' out)" 'the file after bad stdin'

# --format outline names it too.
run_stdin in.txt extract --format outline
expect_eq '== stdin
      1  # Tittel
    3-4    ¶ Tekst fra standard input.' "$(cat out)" 'outline of stdin'
# Standard input can be read once: naming it twice is an error, not a second empty document.
printf 'Tittel\n\nEn tekst.\n' | "$VIL" extract - - >out 2>err
expect_eq 2 "$?" 'extract - -: exit'
expect_err "vil: standard input ('-') is named more than once: it can be read once"
