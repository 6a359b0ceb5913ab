# Two parties' programs: Partiet Sentrum's Asker and Bærum programs share many pledges
# with the municipality's name swapped, some edited. With --equate Asker=Bærum, vil diff
# pairs them; the twelve edited pairs below were checked by hand.
"$VIL" extract "$VIL_ROOT/corpus/ps-asker.txt" >asker.jsonl
"$VIL" extract "$VIL_ROOT/corpus/ps-baerum.txt" >baerum.jsonl
run diff --kind bullet --equate Asker=Bærum asker.jsonl baerum.jsonl --stat
expect_status 1
expect_eq '{"same":42,"changed":13,"moved":0,"removed":128,"added":37}' "$(cat out)" 'ops'
# The name swap makes these the same, not changed.
run diff --kind bullet --equate Asker=Bærum asker.jsonl baerum.jsonl
expect_eq 'same' "$(jq -r 'select(.left.text == "en handlingsplan mot rasisme i Asker på tvers av utdanning, arbeidsliv og sivilsamfunn.") | .op' out)" 'Asker = Bærum'
# The lightly edited pledges are paired (left line -> right line): twelve edits, and
# 381>194, two different pledges on young people's health care that score 0.51, just
# over the threshold (see SIMILARITY in vil-diff(1)).
expect_eq '83>44 164>92 168>94 170>97 200>103 211>115 242>25 266>133 328>160 368>195 381>194 443>214 445>215' \
  "$(jq -r 'select(.op == "changed") | "\(.left.lines[0])>\(.right.lines[0])"' out | sort -n | paste -sd' ')" 'changed pairs'
# Without --equate the pledges naming the municipality are only similar.
run diff --kind bullet asker.jsonl baerum.jsonl --stat
expect_eq '{"same":40,"changed":15,"moved":0,"removed":128,"added":37}' "$(cat out)" 'ops without --equate'
