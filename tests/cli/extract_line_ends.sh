# LF, CRLF, CR-only and mixed line ends give the same records; only the byte
# offsets differ, and those count every terminator byte. Lines are numbered the same.

# The same document four times, under the same name (so the ids match too).
doc() { # doc TERMINATOR_1 ... TERMINATOR_8
  # shellcheck disable=SC2059 # the terminators are printf escapes
  printf "Tittel$1$2Linje en$3linje to.$4$5PS vil:$6- punkt$7  fortsatt$8"
}
mkdir lf crlf cr mixed
doc '\n' '\n' '\n' '\n' '\n' '\n' '\n' '\n' >lf/doc.txt
doc '\r\n' '\r\n' '\r\n' '\r\n' '\r\n' '\r\n' '\r\n' '\r\n' >crlf/doc.txt
doc '\r' '\r' '\r' '\r' '\r' '\r' '\r' '\r' >cr/doc.txt
doc '\r\n' '\n' '\r' '\n' '\r\n' '\r' '\n' '' >mixed/doc.txt # and no final newline

expected_records='["heading","Tittel",[1,1],[],null]
["paragraph","Linje en linje to.",[3,4],["Tittel"],"heading"]
["lead","PS vil:",[6,6],["Tittel"],"heading"]
["bullet","punkt fortsatt",[7,8],["Tittel"],"lead"]'

for v in lf crlf cr mixed; do
  run extract "$v/doc.txt"
  expect_status 0
  expect_err ''
  # Parents by the kind of record they point at.
  got=$(jq -sc 'INDEX(.id) as $by | .[] | [.kind, .text, .lines, .path, (if .parent then $by[.parent].kind else null end)]' out)
  expect_eq "$expected_records" "$got" "$v: records"
  jq -c 'del(.bytes)' out >"$v.nobytes"
  jq -c '.bytes' out | paste -sd' ' >"$v.bytes"
done

# Everything but the byte offsets is identical, ids included.
for v in crlf cr mixed; do
  checks=$((checks + 1))
  cmp -s lf.nobytes "$v.nobytes" || fail "$v: records differ from LF beyond bytes: $(diff lf.nobytes "$v.nobytes" | head -5)"
done

# Offsets: [begin, end) of the record's source lines, terminators excluded.
expect_eq '[0,6] [8,26] [28,35] [36,54]' "$(cat lf.bytes)" 'LF bytes'
expect_eq '[0,6] [10,29] [33,40] [42,61]' "$(cat crlf.bytes)" 'CRLF bytes'
expect_eq '[0,6] [8,26] [28,35] [36,54]' "$(cat cr.bytes)" 'CR bytes'
expect_eq '[0,6] [9,27] [30,37] [38,56]' "$(cat mixed.bytes)" 'mixed bytes'

# No CR ends up in any text.
run extract crlf/doc.txt cr/doc.txt mixed/doc.txt
expect_eq 0 "$(count '.text | test("\r")')" 'records with a CR in their text'

# CR CR LF is two line ends: an empty line between, so line numbers count it.
printf 'Første.\r\r\nAndre.\r\n' >crcrlf.txt
run extract crcrlf.txt
expect_eq '[1,1] [3,3]' "$(jq -c '.lines' out | paste -sd' ')" 'CR CR LF: lines'
expect_eq '[0,8] [11,17]' "$(jq -c '.bytes' out | paste -sd' ')" 'CR CR LF: bytes'
