# scripts/corpus-check, the CI check for a corpus repository, on a copy of the shipped
# corpus: --update commits the records; unchanged, the check passes; edits (a pledge
# changed, one removed, one added, one moved) are listed in the Markdown summary and
# pass; a pledge lost to a layout change (its text still in the document) and a
# document that no longer extracts are regressions: exit status 1.
export VIL
check=$VIL_ROOT/scripts/corpus-check
cp -R "$VIL_ROOT/corpus" c
"$check" --update c >log 2>&1 || fail "--update: $(cat log)"
expect_eq 5 "$(ls c/records/*.jsonl | wc -l | tr -d ' ')" 'one record file per document'
status=0
"$check" c >summary.md 2>err || status=$?
expect_status 0
expect_eq '| `ps-asker` | 0 | 0 | 0 | 0 | 201 |' "$(grep '`ps-asker`' summary.md)" 'unchanged: all same'
expect_eq 1 "$(grep -c '^No regression' summary.md)" 'unchanged: no regression'

# Edits: changed, removed, added, moved (ps-asker lines 54-59, one list).
python3 - <<'PY'
p = 'c/ps-asker.txt'
lines = open(p, encoding='utf-8').read().split('\n')
lines[53] = '- øke kunnskapsnivået om nasjonale minoriteter og samer.'
del lines[56]
lines.insert(58, '- gi alle elever gratis skolefrokost.')
lines.insert(57, lines.pop(54))
open(p, 'w', encoding='utf-8').write('\n'.join(lines))
PY
status=0
"$check" c >summary.md 2>err || status=$?
expect_status 0
expect_eq '| `ps-asker` | 1 | 1 | 1 | 1 | 198 |' "$(grep '^| `ps-asker`' summary.md)" 'edits counted'
expect_eq '- **changed** ps-asker:54 → ps-asker:54: øke kunnskapsnivået om nasjonale minoriteter **og samer.**' \
  "$(grep -F -- '- **changed**' summary.md)" 'a changed pledge with its word diff'
expect_eq '- **removed** ps-asker:57 (bullet): forebygge digitalt utenforskap gjennom gratis opplæring i grunnleggende digital kompetanse for de som trenger det.' \
  "$(grep -F -- '- **removed**' summary.md)" 'a removed pledge'
expect_eq '- **added** ps-asker:59 (bullet): gi alle elever gratis skolefrokost.' "$(grep -F -- '- **added**' summary.md)" 'an added pledge'
expect_eq 1 "$(grep -c -F -- '- **moved** ps-asker:55 → ps-asker:58: at kommunen skal nedsette flerkulturelt råd' summary.md)" 'a moved pledge'

# A layout change loses a pledge whose text stays: item 4 of ps-baerum loses its number.
python3 - <<'PY'
p = 'c/ps-baerum.txt'
lines = open(p, encoding='utf-8').read().split('\n')
lines[16] += ' ' + lines[17][3:]
del lines[17]
open(p, 'w', encoding='utf-8').write('\n'.join(lines))
PY
status=0
"$check" c >summary.md 2>err || status=$?
expect_status 1
expect_eq '- `ps-baerum:18` was lost without being edited: its text is still in `ps-baerum.txt`: Redusere husleienivået på velferdsboliger for dem med lav husstandsinntekt.' \
  "$(sed -n '/^### Regressions/,$p' summary.md | grep '^- ')" 'the lost pledge is a regression'

# A document that no longer extracts (a NUL byte): a regression, named.
cp "$VIL_ROOT/corpus/ps-baerum.txt" c/ps-baerum.txt
printf 'tekst\0binær\n' >>c/venstre-asker.txt
status=0
"$check" c >summary.md 2>err || status=$?
expect_status 1
expect_eq 1 "$(grep -c '^- `venstre-asker` no longer extracts cleanly: vil: c/venstre-asker.txt' summary.md)" 'a broken document'
status=0
"$check" nosuch >summary.md 2>err || status=$?
expect_status 2
expect_err 'corpus-check: nosuch/manifest.tsv: not found (a corpus folder has one)'
done_testing
