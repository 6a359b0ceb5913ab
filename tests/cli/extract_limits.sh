# Output stays proportional to input: every record carries its headings' texts in its
# path, so a heading of absurd length (over 300 code points, even with '#') is a
# paragraph. Before, 370 KB (a 330 KB heading over 2,000 paragraphs) gave 660 MB.
python3 -c "
h = '# ' + 'Overskrift ' * 30000 + '\n\n'
body = ''.join('Avsnitt nummer %d.\n\n' % i for i in range(2000))
open('huge.md', 'w').write(h + body)
"
run extract huge.md
expect_status 0
expect_eq paragraph "$(head -1 out | jq -r .kind)" 'an absurd heading'
expect_eq 1 "$( [ "$(wc -c <out)" -lt 2000000 ] && echo 1)" 'output under 2 MB'
expect_eq 0 "$(count '.path | length > 0')" 'no record under it'
# At the limit: 300 code points is a heading, 301 a paragraph.
printf '# %s\n\nTekst.\n' "$(printf 'ø%.0s' $(seq 1 300))" >edge.md
run extract edge.md
expect_eq heading "$(head -1 out | jq -r .kind)" '300 code points'
printf '# %s\n\nTekst.\n' "$(printf 'ø%.0s' $(seq 1 301))" >over.md
run extract over.md
expect_eq paragraph "$(head -1 out | jq -r .kind)" '301 code points'
