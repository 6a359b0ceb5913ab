#!/usr/bin/python3
"""Prints each row of a coding sheet (TSV or CSV, as `vil match --format tsv|csv`
writes it) as one JSON object of its header's columns, for validate.py.

Usage: /usr/bin/python3 sheet_rows.py tsv|csv FILE

Exit status: 0 done; 1 a row whose number of cells differs from the header's; 3 usage.
"""

import csv
import json
import sys


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("tsv", "csv"):
        sys.stderr.write(__doc__)
        return 3
    dialect = {"delimiter": "\t", "quoting": csv.QUOTE_NONE} if sys.argv[1] == "tsv" else {}
    with open(sys.argv[2], newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, **dialect))
    if not rows:
        return 0
    header = rows[0]
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            sys.stderr.write("%s:%d: %d cells, the header has %d\n" % (sys.argv[2], number, len(row), len(header)))
            return 1
        print(json.dumps(dict(zip(header, row)), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
