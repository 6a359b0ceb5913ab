# What vil holds for one input is bounded (include/vil/limits.hpp): past a limit, one
# line on stderr with the file and line, exit status 2, never the kernel's
# out-of-memory killer. Before, a 1 GB record was read whole and killed with no
# message, two 2,000-element arrays as --by fields made 4 million groups from one
# record, and --matrix held every cell of any table.

# A record (one line) over 256 MiB, from a pipe so that no disk holds it: the records
# before it are written, then the error names its line.
{
  printf '{"text":"første"}\n{"text":"andre"}\n{"text":"'
  head -c 300000000 /dev/zero | tr '\0' a
  printf '"}\n'
} | { status=0; "$VIL" grep -c '' >out 2>err || status=$?; echo "$status" >status; }
status=$(cat status)
expect_status 2
expect_err 'vil: stdin:3: a line longer than 256 MiB, the most vil reads as one record (is this JSON Lines?)'
expect_eq '{"doc":null,"count":2}' "$(cat out)" 'the records before the long line'

# A document over 256 MiB (sparse: no disk used): refused before it is read; the next
# file is still extracted.
truncate -s 300M big.txt
printf 'God tekst.\n' >good.txt
run extract big.txt good.txt
expect_status 2
expect_err 'vil: big.txt: larger than 256 MiB, the most vil reads as one file'
expect_eq 'God tekst.' "$(jq -r .text out)" 'the next document'
rm -f big.txt

# Array-valued --by fields: more than 100,000 groups from one record is refused, with
# its line; fewer is counted as before.
python3 -c "
import json
print(json.dumps({'text': 'a', 'tags': ['t%d' % i for i in range(3)], 'path': ['p%d' % i for i in range(2)]}))
print(json.dumps({'text': 'b', 'tags': ['t%d' % i for i in range(400)], 'path': ['p%d' % i for i in range(400)]}))
" >arrays.jsonl
run stats --by tags --by path arrays.jsonl
expect_status 2
expect_err 'vil: arrays.jsonl:2: the --by fields hold 400 x 400 values: more than 100000 groups from one record (count its array fields one at a time)'
run stats --by tags --by path --format tsv <(head -1 arrays.jsonl)
expect_status 0
expect_eq 7 "$(wc -l <out | tr -d ' ')" 'a header and 3 x 2 groups'

# --matrix over 4,000,000 cells: refused with the table's size; the pairs that occur
# are still there without --matrix.
seq 0 2000 | awk '{ printf "{\"text\":\"x\",\"a\":%d,\"b\":%d}\n", $1, $1 }' >diagonal.jsonl
run stats --by a --by b --matrix diagonal.jsonl
expect_status 2
expect_err 'vil: --matrix: 2001 rows x 2001 columns = 4004001 cells, more than 4000000 (without --matrix, stats lists only the pairs that occur)'
expect_eq '' "$(cat out)" 'no partial table'
run stats --by a --by b diagonal.jsonl
expect_status 0
expect_eq 2001 "$(wc -l <out | tr -d ' ')" 'the pairs that occur'
head -n 2000 diagonal.jsonl >smaller.jsonl
run stats --by a --by b --matrix --format tsv smaller.jsonl
expect_status 0
expect_eq 2002 "$(wc -l <out | tr -d ' ')" 'a 2000 x 2000 matrix: header, rows, totals'

done_testing
