# pandoc Markdown: YAML front matter, LaTeX commands, raw blocks and comments carry
# no text of the document; heading attributes, emphasis, links, images and inline
# HTML are markup around the text, not part of it.

cat >doc.md <<'DOC'
---
title: "Program for Nordby"
author: Nordby Venstre
header-includes:
  - \usepackage{enumitem}
  - \setlist{nosep}
---

\linenumbers

# Skole og oppvekst {#skole .unnumbered}

Vi vil ha _gode_ skoler og *trygge* barnehager, se [programmet](https://example.org/program) og ![Bilde av skolen](skole.jpg){width=50%}.

<!-- kommentar til redaksjonen -->

Nordby Venstre vil:

- gi **alle** elever et <span class="uthev">varmt</span> måltid
- bygge skole i snake_case_gate og regne 2 * 3 = 6

\newpage

```{=latex}
\begin{center}
Ikke tekst
\end{center}
```

## Helse {-}

Tekst med fotnote[^1] og en \*stjerne\*.
DOC
run extract doc.md
expect_status 0
expect_err ''
expect_eq '["heading","Skole og oppvekst"]
["paragraph","Vi vil ha gode skoler og trygge barnehager, se programmet og ."]
["lead","Nordby Venstre vil:"]
["bullet","gi alle elever et varmt måltid"]
["bullet","bygge skole i snake_case_gate og regne 2 * 3 = 6"]
["heading","Helse"]
["paragraph","Tekst med fotnote og en *stjerne*."]' "$(jq -c 'select(.kind != "pledge") | [.kind, .text]' out)" 'records'
expect_eq '["Skole og oppvekst"]' "$(jq -c 'select(.kind == "bullet") | .path' out | sort -u)" 'paths without attributes'
expect_eq 'Nordby Venstre' "$(jq -r 'select(.kind == "bullet") | .actor' out | sort -u)" 'actor'
# Lines and bytes still point into the source.
expect_eq '[11,11]' "$(jq -c 'select(.kind == "heading" and .text == "Skole og oppvekst") | .lines' out)" 'heading line'

# A document that starts with "---" but holds no YAML is not front matter.
printf -- '---\n\nTekst.\n\n---\n\nMer tekst.\n' >rules.txt
run extract rules.txt
expect_eq 'Tekst.|Mer tekst.' "$(jq -r '.text' out | paste -sd'|')" 'thematic breaks, not front matter'

# HTML line breaks part words, entities are their characters, a task list's box is
# markup.
printf '## Helse\n\nBergåsen MDG vil:\n\n1. Ansette flere helsesykepleiere<br>i skolen\n2. Gi alle elever gratis skolemat&nbsp;hver dag\n3. Innføre &laquo;grønne skolegårder&raquo; &amp; mer\n- [x] Gratis skolemat\n- [ ] Gratis SFO\n' >html-bits.md
run extract html-bits.md
expect_eq '"Ansette flere helsesykepleiere i skolen"
"Gi alle elever gratis skolemat hver dag"
"Innføre «grønne skolegårder» & mer"
"Gratis skolemat"
"Gratis SFO"' "$(jq -c 'select(.kind == "bullet") | .text' out)" 'breaks, entities and task boxes'
# Front matter after blank lines at the start is front matter still.
printf '\n---\ntitle: Valgprogram\nauthor: Nordli Venstre\n---\n\n# Skole\n\nVi vil bygge ny skole.\n' >late-yaml.md
run extract late-yaml.md
expect_eq '["heading","Skole"] ["paragraph","Vi vil bygge ny skole."] ["pledge","Vi vil bygge ny skole."]' \
  "$(jq -c '[.kind, .text]' out | paste -sd' ')" 'front matter after a blank line'
# Numeric entities; a title between two stars.
printf '★ Skole ★\n\nVi g&#229;r inn for gratis SFO p&#xE5; Nordby.\n' >numeric.txt
run extract numeric.txt
expect_eq '["heading","★ Skole ★"] ["pledge","Vi går inn for gratis SFO på Nordby."]' "$(jq -c 'select(.kind != "paragraph") | [.kind, .text]' out | paste -sd' ')" 'numeric entities and a decorated title'
# A web page saved as HTML, a block a line: headings, paragraphs each a block, lists.
printf '<h1>Valgprogram</h1>\n<h2>Skole</h2>\n<p>Skolen skal være trygg for alle.</p>\n<p><strong>Bømlo KrF vil:</strong></p>\n<ul>\n<li>bygge ny skole på Svortland</li>\n<li>gi alle elever gratis frukt</li>\n</ul>\n' >page.html
run extract page.html
expect_eq '["heading","Valgprogram",1]
["heading","Skole",2]
["paragraph","Skolen skal være trygg for alle.",null]
["lead","Bømlo KrF vil:",null]
["bullet","bygge ny skole på Svortland",null]
["bullet","gi alle elever gratis frukt",null]' "$(jq -c '[.kind, .text, .level]' out)" 'HTML blocks'
