# Tables of contents made of links, as PDF-to-HTML and Markdown converters write them:
# "[Helse](fil.html#35)" lines (the anchor is the page) and a list of "[Title](#anchor)"
# items. Both are toc records, with the page when the anchor is a number.

cat >html.md <<'DOC'
Innhold

[Skole og oppvekst](program.html#3)
[Helse og omsorg](program.html#12)
[Klima](program.html#page=20)

# Skole og oppvekst

Tekst.
DOC
run extract html.md
expect_status 0
expect_eq '["paragraph","Innhold",null]
["toc","Skole og oppvekst",3]
["toc","Helse og omsorg",12]
["toc","Klima",20]
["heading","Skole og oppvekst",null]
["paragraph","Tekst.",null]' "$(jq -c '[.kind, .text, .page]' out)" 'linked pages'

cat >anchors.md <<'DOC'
## Innhold

- [Innledning](#innledning)
- [Skole og *oppvekst*](#skole-og-oppvekst)
  - [Barnehage](#barnehage)
1. [Helse](#helse)

## Innledning

- [Les hele programmet](https://example.org/program.pdf)
DOC
run extract anchors.md
expect_eq '["heading","Innhold",false]
["toc","Innledning",false]
["toc","Skole og oppvekst",false]
["toc","Barnehage",false]
["toc","Helse",false]
["heading","Innledning",false]
["bullet","Les hele programmet",false]' "$(jq -c '[.kind, .text, has("page")]' out)" 'anchored contents'
# The entries sit under the contents heading.
expect_eq 1 "$(jq -sr 'INDEX(.id) as $by | [.[] | select(.kind == "toc") | $by[.parent].text] | unique | length' out)" 'one parent'
