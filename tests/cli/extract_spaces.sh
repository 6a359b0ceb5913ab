# Spaces in text: runs of spaces, no-break spaces (U+00A0, U+202F), other Unicode
# spaces and tabs fold to one space; leading and trailing spaces go. A tab between
# words makes a table row: outside a kommuneplan table its cells are joined into a
# paragraph. Bytes still cover the whole source line.

printf 'En  linje\xc2\xa0med   mange\xc2\xa0\xc2\xa0mellomrom   \n\xe2\x80\x83 og\xe2\x80\xafsmale\xe2\x80\x89mellomrom.  \n' >fold.txt
run extract fold.txt
expect_status 0
expect_err ''
expect_eq '["paragraph","En linje med mange mellomrom og smale mellomrom.",[1,2],[0,68]]' \
  "$(jq -c '[.kind, .text, .lines, .bytes]' out)" 'folded spaces'
expect_eq 0 "$(count '.text | test("[\u00a0\u202f\u2003\u2009\t]|  ")')" 'records with unfolded spaces'

# A line of no-break spaces is a blank line: the title stays a lone line.
printf 'Tittel\n\xc2\xa0\xc2\xa0\nTekst.\n' >nbsp-blank.txt
run extract nbsp-blank.txt
expect_eq '["heading","Tittel",[1,1]] ["paragraph","Tekst.",[3,3]]' "$(jq -c '[.kind, .text, .lines]' out | paste -sd' ')" 'NBSP-only line is blank'

# Trailing spaces and tabs do not stop a heading, and bytes keep them.
printf 'Tittel  \t\n\nTekst.\n' >trailing.txt
run extract trailing.txt
expect_eq '["heading","Tittel",[0,9]] ["paragraph","Tekst.",[11,17]]' "$(jq -c '[.kind, .text, .bytes]' out | paste -sd' ')" 'trailing spaces'

# A tab inside a line: a table row, kept as one paragraph with the cells spaced.
printf 'Første\tandre  celle\ttredje.\n\nVanlig tekst.\n' >tab.txt
run extract tab.txt
expect_eq '["paragraph","Første andre celle tredje.",[1,1],[0,28]]
["paragraph","Vanlig tekst.",[3,3],[30,43]]' "$(jq -c '[.kind, .text, .lines, .bytes]' out)" 'tab row'

# Leading indentation with a no-break space before a list marker.
printf 'Vi vil:\n\xc2\xa0 - punkt\xc2\xa0en\n' >indent.txt
run extract indent.txt
expect_eq '["bullet","punkt en",[8,22]]' "$(jq -c 'select(.kind == "bullet") | [.kind, .text, .bytes]' out)" 'indented item'

# Special characters survive as text and come out as valid JSON.
printf 'Han sa "hei" og C:\\\\sti \xc3\xa6\xc3\xb8\xc3\xa5 \xe2\x82\xac slutt.\n' >json.txt
run extract json.txt
expect_eq 'Han sa "hei" og C:\\sti æøå € slutt.' "$(jq -r '.text' out)" 'quotes and backslashes'
