# Photo captions and credits ("Foto: ...", "Illustrasjon: ...") are short lines
# without a full stop, like headings, but they title nothing: paragraphs, never in a path.

cat >doc.txt <<'DOC'
Skole og oppvekst

Foto: Kari Nordmann

Nordby skal ha gode skoler.

**Foto/ill.: Nordby kommune**

Mer tekst.
DOC
run extract doc.txt
expect_status 0
expect_eq '["heading","Skole og oppvekst"]
["paragraph","Foto: Kari Nordmann"]
["paragraph","Nordby skal ha gode skoler."]
["paragraph","Foto/ill.: Nordby kommune"]
["paragraph","Mer tekst."]' "$(jq -c '[.kind, .text]' out)" 'records'
expect_eq 0 "$(count '.path | any(test("Foto"))')" 'captions in paths'
