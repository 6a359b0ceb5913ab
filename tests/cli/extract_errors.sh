# Unreadable inputs: each is reported as "vil: FILE[:LINE]: message"; the other
# inputs are still written; the exit status is 2. Binary files (NUL) are skipped
# with a warning (exit 0); --lossy turns invalid UTF-8 into U+FFFD with a warning.

printf 'God tekst.\n' >good.txt

# A missing file.
run extract nosuch.txt good.txt
expect_status 2
expect_err 'vil: nosuch.txt: No such file or directory'
expect_eq '["good","God tekst."]' "$(jq -c '[.doc, .text]' out)" 'other file after a missing one'

# Invalid UTF-8: the byte offset of the first bad byte, counted from 0 in the file,
# and its line. "Linje en.\n" is 10 bytes, "Linje " 6 more: byte 16, on line 2.
printf 'Linje en.\nLinje \xff to.\n\xc3(\n' >bad.txt
run extract bad.txt good.txt
expect_status 2
expect_err 'vil: bad.txt:2: invalid UTF-8 at byte 16 (the file looks like Latin-1 or Windows-1252 text; convert it first: iconv -f WINDOWS-1252 -t UTF-8)'
expect_eq '["good","God tekst."]' "$(jq -c '[.doc, .text]' out)" 'nothing from the bad file, the good one written'

# Other ill-formed sequences: truncated (at the end), overlong, surrogate, CR line ends.
printf 'abc\xe2\x82' >truncated.txt
printf 'a\xc0\xafb\n' >overlong.txt
printf 'ok\r\r\xed\xa0\x80\r' >surrogate.txt
for f in truncated overlong surrogate; do
  run extract "$f.txt"
  expect_status 2
  expect_eq '' "$(cat out)" "$f: output"
done
run extract truncated.txt
expect_err 'vil: truncated.txt:1: invalid UTF-8 at byte 3'
run extract overlong.txt
# C0 AF is an overlong '/' in UTF-8 but reads as Latin-1 letters ('À¯'): hinted.
expect_err 'vil: overlong.txt:1: invalid UTF-8 at byte 1 (the file looks like Latin-1 or Windows-1252 text; convert it first: iconv -f WINDOWS-1252 -t UTF-8)'
run extract surrogate.txt
expect_err 'vil: surrogate.txt:3: invalid UTF-8 at byte 4'

# --lossy: one U+FFFD per ill-formed sequence, a warning, exit 0; bytes stay file offsets.
run extract --lossy bad.txt
expect_status 0
expect_err 'vil: bad.txt:2: invalid UTF-8 at byte 16 (the file looks like Latin-1 or Windows-1252 text; convert it first: iconv -f WINDOWS-1252 -t UTF-8); replaced with U+FFFD'
expect_eq '["paragraph","Linje en. Linje � to. �(",[1,3],[0,24]]' "$(jq -c '[.kind, .text, .lines, .bytes]' out)" 'lossy record'

# A NUL byte: not text; skipped with a message and exit 2 (its records would be lost
# without a sign), other files still written.
printf 'a\nb\n\x00\n' >nul.txt
run extract nul.txt good.txt
expect_status 2
expect_err 'vil: nul.txt:3: binary file (NUL byte at byte 4), skipped'
expect_eq '["good","God tekst."]' "$(jq -c '[.doc, .text]' out)" 'after a binary file'

# UTF-16 (a BOM and NULs): an error that says how to convert it.
printf '\xff\xfeH\x00i\x00\n\x00' >utf16.txt
run extract utf16.txt
expect_status 2
expect_err 'vil: utf16.txt:1: UTF-16 text is not supported; convert it to UTF-8 first (iconv -f UTF-16LE -t UTF-8)'
expect_eq '' "$(cat out)" 'UTF-16 output'

# Empty and blank files: no records, no message, exit 0.
: >empty.txt
printf '\n \n\t\n\r\n' >blank.txt
run extract empty.txt blank.txt
expect_status 0
expect_err ''
expect_eq '' "$(cat out)" 'empty files: output'

# A folder without a manifest: its .txt and .md files, in name order, ids from the names;
# other files and subfolders are ignored.
mkdir -p folder/sub.txt
printf 'B.\n' >folder/b.txt
printf 'A.\n' >folder/a.md
printf 'C.\n' >folder/c.txt
printf 'x,y\n' >folder/d.csv
printf 'S.\n' >folder/sub.txt/s.txt
run extract folder
expect_status 0
expect_err ''
expect_eq '["a","A."] ["b","B."] ["c","C."]' "$(jq -c '[.doc, .text]' out | paste -sd' ')" 'folder without manifest'
run extract folder/
expect_eq '["a","A."] ["b","B."] ["c","C."]' "$(jq -c '[.doc, .text]' out | paste -sd' ')" 'folder with a trailing slash'

# A missing folder is a missing file.
run extract nofolder/ good.txt
expect_status 2
expect_err 'vil: nofolder/: No such file or directory'

# Several problems: all reported, in input order; the good files still written.
run extract nosuch.txt bad.txt nul.txt good.txt
expect_status 2
expect_err 'vil: nosuch.txt: No such file or directory
vil: bad.txt:2: invalid UTF-8 at byte 16 (the file looks like Latin-1 or Windows-1252 text; convert it first: iconv -f WINDOWS-1252 -t UTF-8)
vil: nul.txt:3: binary file (NUL byte at byte 4), skipped'
expect_eq 1 "$(count 'true')" 'records after several problems'

# A closed pipe ends the run quietly: `vil extract corpus | head -1`.
"$VIL" extract "$VIL_ROOT/corpus" 2>err | head -1 >first
status=${PIPESTATUS[0]}
expect_status 0
expect_err ''
expect_eq 1 "$(wc -l <first | tr -d ' ')" 'lines read by head'
expect_eq object "$(jq -r type first)" 'first line is a record'
# The same with a generated document far larger than a pipe buffer.
for i in $(seq 6000); do printf 'Avsnitt nummer %d har litt tekst.\n\n' "$i"; done >big.txt
"$VIL" extract big.txt 2>err | head -1 >first
status=${PIPESTATUS[0]}
expect_status 0
expect_err ''
expect_eq '["big","Avsnitt nummer 1 har litt tekst."]' "$(jq -c '[.doc, .text]' first)" 'first record of a big document'

# Unknown options are usage errors.
run extract --nosuch good.txt
expect_status 2
run extract --format xml good.txt
expect_status 2

# Two documents with one id: a warning, since their record ids may collide.
mkdir -p a b
printf 'Tekst.\n' >a/doc.txt
printf 'Tekst.\n' >b/doc.txt
run extract a/doc.txt b/doc.txt
expect_status 0
expect_err "vil: b/doc.txt: document id 'doc' is also the id of a/doc.txt; their record ids may collide"

# Damaged UTF-8 (a well-formed sequence cut short) gets no encoding hint; a file whose
# every non-ASCII byte stands alone (Latin-1, Windows-1252) gets one.
printf 'bl\xc3\xa5 og \xe2\x82\n' >damaged.txt
run extract damaged.txt
expect_err 'vil: damaged.txt:1: invalid UTF-8 at byte 8'
printf 'Skole\n\nVi vil ha bl\xe5b\xe6r.\n' >latin1.txt
run extract latin1.txt
expect_err 'vil: latin1.txt:3: invalid UTF-8 at byte 19 (the file looks like Latin-1 or Windows-1252 text; convert it first: iconv -f WINDOWS-1252 -t UTF-8)'
iconv -f WINDOWS-1252 -t UTF-8 latin1.txt >utf8.txt
run extract utf8.txt
expect_status 0
expect_eq 'Vi vil ha blåbær.' "$(jq -r 'select(.kind == "paragraph") | .text' out)" 'the hint works'

# Records given to extract: they are JSON Lines, not a document. A text document
# given to a filter: it says how to make records of it.
printf 'Tittel\n\nTekst.\n' >doc.txt
run grep x doc.txt
expect_status 2
expect_err 'vil: doc.txt:1: not JSON Lines but text (make records of a document with: vil extract FILE)'
printf 'Et avsnitt.\n' | "$VIL" extract >records.jsonl
run extract records.jsonl
expect_status 2
expect_err 'vil: records.jsonl:1: JSON Lines, not a document: extract reads text; give records to grep, tag, stats, diff or match'
# A document that only quotes a brace is still a document.
printf '{"sitat"} sa hun.\n\nTekst.\n' >quote.txt
run extract quote.txt
expect_status 0
# A folder without documents says so (exit 0: nothing was wrong with what was there).
mkdir -p empty-folder
run extract empty-folder
expect_status 0
expect_err 'vil: empty-folder: no documents in it (.txt or .md files), nothing extracted'
