# A UTF-8 byte order mark is not text: it never shows up in a record and does not
# stop the first line from being a heading, an ATX heading or a list item. Byte
# offsets are offsets in the file, so they count its three bytes.

printf '\xef\xbb\xbfTittel\n\nTekst her.\n' >plain.txt
run extract plain.txt
expect_status 0
expect_err ''
expect_eq '["heading","Tittel",[1,1],[3,9]]
["paragraph","Tekst her.",[3,3],[11,21]]' "$(jq -c '[.kind, .text, .lines, .bytes]' out)" 'BOM + lone line'
expect_eq 0 "$(count '.text | contains("\ufeff")')" 'records with U+FEFF in the text'

printf '\xef\xbb\xbf# Program\n\nTekst.\n' >atx.txt
run extract atx.txt
expect_eq '["heading",1,"Program",[3,12]]
["paragraph",null,"Tekst.",[14,20]]' "$(jq -c '[.kind, .level, .text, .bytes]' out)" 'BOM + ATX heading'

printf '\xef\xbb\xbf- punkt\n- neste\n' >list.txt
run extract list.txt
expect_eq '["bullet","punkt",[1,1],[3,10]]
["bullet","neste",[2,2],[11,18]]' "$(jq -c '[.kind, .text, .lines, .bytes]' out)" 'BOM + bullets'

# Blank lines after the BOM: the heading is on line 3.
printf '\xef\xbb\xbf\n\nTittel\n' >blank.txt
run extract blank.txt
expect_eq '["heading","Tittel",[3,3],[5,11]]' "$(jq -c '[.kind, .text, .lines, .bytes]' out)" 'BOM + blank lines'

# A file that is only a BOM has no records.
printf '\xef\xbb\xbf' >only.txt
run extract only.txt
expect_status 0
expect_eq '' "$(cat out)" 'BOM-only file: output'
expect_err ''

# CRLF after a BOM.
printf '\xef\xbb\xbfTittel\r\n\r\nTekst.\r\n' >crlf.txt
run extract crlf.txt
expect_eq '["heading","Tittel",[1,1],[3,9]]
["paragraph","Tekst.",[3,3],[13,19]]' "$(jq -c '[.kind, .text, .lines, .bytes]' out)" 'BOM + CRLF'

# A U+FEFF later in a line (a zero-width no-break space) is a space: trimmed away.
printf 'Tittel\xef\xbb\xbf\n' >inner.txt
run extract inner.txt
expect_eq '["heading","Tittel",[0,9]]' "$(jq -c '[.kind, .text, .bytes]' out)" 'trailing U+FEFF'

# Invalid UTF-8 after a BOM: the byte offset counts the BOM (3 + "ab\n" = 6).
printf '\xef\xbb\xbfab\n\xffc\n' >bad.txt
run extract bad.txt
expect_status 2
expect_err 'vil: bad.txt:2: invalid UTF-8 at byte 6'
