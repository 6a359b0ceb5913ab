# The structure counted by hand in ../shared/seeds/README.md, reproduced exactly
# from the shipped corpus (corpus/ holds the seeds byte-identical).

run extract "$VIL_ROOT/corpus/"
expect_status 0
expect_err ""

# kinds KIND DOC -> number of records
kinds() { count ".doc == \"$2\" and .kind == \"$1\""; }

# ps-asker (seed 000): 25 headings, 22 toc entries, 24 leads, 183 bullets.
expect_eq 25 "$(kinds heading ps-asker)" "ps-asker headings"
expect_eq 22 "$(kinds toc ps-asker)" "ps-asker toc entries"
expect_eq 24 "$(kinds lead ps-asker)" "ps-asker leads"
expect_eq 22 "$(count '.doc == "ps-asker" and .kind == "lead" and .text == "PS vil:"')" "ps-asker 'PS vil:' leads"
expect_eq "Barnehage og barnevern:|Skole:" \
  "$(jq -r 'select(.doc == "ps-asker" and .kind == "lead" and .text != "PS vil:") | .text' out | paste -sd'|')" "ps-asker sub-head leads"
expect_eq 183 "$(kinds bullet ps-asker)" "ps-asker bullets"
expect_eq 0 "$(count '.doc == "ps-asker" and .kind == "bullet" and .actor != "PS"')" "ps-asker bullets pledged by someone but PS"
# The title block above the TOC is not among the 25, and INNHold<TAB>0 is the TOC's title.
expect_eq 0 "$(count '.doc == "ps-asker" and .kind == "heading" and (.text | test("PROGRAM|PARTIET|INNHold"))')" "title block headings"
expect_eq 0 "$(count '.kind == "toc" and .text == "INNHold"')" "TOC title as an entry"
# TOC titles rank the headings: the 22 in the TOC are level 1, the other three level 2.
jq -r 'select(.doc == "ps-asker" and .kind == "toc") | .text' out | sort >toc_titles
jq -r 'select(.doc == "ps-asker" and .kind == "heading" and .level == 1) | .text' out | sort >level1
cmp -s toc_titles level1 || fail "level-1 headings are not the TOC titles"
expect_eq "Livslang læring|Forebyggende helsearbeid og kampen mot ensomhet|Psykisk og fysisk helsearbeid blant barn og unge" \
  "$(jq -r 'select(.doc == "ps-asker" and .kind == "heading" and .level == 2) | .text' out | paste -sd'|')" "ps-asker level-2 headings"
# The paragraph split by a page break is one paragraph.
expect_eq "[361,363]" \
  "$(jq -c 'select(.doc == "ps-asker" and (.text | startswith("Når unge sliter"))) | .lines' out)" "page-break paragraph lines"
expect_eq 1 "$(count '.doc == "ps-asker" and .kind == "paragraph" and (.text | contains("Dette er særlig utfordrende for barn og unge med sammensatte problemer"))')" "page-break paragraph joined"
expect_eq 0 "$(count '.doc == "ps-asker" and (.text | startswith("utfordrende"))')" "page-break tail as its own record"

# ps-baerum (seed 001): 16 headings, 12 leads, 92 bullets (81 '- ' and 11 numbered).
expect_eq 16 "$(kinds heading ps-baerum)" "ps-baerum headings"
expect_eq 0 "$(count '.doc == "ps-baerum" and (.text | contains("**") or startswith("#"))')" "markdown left in ps-baerum text"
expect_eq 12 "$(kinds lead ps-baerum)" "ps-baerum leads"
expect_eq 11 "$(count '.doc == "ps-baerum" and .kind == "lead" and .text == "Partiet Sentrum Bærum vil:"')" "ps-baerum 'vil:' leads"
expect_eq 92 "$(kinds bullet ps-baerum)" "ps-baerum bullets"
expect_eq "1 2 3 4 5 6 7 8 9 10 11" \
  "$(jq -r 'select(.doc == "ps-baerum" and .number != null) | .number' out | paste -sd' ')" "ps-baerum numbered items"
expect_eq 0 "$(count '.doc == "ps-baerum" and .kind == "bullet" and .actor != "Partiet Sentrum Bærum"')" "ps-baerum bullet actors"

# venstre-asker (seed 002): 5 headings, 3 leads, 26 bullets, the OBS notice apart.
expect_eq 5 "$(kinds heading venstre-asker)" "venstre-asker headings"
expect_eq 3 "$(count '.doc == "venstre-asker" and .kind == "lead" and .text == "Asker Venstre vil:"')" "venstre-asker leads"
expect_eq 26 "$(kinds bullet venstre-asker)" "venstre-asker bullets"
expect_eq 0 "$(count '.kind == "bullet" and (.text | contains("OBS"))')" "OBS notice glued to a bullet"
expect_eq "paragraph" "$(jq -r 'select(.text | startswith("OBS!")) | .kind' out)" "OBS notice kind"

# kommuneplan-asker (seed 003): 8 focus areas, 8 goals, 28 subgoals, 87 strategies,
# 1 lead with 2 bullets; header rows are not goals.
expect_eq 8 "$(kinds goal kommuneplan-asker)" "goals"
expect_eq 28 "$(kinds subgoal kommuneplan-asker)" "subgoals"
expect_eq 87 "$(kinds strategy kommuneplan-asker)" "strategies"
expect_eq 1 "$(kinds lead kommuneplan-asker)" "kommuneplan leads"
expect_eq 2 "$(kinds bullet kommuneplan-asker)" "kommuneplan bullets"
expect_eq 0 "$(count '.text | test("^Referanse( |$)|HOVEDMÅL|DELMÅL")')" "table header rows as records"
expect_eq 0 "$(count '.kind == "heading" and (.text == "Hovedmål" or .text == "Delmål og strategier")')" "captions as headings"
# Every goal hangs under its focus-area heading, which is its path.
expect_eq 8 "$(jq -r 'select(.kind == "goal") | .path | last' out | sort -u | wc -l | tr -d ' ')" "distinct focus areas of goals"
jq -s '
  (map({key: .id, value: .}) | from_entries) as $by_id
  | [ .[] | select(.doc == "kommuneplan-asker")
      | . as $r
      | $by_id[$r.parent // ""] as $p
      | select(
          ($r.kind == "strategy" and ($p.kind != "subgoal" or $p.path != $r.path)) or
          ($r.kind == "subgoal" and ($p.kind != "goal" or $p.path != $r.path)) or
          ($r.kind == "goal" and ($p.kind != "heading" or $p.text != ($r.path | last))))
      | $r.lines[0] ] | length' out >bad_parents
expect_eq 0 "$(cat bad_parents)" "plan rows whose parent is not the row above them in the hierarchy"
# Strategies follow their subgoal in the source: each parent is the nearest subgoal above.
expect_eq "FN-T|FN-T 14.2 15.1 15.3 15.5|14.2 15.1 15.3 15.5|14 15" \
  "$(jq -r 'select(.refs.raw == "FN-T 14.2 15.1 15.3 15.5") | [(.refs.bases | join(" ")), .refs.raw, (.refs.targets | join(" ")), (.refs.sdg | map(tostring) | join(" "))] | join("|")' out)" "refs of a four-target code"
expect_eq '["FN-T","AK"] ["11.a"] [11]' \
  "$(jq -c 'select(.refs.raw == "FN-T 11.a AK") | [.refs.bases, .refs.targets, .refs.sdg]' out | head -1 | jq -r 'map(tojson) | join(" ")')" "refs of FN-T 11.a AK"
expect_eq 0 "$(count '.refs != null and (.refs.raw | length) == 0')" "plan rows without a reference code"

# handlingsprogram-medvirkning (seed 004): 3 headings, 1 lead, 2 bullets, hard wraps joined.
expect_eq 3 "$(kinds heading handlingsprogram-medvirkning)" "action-plan headings"
expect_eq 1 "$(kinds lead handlingsprogram-medvirkning)" "action-plan leads"
expect_eq 2 "$(kinds bullet handlingsprogram-medvirkning)" "action-plan bullets"
for joined in "legges økt vekt på" "i Kulturhagen ved Søndre Borgen," "gode prosesser for samskaping."; do
  n=$(jq -c --arg t "$joined" 'select(.kind == "paragraph" and (.text | contains($t)))' out | wc -l | tr -d ' ')
  expect_eq 1 "$n" "hard wrap joined: $joined"
done
expect_eq 0 "$(count '.text | test("\u00a0|  ")')" "no-break or double spaces left in text"

# Every record traces back to whole source lines: bytes start at its first line and end
# at its last line's end. A pledge made in prose is a sentence of a paragraph: its bytes
# are exactly the sentence (spaces folded), on its lines.
/usr/bin/python3 - "$VIL_ROOT/corpus" out <<'PY' || fail "bytes do not match lines"
import json, sys, os
corpus, out = sys.argv[1], sys.argv[2]
files = {}
for line in open(os.path.join(corpus, "manifest.tsv"), encoding="utf-8"):
    cells = line.rstrip("\n").split("\t")
    if line.startswith("#") or cells[0] == "id":
        continue
    files[cells[0]] = open(os.path.join(corpus, cells[1]), "rb").read()
bad = 0
for n, line in enumerate(open(out, encoding="utf-8"), 1):
    r = json.loads(line)
    data = files[r["doc"]]
    b, e = r["bytes"]
    first, last = r["lines"]
    start_line = data[:b].count(b"\n") + 1
    if r["kind"] == "pledge":
        source = " ".join(data[b:e].decode("utf-8").replace("\u00a0", " ").split())
        if source != r["text"] or start_line != first or start_line + data[b:e].count(b"\n") != last:
            bad += 1
            print(f"record {n}: pledge bytes {r['bytes']} lines {r['lines']}", file=sys.stderr)
        continue
    ok = (b == 0 or data[b - 1:b] == b"\n" or (b == 3 and data[:3] == b"\xef\xbb\xbf")) \
        and (e == len(data) or data[e:e + 1] == b"\n") \
        and start_line == first and start_line + data[b:e].count(b"\n") == last
    if not ok:
        bad += 1
        print(f"record {n}: bytes {r['bytes']} lines {r['lines']}", file=sys.stderr)
sys.exit(1 if bad else 0)
PY
