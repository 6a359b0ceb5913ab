# The main job: scripts/report.mk builds the coverage report from the repository's corpus
# into this temporary folder (nothing is written into the source tree). The Markdown
# tables must agree with counts made here with jq straight from the JSON Lines the
# Makefile leaves behind; report.html must be well-formed XML with its heatmaps; a
# second make must rebuild nothing, and a touched rule file exactly what depends on it.
unset MAKEFLAGS MFLAGS MAKELEVEL
command -v make >/dev/null || { fail "make is not installed (Debian: apt-get install make)"; return; }
command -v xmllint >/dev/null || { fail "xmllint is not installed (Debian: apt-get install libxml2-utils)"; return; }

# The rule files are copies, so that touching one leaves the source tree alone.
mkdir rules
cp "$VIL_ROOT/corpus/tags/topics.tsv" "$VIL_ROOT/corpus/tags/sdg.tsv" rules/
R=$PWD/report
mk() {
  make --no-print-directory -f "$VIL_ROOT/scripts/report.mk" -C "$VIL_ROOT" VIL="$VIL" OUT="$R" \
    RULES="$PWD/rules/topics.tsv $PWD/rules/sdg.tsv" "$@"
}
programs='["ps-asker","ps-baerum","venstre-asker"]'

status=0
mk -j2 >make1.out 2>err || status=$?
expect_status 0
for f in records.jsonl tagged.jsonl pledges.jsonl plan.jsonl strategies.jsonl links-by-strategy.jsonl \
         links-by-pledge.jsonl quality.tsv sensitivity.tsv coverage-focus.tsv coverage-sdg.tsv topics.tsv summary.tsv \
         asker-vs-baerum.jsonl asker-vs-baerum.tsv report.md report.html; do
  checks=$((checks + 1))
  [ -s "$R/$f" ] || fail "$f was not made"
done
[ -s "$R/report.md" ] && [ -s "$R/report.html" ] || return

# The links, slimmed down for the counts below (the records they carry are large).
jq -c '{rank, left: {doc: .left.doc}, right: {id: .right.id}}' "$R/links-by-strategy.jsonl" >ls.jsonl
# lp.jsonl: the pledges with no link that addresses a plan row ("unmatched" below).
jq -rc 'select(.addresses) | .right.id' "$R/links-by-pledge.jsonl" | sort -u >addressed.ids
jq -c --rawfile a addressed.ids '($a | split("\n")) as $ids | select(.id as $i | $ids | index([$i]) | not)
  | {unmatched: "right", right: {doc}}' "$R/pledges.jsonl" >lp.jsonl

# links-by-strategy.jsonl is links-by-pledge.jsonl's addressing links to strategies,
# turned round and ranked per strategy and program.
expect_eq "$(jq -c 'select(.addresses and .left.kind == "strategy") | [.right.id, .left.id, .score]' "$R/links-by-pledge.jsonl" | sort)" \
  "$(jq -c '[.left.id, .right.id, .score]' "$R/links-by-strategy.jsonl" | sort)" 'links-by-strategy: the addressing links'
expect_eq 0 "$(jq -sc 'group_by([.right.id, .left.doc]) | map(select(map(.rank) != [range(1; length + 1)])) | length' "$R/links-by-strategy.jsonl")" \
  'links-by-strategy: ranks 1.. per strategy and program'


# The rows of the first table under the "## TITLE" heading of report.md, without its
# header and separator rows.
rows() {
  awk -v h="## $1" '
    $0 == h { on = 1; next }
    on && /^## / { exit }
    on && !table && /^\|/ { table = 1; next }
    table == 1 && /^\| ---/ { table = 2; next }
    table == 2 && /^\|/ { print; next }
    table == 2 { exit }' "$R/report.md"
}
# pct N D: N of D as a rounded percentage, as the report writes it.
jqdefs='def pct(n; d): if d > 0 then (n / d * 100 + 0.5 | floor) else 0 end; def cell(n; d): "\(n) (\(pct(n; d))%)";'

# quality.tsv is vil agree on the links and the codings; the report's table says the same.
coding=$(cd "$VIL_ROOT" && for f in ../shared/gold/links-dev.tsv tests/data/links-extra.tsv tests/data/links-extra2.tsv tests/data/links-extra3.tsv tests/data/links-extra4.tsv tests/data/links-extra5.tsv; do [ -r "$f" ] && printf '%s ' "$VIL_ROOT/$f"; done)
# shellcheck disable=SC2086
"$VIL" agree --format tsv "$R/links-by-pledge.jsonl" $coding >agree.tsv
checks=$((checks + 1))
cmp -s agree.tsv "$R/quality.tsv" || fail "quality.tsv is not vil agree's output"
expect_eq "$(awk -F'\t' '$1 == "all" { printf "| all | %s | %s | %s | %s | %s | %s |", $2, $3, $4, $5, $6, $7 }' agree.tsv)" \
  "$(rows 'How good are the links?' | grep '^| all ')" 'quality table, all'
expect_eq 5 "$(awk '/^## How good are the links/ { on = 1; next } /^## / { on = 0 } on && /^\| \**0(\.[0-9]+)?\** \|/' "$R/report.md" | wc -l | tr -d ' ')" \
  'sensitivity rows'
expect_eq "$(awk -F'\t' '$1 == "0.1"' "$R/sensitivity.tsv" | cut -f3 | paste -sd' ')" \
  "$(jq -r 'select(.rank == 1) | [.left.doc, .right.id] | @tsv' "$R/links-by-strategy.jsonl" | sort -u | cut -f1 | uniq -c | awk '{ print $1 }' | paste -sd' ')" \
  'sensitivity at MARGIN=0.1: the strategies addressed'

# The corpus: 87 strategies under 8 focus areas, and the three programs' pledges.
expect_eq 87 "$(wc -l <"$R/strategies.jsonl" | tr -d ' ')" 'strategies'
expect_eq 'ps-asker:183 ps-baerum:92 venstre-asker:26' \
  "$(jq -r .doc "$R/pledges.jsonl" | uniq -c | awk '{ printf "%s%s:%s", sep, $2, $1; sep = " " }')" 'pledges per program'

# What make prints at the end: where the report is, and one line per program whose
# numbers are those of the intermediates.
expected=$(jq -rn --slurpfile p "$R/pledges.jsonl" --slurpfile s "$R/strategies.jsonl" \
  --slurpfile ls ls.jsonl --slurpfile lp lp.jsonl --argjson progs "$programs" "$jqdefs"'
  "Report: '"$R"'/report.md and '"$R"'/report.html (every step'"'"'s output is in '"$R"'/)",
  ($progs[] as $d
   | ([$p[] | select(.doc == $d)]) as $mine
   | ([$ls[] | select(.left.doc == $d) | .right.id] | unique | length) as $a
   | ([$lp[] | select(.unmatched == "right" and .right.doc == $d)] | length) as $u
   | "\($mine[0].meta.author) addresses \($a) of \($s | length) strategies (\(pct($a; $s | length))%); \(($mine | length) - $u) of its \($mine | length) pledges (\(pct(($mine | length) - $u; $mine | length))%) address a plan row.")')
expected="$expected
$(awk -F'\t' '$1 == "all" { printf "Measured on %d hand-coded pledges: %s of the links counted are right; recall@1 %s, recall@3 %s.", $2, $6, $3, $4 }' agree.tsv)"
expect_eq "$expected" "$(tail -5 make1.out)" 'summary printed by make'

# Summary table.
expected=$(jq -rn --slurpfile p "$R/pledges.jsonl" --slurpfile s "$R/strategies.jsonl" \
  --slurpfile ls ls.jsonl --slurpfile lp lp.jsonl --argjson progs "$programs" "$jqdefs"'
  $progs[] as $d | ([$p[] | select(.doc == $d)] | length) as $n
  | ([$ls[] | select(.left.doc == $d) | .right.id] | unique | length) as $a
  | ($n - ([$lp[] | select(.unmatched == "right" and .right.doc == $d)] | length)) as $l
  | "| \([$p[] | select(.doc == $d)][0].meta.author) (`\($d)`) | \($n) | \(cell($l; $n)) | \($a) of \($s | length) (\(pct($a; $s | length))%) |"')
expect_eq "$expected" "$(rows Summary)" 'summary table'

# Coverage per focus area: 8 rows in plan order and a total; a program addresses a
# strategy when it has a link to it.
expect_eq "| focus area | strategies | Partiet Sentrum Asker | Partiet Sentrum Bærum | Asker Venstre |" \
  "$(awk '/^## Coverage per focus area/ { on = 1 } on && /^\|/ { print; exit }' "$R/report.md")" 'focus table header'
expected=$(jq -rn --slurpfile s "$R/strategies.jsonl" --slurpfile l ls.jsonl --argjson progs "$programs" "$jqdefs"'
  ($s | map(.path[0]) | reduce .[] as $a ([]; if index([$a]) then . else . + [$a] end)) as $areas
  | ($areas[] as $a | [$s[] | select(.path[0] == $a) | .id] as $ids
     | "| \($a) | \($ids | length) | " + ([$progs[] as $p | [$l[] | select(.left.doc == $p) | .right.id as $id
         | select(any($ids[]; . == $id)) | $id] | unique | length | cell(.; $ids | length)] | join(" | ")) + " |"),
    ("| **total** | \($s | length) | " + ([$progs[] as $p | [$l[] | select(.left.doc == $p) | .right.id] | unique | length
         | cell(.; $s | length)] | join(" | ")) + " |")')
expect_eq "$expected" "$(rows 'Coverage per focus area')" 'coverage per focus area'
expect_eq 'Samarbeid for å nå målene|Bærekraftige byer og samfunn|Handling mot klimaendringene|God helse|God utdanning|Innovasjon, digitalisering og næringsutvikling|Medarbeidere|Økonomi|**total**' \
  "$(rows 'Coverage per focus area' | awk -F' \\| ' '{ sub(/^\| /, "", $1); printf "%s%s", sep, $1; sep = "|" }')" 'the 8 focus areas'

# Coverage per SDG (the default, STRATEGY_SDG=tags: a strategy's sdg:N tags).
expected=$(jq -rn --slurpfile s "$R/strategies.jsonl" --slurpfile l ls.jsonl --argjson progs "$programs" "$jqdefs"'
  def sdgs: [.tags[] | select(test("^sdg:[0-9]+$")) | ltrimstr("sdg:") | tonumber];
  ([$s[] | sdgs[]] | unique) as $goals
  | ($goals[] as $g | [$s[] | select(sdgs | index([$g])) | .id] as $ids
     | "| \($g) | \($ids | length) | " + ([$progs[] as $p | [$l[] | select(.left.doc == $p) | .right.id as $id
         | select(any($ids[]; . == $id)) | $id] | unique | length | cell(.; $ids | length)] | join(" | ")) + " |"),
    ("| **total** | \($s | length) | " + ([$progs[] as $p | [$l[] | select(.left.doc == $p) | .right.id] | unique | length
         | cell(.; $s | length)] | join(" | ")) + " |")')
expect_eq "$expected" "$(rows 'Coverage per SDG' | sed -E 's/^\| ([0-9]+) [^|]*\|/| \1 |/')" 'coverage per SDG'

# The strategies no program addresses.
n=$(jq -rn --slurpfile s "$R/strategies.jsonl" --slurpfile l ls.jsonl \
  '([$l[].right.id] | unique) as $hit | [$s[] | select(.id as $id | $hit | index([$id]) | not)] | length')
expect_eq "$n" "$(rows 'Strategies no program addresses' | wc -l | tr -d ' ')" 'strategies no program addresses'

# Per program, the pledges that address no plan row.
expected=$(jq -rn --slurpfile p "$R/pledges.jsonl" --slurpfile lp lp.jsonl --argjson progs "$programs" '
  $progs[] as $d | "### \([$p[] | select(.doc == $d)][0].meta.author): \([$lp[] | select(.unmatched == "right" and .right.doc == $d)] | length) of \([$p[] | select(.doc == $d)] | length) pledges"')
expect_eq "$expected" "$(grep '^### .*: [0-9]* of [0-9]* pledges$' "$R/report.md")" 'pledges that address no plan row'
expect_eq "$(wc -l <lp.jsonl | tr -d ' ')" \
  "$(awk '/^## Pledges that address no plan row/ { on = 1; next } /^## / { on = 0 } on && /^\| [0-9]+ \|/' "$R/report.md" | wc -l | tr -d ' ')" \
  'all rows of pledges that address no plan row'

# Asker vs Bærum: counts as in the vil diff output; every edited pledge with its diff.
expected=$(jq -rn --slurpfile a "$R/asker-vs-baerum.jsonl" '
  def n(op): [$a[] | select(.op == op)] | length;
  "| shared word for word\(if n("moved") > 0 then " (\(n("moved")) of them moved)" else "" end) | \(n("same") + n("moved")) |",
  "| edited between the two | \(n("changed")) |",
  "| only in Partiet Sentrum Asker | \(n("removed")) |",
  "| only in Partiet Sentrum Bærum | \(n("added")) |"')
expect_eq "$expected" "$(rows 'Two programs compared')" 'Asker vs Bærum counts'
expect_eq '| shared word for word | 42 |' "$(rows 'Two programs compared' | head -1)" 'shared word for word'
expect_eq "$(jq -c 'select(.op == "changed")' "$R/asker-vs-baerum.jsonl" | wc -l | tr -d ' ')" \
  "$(grep -c '^| [01]\.[0-9]* | .* | ps-asker:[0-9]* → ps-baerum:[0-9]*' "$R/report.md")" 'edited pledges'
checks=$((checks + 1))
grep -qF '| 0.906 | stimulere til et mangfold i skole- og ~~opplæringstilbudet,~~ **opplæringsstilbudet,** særlig' "$R/report.md" ||
  fail 'the word-level diff of ps-asker:83 -> ps-baerum:44'

# Topic profile: per topic tag, the pledges of each program that have it.
expected=$(jq -rn --slurpfile p "$R/pledges.jsonl" --argjson progs "$programs" "$jqdefs"'
  def topics: [.tags[] | select(startswith("topic:"))];
  ([$p[] | topics[]] | unique) as $ts
  | ($ts[] as $t | "| \($t | ltrimstr("topic:")) | " + ([$progs[] as $d | [$p[] | select(.doc == $d)] as $mine
       | [$mine[] | select(topics | index([$t]))] | length | cell(.; $mine | length)] | join(" | ")) + " |"),
    (if any($p[]; topics == []) then "| none | " + ([$progs[] as $d | [$p[] | select(.doc == $d)] as $mine
       | [$mine[] | select(topics == [])] | length | cell(.; $mine | length)] | join(" | ")) + " |" else empty end),
    ("| **pledges** | " + ([$progs[] as $d | [$p[] | select(.doc == $d)] | length | tostring] | join(" | ")) + " |")' | sort)
expect_eq "$expected" "$(rows 'Topic profile' | sort)" 'topic profile'

# Best pledges per strategy: one section per focus area, one row per link.
expect_eq 8 "$(awk '/^## Best pledges per strategy/ { on = 1; next } /^## / { on = 0 } on && /^### /' "$R/report.md" | wc -l | tr -d ' ')" 'focus areas of best pledges'
expect_eq "$(wc -l <"$R/links-by-strategy.jsonl" | tr -d ' ')" \
  "$(awk '/^## Best pledges per strategy/ { on = 1; next } /^## / { on = 0 } on && /^\| .* \| [01]\.[0-9][0-9][0-9] \| /' "$R/report.md" | wc -l | tr -d ' ')" 'links in best pledges'

# report.html: one well-formed (X)HTML file with two heatmaps (tables coloured by share),
# one cell per program and focus area or SDG, and nothing fetched from elsewhere
# (tests/cli/report_layout.sh draws it on a phone and a desk).
checks=$((checks + 1))
xmllint --noout "$R/report.html" 2>xml.err || fail "report.html is not well-formed: $(head -3 xml.err)"
expect_eq 2 "$(xmllint --xpath 'count(//*[local-name()="table"][@class="heat"])' "$R/report.html" 2>&1)" 'heatmaps in report.html'
heat_cells() { xmllint --xpath "count((//*[local-name()='table'][@class='heat'])[$1]//*[local-name()='td'])" "$R/report.html"; }
expect_eq 24 "$(heat_cells 1)" 'focus heatmap cells'
expect_eq "$((3 * $(rows 'Coverage per SDG' | grep -vc total)))" "$(heat_cells 2)" 'SDG heatmap cells'
expect_eq 'http://www.w3.org/1999/xhtml' \
  "$(grep -o 'https\?://[^"]*' "$R/report.html" | sort -u | paste -sd' ')" 'no address but the XHTML namespace'
expect_eq 0 "$(grep -ci '<script\|<link\|<img\|@import\|href="http' "$R/report.html")" 'no scripts, stylesheets, images, imports or outside links'

# A second make rebuilds nothing and prints the same summary.
touch stamp
mk -q "$R/report.md" "$R/report.html" 2>err || fail "make -q: the report is out of date right after make"
status=0
mk -j2 >make2.out 2>err || status=$?
expect_status 0
expect_eq "$(tail -5 make1.out)" "$(cat make2.out)" 'second make: only the summary'
expect_eq '' "$(find "$R" -newer stamp -type f | sort)" 'second make: files rewritten'
cp "$R/report.md" report1.md

# Touching a rule file remakes the tags and what depends on them, not the records
# or the Asker-Bærum alignment; the same rules give the same report.
touch rules/sdg.tsv
touch stamp2
status=0
mk -q "$R/report.md" 2>err || status=$?
expect_status 1
status=0
mk -j2 >make3.out 2>err || status=$?
expect_status 0
expect_eq "coverage-focus.tsv coverage-sdg.tsv links-by-pledge.jsonl links-by-strategy.jsonl plan.jsonl pledges.jsonl quality.tsv report.html report.md sensitivity.tsv strategies.jsonl summary.tsv tagged.jsonl topics.tsv" \
  "$(find "$R" -maxdepth 1 -newer stamp2 -type f -printf '%f\n' | sort | paste -sd' ')" 'remade after touching a rule file'
checks=$((checks + 1))
if ! grep -q ' tag -r ' make3.out || grep -q ' extract \| diff ' make3.out; then
  fail "after touching a rule file, make ran: $(grep -v '^ *[A-Z]' make3.out | cut -c1-60 | paste -sd' ')"
fi
checks=$((checks + 1))
cmp -s report1.md "$R/report.md" || fail 'the same inputs gave a different report.md'

# A setting the step uses remakes it: a higher DECIDE counts fewer links.
status=0
mk DECIDE=0.4 "$R/links-by-strategy.jsonl" >make4.out 2>err || status=$?
expect_status 0
expect_eq 0 "$(jq -c 'select(.score < 0.4)' "$R/links-by-strategy.jsonl" | wc -l | tr -d ' ')" 'DECIDE=0.4'
checks=$((checks + 1))
[ "$(wc -l <"$R/links-by-strategy.jsonl")" -gt 0 ] || fail 'DECIDE=0.4 kept no link'

# A margin at which no program addresses a strategy keeps its rows, with zeros: a
# sensitivity table that dropped them would hide where the counts reach nothing.
status=0
mk SENSITIVITY="0.1 0.9" "$R/sensitivity.tsv" >make5.out 2>err || status=$?
expect_status 0
expect_eq '0.9	ps-asker	0	0	0
0.9	ps-baerum	0	0	0
0.9	venstre-asker	0	0	0' "$(awk -F'\t' '$1 == "0.9"' "$R/sensitivity.tsv")" 'SENSITIVITY: a margin nothing reaches'

# A document id that is not in the corpus is an error that says so.
status=0
make --no-print-directory -f "$VIL_ROOT/scripts/report.mk" -C "$VIL_ROOT" VIL="$VIL" OUT="$PWD/bad" \
  PROGRAMS=no-such-program "$PWD/bad/pledges.jsonl" >/dev/null 2>err || status=$?
expect_status 2
checks=$((checks + 1))
grep -q "report.mk: no bullets of no-such-program in $PWD/bad/tagged.jsonl" err || fail "unknown program: $(cat err)"

# A headless browser draws the page (Debian's chromium, when installed): not blank.
if command -v chromium >/dev/null; then
  profile=$(mktemp -d)
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --screenshot="$PWD/shot.png" --window-size=1200,1600 "file://$R/report.html" >chromium.log 2>&1
  rm -rf "$profile"
  checks=$((checks + 1))
  if [ ! -s shot.png ]; then
    fail "chromium made no screenshot: $(tail -3 chromium.log)"
  else
    # A blank 1200x1600 page is about 8 KB of PNG; the report's first screen is far more.
    size=$(wc -c <shot.png | tr -d ' ')
    [ "$size" -gt 30000 ] || fail "screenshot is $size bytes: blank?"
    colours=
    if python3 -c 'import PIL' 2>/dev/null; then
      colours=$(python3 -c 'import sys; from PIL import Image; print(len(Image.open(sys.argv[1]).convert("RGB").getcolors(1 << 24)))' shot.png)
    elif command -v identify >/dev/null; then
      colours=$(identify -format '%k' shot.png)
    fi
    if [ -n "$colours" ]; then
      checks=$((checks + 1))
      [ "$colours" -gt 16 ] || fail "screenshot has $colours colours"
    fi
  fi
else
  echo "skip: chromium not installed (screenshot)"
fi

# clean removes what make made, and the folder.
status=0
mk clean >/dev/null 2>err || status=$?
expect_status 0
checks=$((checks + 1))
[ ! -e "$R" ] || fail "clean left $(ls -A "$R")"
