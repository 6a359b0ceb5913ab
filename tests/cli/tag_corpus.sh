# The shipped rule files (corpus/tags/topics.tsv, corpus/tags/sdg.tsv) on the extracted
# corpus. Facts checked by reading the rules and the texts.

"$VIL" extract "$VIL_ROOT/corpus/" >records.jsonl
# Run from the source tree so the rules are named as in the README (corpus/tags/...).
status=0
(cd "$VIL_ROOT" && "$VIL" tag -r corpus/tags/topics.tsv -r corpus/tags/sdg.tsv) <records.jsonl >out 2>err || status=$?
expect_status 0
expect_err ''
cp out tagged.jsonl
expect_eq 699 "$(count true)" 'every record written'
expect_eq 0 "$(count '(.tags | type) != "array" or (.why | type) != "array"')" 'records without tags or why'
expect_eq 0 "$(count '.tags != (.tags | unique)')" 'tags not sorted and unique'
expect_eq 0 "$(count '(.tags | sort) != ([.why[].tag] | unique)')" 'tags without a why, or why without a tag'

# Every one of the 87 strategies has at least one SDG tag: the 35 with FN-T codes from
# their refs (rule "refs"), the 52 marked only AK from the SDG rules.
expect_eq 87 "$(count '.kind == "strategy"')" 'strategies'
expect_eq 0 "$(count '.kind == "strategy" and ([.tags[] | select(startswith("sdg:"))] | length) == 0')" 'strategies without an SDG tag'
expect_eq 35 "$(count '.kind == "strategy" and (.refs.sdg | length) > 0')" 'strategies with codes'
# A plan row's own codes all become tags, each with a why entry "refs".
expect_eq 0 "$(count '(.kind == "goal" or .kind == "subgoal" or .kind == "strategy") and ((.refs.sdg | map("sdg:\(.)")) - .tags | length) > 0')" 'codes not tagged'
expect_eq 0 "$(count '.kind == "bullet" and any(.why[]; .rule == "refs")')" 'refs tags on a bullet'
# The four-target strategy: sdg:14 and sdg:15 from its refs and from the rules.
run grep -F --field refs.raw 'FN-T 14.2 15.1 15.3 15.5' tagged.jsonl
expect_eq '["sdg:14","sdg:15","topic:environment"]' "$(jq -c .tags out)" 'tags of the FN-T 14/15 strategy'
expect_eq '{"tag":"sdg:14","rule":"refs","field":"refs.sdg","words":["FN-T 14.2 15.1 15.3 15.5"]}' \
  "$(jq -c '.why[0]' out)" 'why of a code from refs'
# An AK strategy: sdg:10 from the rule "likeverdig tjenestetilbud" (sdg.tsv line 77).
run grep -F 'Asker kommune skal sikre innbyggerne et likeverdig tjenestetilbud' tagged.jsonl
expect_eq '["sdg:10","topic:governance"]' "$(jq -c .tags out)" 'tags of an AK strategy'
expect_eq '{"tag":"sdg:10","rule":"corpus/tags/sdg.tsv:77","field":"text","words":["likeverdig tjenestetilbud"]}' \
  "$(jq -c '.why[0]' out)" 'why of an AK strategy'
# The goal marked AK (Økonomi) has no code and no SDG rule fires on it; it is about the economy.
expect_eq '["topic:economy"]' "$(jq -c 'select(.kind == "goal" and .refs.raw == "AK") | .tags' tagged.jsonl)" 'the AK goal'

# Pledges checked by hand.
pledge() { jq -c --arg doc "$1" --argjson line "$2" 'select(.doc == $doc and .lines[0] == $line)' tagged.jsonl >out; }
# Food waste (README): sdg:12 for "matsvinn" (sdg.tsv:96), sdg:2 for "lokal mat";
# "systematisk arbeid" is not work (sdg:8).
pledge ps-asker 202
expect_eq '["sdg:12","sdg:2","topic:environment","topic:food-agriculture"]' "$(jq -c .tags out)" 'matsvinn pledge, ps-asker'
expect_eq '{"tag":"sdg:12","rule":"corpus/tags/sdg.tsv:96","field":"text","words":["matsvinn"]}' \
  "$(jq -c '.why[] | select(.tag == "sdg:12")' out)" 'why sdg:12'
expect_eq '{"tag":"sdg:2","rule":"corpus/tags/sdg.tsv:27","field":"text","words":["lokal mat"]}' \
  "$(jq -c '.why[] | select(.tag == "sdg:2")' out)" 'why sdg:2'
pledge ps-baerum 105
expect_eq '["sdg:12","sdg:2","topic:environment","topic:food-agriculture"]' "$(jq -c .tags out)" 'matsvinn pledge, ps-baerum'
# Health, with traps: "integrert i fastlegejobben" is not integration (sdg:10),
# "vaktberedskap" not emergency preparedness (sdg:11), "-jobben" not work (sdg:8).
pledge ps-asker 394
expect_eq '["sdg:3","topic:health"]' "$(jq -c .tags out)" 'legevakt pledge'
expect_eq '["legevakten","fastlegejobben"]' "$(jq -c '.why[] | select(.tag == "sdg:3") | .words' out)" 'legevakt words'
# Public transport: sdg:11 and topic:transport for kollektivtilbudet and bussnettet.
pledge ps-baerum 15
expect_eq '["sdg:11","topic:transport"]' "$(jq -c .tags out)" 'kollektivtilbud pledge'
expect_eq '["kollektivtilbudet","bussnettet"]' "$(jq -c '.why[] | select(.tag == "sdg:11") | .words' out)" 'kollektivtilbud words'
# Fastlege with tillitsvalgte: health and work.
pledge ps-asker 393
expect_eq '["sdg:3","sdg:8","topic:health","topic:work"]' "$(jq -c .tags out)" 'fastlege and tillitsvalgte'

# The README's count: bullets tagged sdg:11 or sdg:13, per programme.
run grep --kind bullet --field tags '^sdg:1[13]$' -c tagged.jsonl
printf '%s\n' '{"doc":"ps-asker","count":42}' '{"doc":"ps-baerum","count":28}' '{"doc":"venstre-asker","count":6}' >want
expect_out_file want
expect_eq 76 "$(jq -c 'select(.kind == "bullet" and any(.tags[]; . == "sdg:11" or . == "sdg:13"))' tagged.jsonl | wc -l | tr -d ' ')" 'the same with jq'
