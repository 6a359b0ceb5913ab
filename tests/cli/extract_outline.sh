# --format outline: a "== doc" line, then one line per record: its source line(s)
# right-aligned in 7 columns, two spaces, two spaces of indent per parent level, a
# kind mark (# per heading level, ¶ paragraph, toc, ▸ lead, • bullet, N. numbered,
# ◆ goal, ◇ subgoal, → strategy), [refs], the text cut at 100 characters with "…",
# and "(p. N)" for TOC entries. Documents are separated by a blank line.

long=$(printf 'ø%.0s' $(seq 150))
printf 'Innhold\t0\nSkole\t2\nKlima\t9\n\nSkole\n\nPS vil:\n- første\n  over to linjer\n1. nummerert\n\nLærere\n\n%s.\n\nKlima\n\nHovedmål\n\nReferanse\tHOVEDMÅL\nFN-T 13\tUtslippene skal ned.\n\nReferanse\tDELMÅL\tReferanse\tSTRATEGIER TIL DELMÅL\nAK\tHalvere.\t\t\n\t\tFN-T 13.2 AK\tKutte.\n' "Mer tekst her $long" >doc.txt
cut99=$(printf 'Mer tekst her '; printf 'ø%.0s' $(seq 85); printf '…')

run extract doc.txt --format outline
expect_status 0
expect_err ''
expected=$(cat <<EXPECTED
== doc
      1  ¶ Innhold
      2    toc Skole  (p. 2)
      3    toc Klima  (p. 9)
      5  # Skole
      7    ▸ PS vil:
    8-9      • første over to linjer
     10      1. nummerert
     12    ## Lærere
     14      ¶ $cut99
     16  # Klima
     18    ¶ Hovedmål
     21    ◆ [FN-T 13] Utslippene skal ned.
     24      ◇ [AK] Halvere.
     25        → [FN-T 13.2 AK] Kutte.
EXPECTED
)
expect_eq "$expected" "$(cat out)" 'outline'
# The cut line is exactly 100 characters of text.
expect_eq 100 "$(sed -n 10p out | sed 's/^ *14      ¶ //' | jq -R length)" 'cut width'

# Several documents: a blank line between them; an empty document has only its title.
printf 'Første.\n' >a.txt
: >b.txt
printf 'Andre.\n' >c.txt
run extract a.txt b.txt c.txt --format outline
expect_status 0
expect_eq '== a
      1  ¶ Første.

== b

== c
      1  ¶ Andre.' "$(cat out)" 'several documents'

# Line numbers wider than the column still print in full.
{ yes '' | head -12344; printf 'Langt ned.\n'; } >deep.txt
run extract deep.txt --format outline
expect_eq '== deep
  12345  ¶ Langt ned.' "$(cat out)" 'five-digit line number'
