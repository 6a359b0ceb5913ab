# A numbered or bullet item whose text goes on after a blank line, indented under the
# item (as Markdown writes a second paragraph of an item): the text belongs to the
# item, and the items after it keep their lead-in.

cat >items.md <<'DOC'
Nordby Venstre vil:

1. gi alle barn en trygg skolevei.

   Det betyr fortau og lys langs alle skoleveier.
2. bygge ny svømmehall
3. styrke biblioteket

Et avsnitt etter listen.
DOC
run extract items.md
expect_status 0
expect_eq '["lead","Nordby Venstre vil:",null,[1,1]]
["bullet","gi alle barn en trygg skolevei. Det betyr fortau og lys langs alle skoleveier.",1,[3,5]]
["bullet","bygge ny svømmehall",2,[6,6]]
["bullet","styrke biblioteket",3,[7,7]]
["paragraph","Et avsnitt etter listen.",null,[9,9]]' "$(jq -c '[.kind, .text, .number, .lines]' out)" 'records'
expect_eq 3 "$(count '.kind == "bullet" and .actor == "Nordby Venstre"')" 'items keeping the lead-in'
