# The same document at two versions: a test copy of ps-asker with one bullet edited,
# one removed, one added and one moved. vil diff finds exactly those, as diff(1) would
# say: exit 1, and 0 when nothing changed.
cp "$VIL_ROOT/corpus/ps-asker.txt" ps-asker.txt
"$VIL" extract ps-asker.txt >old.jsonl
/usr/bin/python3 - <<'PY'
p = "ps-asker.txt"
s = open(p, encoding="utf-8").read()
def edit(old, new):
    global s
    assert s.count(old) == 1, old
    s = s.replace(old, new)
edit("- ha en småjobbsentral for unge\n", "- ha en småjobbsentral for ungdom i hele kommunen\n")
edit("- sikre tilbud om kurs i bedriftsetablering\n", "")
edit("- innføre tegnspråk som valgfag på ungdomsskolen\n",
     "- innføre tegnspråk som valgfag på ungdomsskolen\n- tilby svømmeopplæring til alle elever i 3. klasse\n")
edit("- arbeide for å redusere støy fra E18 i samarbeid med relevante aktører\n", "")
edit("- prioritere bærekraftig, trafikk sikker",
     "- arbeide for å redusere støy fra E18 i samarbeid med relevante aktører\n- prioritere bærekraftig, trafikk sikker")
open(p, "w", encoding="utf-8").write(s)
PY
"$VIL" extract ps-asker.txt >new.jsonl

run diff old.jsonl new.jsonl --stat
expect_status 1
# 310 structural records and the 18 pledges made in its paragraphs are unchanged.
expect_eq '{"same":328,"changed":1,"moved":1,"removed":1,"added":1}' "$(cat out)" 'ops'

run diff old.jsonl new.jsonl
expect_status 1
expect_eq '["changed",[77,77],[77,77]] ["removed",[80,80],null] ["moved",[216,216],[210,210]] ["added",null,[300,300]]' \
  "$(jq -c 'select(.op != "same") | [.op, .left.lines, .right.lines]' out | paste -sd' ')" 'what changed, where'
expect_eq '[["=","ha en småjobbsentral for"],["-","unge"],["+","ungdom i hele kommunen"]]' \
  "$(jq -c 'select(.op == "changed") | .diff' out)" 'word-level diff'
expect_eq 'true' "$(jq -c 'select(.op == "moved") | .moved' out)" 'moved flag'

run diff old.jsonl new.jsonl --format text
expect_eq '~ ha en småjobbsentral for [-unge-] {+ungdom i hele kommunen+}  (0.828: ps-asker:77 -> ps-asker:77)
- sikre tilbud om kurs i bedriftsetablering  (ps-asker:80)
> arbeide for å redusere støy fra E18 i samarbeid med relevante aktører  (moved: ps-asker:216 -> ps-asker:210)
+ tilby svømmeopplæring til alle elever i 3. klasse  (ps-asker:300)' "$(cat out)" 'text diff'

# A CI check: the new extract against the saved one on standard input.
"$VIL" extract ps-asker.txt | "$VIL" diff new.jsonl - >/dev/null
expect_eq 0 "$?" 'no differences against itself'
"$VIL" extract "$VIL_ROOT/corpus/ps-asker.txt" | "$VIL" diff new.jsonl - >/dev/null
expect_eq 1 "$?" 'differences against the corpus'
run diff - -
expect_status 2
expect_err 'vil: only one of LEFT and RIGHT can be standard input'
