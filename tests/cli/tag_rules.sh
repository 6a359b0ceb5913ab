# vil tag -r RULES: each record gets "tags" (sorted, unique, merged with those it had) and
# "why" (per tag and rule: the rule as FILE:LINE, the field it read, the whole words
# around the matches). Rules: TAG<TAB>PATTERN[<TAB>FIELD[<TAB>KINDS]], '#' comments and
# blank lines ignored, patterns case-insensitive (Unicode folding). Plan rows (goal,
# subgoal, strategy) also get sdg:N for each code in refs.sdg, with rule "refs".

printf '%s\n' \
  '# topics' \
  'topic:housing	bolig' \
  'topic:school	skole	-	bullet,lead' \
  '' \
  'topic:asker	^asker$	meta.municipality' \
  'topic:place	BÆRUM	path' \
  'topic:climate	(^|\PL)klima' >r1.tsv
cat >in.jsonl <<'JSON'
{"doc":"d","kind":"bullet","text":"Flere BOLIGER og utleieboliger, og ny skole.","path":["Bolig","Bærum sentrum"],"meta":{"municipality":"Asker"}}
{"doc":"d","kind":"paragraph","text":"Skolen og arbeidsklima.","path":[],"meta":{"municipality":"Bærum"}}
{"doc":"d","kind":"strategy","text":"Klimatilpasning.","refs":{"raw":"FN-T 13.1 11.b","bases":["FN-T"],"targets":["13.1","11.b"],"sdg":[13,11]}}
{"doc":"d","kind":"bullet","text":"Ingenting.","refs":{"raw":"FN-T 13","sdg":[13]}}
JSON

run tag -r r1.tsv in.jsonl
expect_status 0
expect_err ''
cat >want <<'JSON'
{"doc":"d","kind":"bullet","text":"Flere BOLIGER og utleieboliger, og ny skole.","path":["Bolig","Bærum sentrum"],"meta":{"municipality":"Asker"},"tags":["topic:asker","topic:housing","topic:place","topic:school"],"why":[{"tag":"topic:asker","rule":"r1.tsv:5","field":"meta.municipality","words":["Asker"]},{"tag":"topic:housing","rule":"r1.tsv:2","field":"text","words":["BOLIGER","utleieboliger"]},{"tag":"topic:place","rule":"r1.tsv:6","field":"path.1","words":["Bærum"]},{"tag":"topic:school","rule":"r1.tsv:3","field":"text","words":["skole"]}]}
{"doc":"d","kind":"paragraph","text":"Skolen og arbeidsklima.","path":[],"meta":{"municipality":"Bærum"},"tags":[],"why":[]}
{"doc":"d","kind":"strategy","text":"Klimatilpasning.","refs":{"raw":"FN-T 13.1 11.b","bases":["FN-T"],"targets":["13.1","11.b"],"sdg":[13,11]},"tags":["sdg:11","sdg:13","topic:climate"],"why":[{"tag":"sdg:11","rule":"refs","field":"refs.sdg","words":["FN-T 13.1 11.b"]},{"tag":"sdg:13","rule":"refs","field":"refs.sdg","words":["FN-T 13.1 11.b"]},{"tag":"topic:climate","rule":"r1.tsv:7","field":"text","words":["Klimatilpasning"]}]}
{"doc":"d","kind":"bullet","text":"Ingenting.","refs":{"raw":"FN-T 13","sdg":[13]},"tags":[],"why":[]}
JSON
expect_out_file want
# What the lines above show:
#  - line 2 'bolig' is case-insensitive and hits inside words: BOLIGER, utleieboliger;
#  - line 3 (KINDS bullet,lead) tags the bullet's "skole" but not the paragraph's "Skolen";
#  - line 5 reads meta.municipality (Asker, not Bærum); line 6 'BÆRUM' folds to Bærum
#    and names the element it matched (path.1), the word around the match only;
#  - line 7 '(^|\PL)klima' leaves "arbeidsklima" alone;
#  - refs.sdg gives sdg tags to the strategy, not to the bullet that has refs too.

# The rule names the file as given on the command line.
mkdir rules
cp r1.tsv rules/topics.tsv
run tag -r rules/topics.tsv in.jsonl
expect_eq '["rules/topics.tsv:5","rules/topics.tsv:2","rules/topics.tsv:6","rules/topics.tsv:3"]' \
  "$(head -1 out | jq -c '[.why[].rule]')" 'rule names with a folder'

# A FIELD of "-" or empty means text, KINDS "-" or empty means every kind; the tag cell
# may have spaces around it; CRLF line ends and a UTF-8 BOM are fine.
printf '\xef\xbb\xbf# rules\r\n topic:a \tflere\t-\t-\r\ntopic:b\tskolen\t\t\r\n' >r2.tsv
run tag -r r2.tsv in.jsonl
expect_status 0
expect_eq '["topic:a"] ["topic:b"] ["sdg:11","sdg:13"] []' "$(jq -c .tags out | paste -sd' ')" 'defaults and spacing'
expect_eq '{"tag":"topic:a","rule":"r2.tsv:2","field":"text","words":["Flere"]}' "$(head -1 out | jq -c '.why[0]')" 'line numbers count the comment'

# KINDS: several kinds, any of them; a record without a kind never gets such a tag.
printf 'k:plan\t.\t-\tgoal,subgoal, strategy\n' >kinds.tsv
printf '%s\n' '{"kind":"strategy","text":"a"}' '{"kind":"goal","text":"b"}' '{"kind":"bullet","text":"c"}' '{"text":"d"}' >kinds.jsonl
run tag -r kinds.tsv kinds.jsonl
expect_eq '["k:plan"] ["k:plan"] [] []' "$(jq -c .tags out | paste -sd' ')" 'KINDS column'

# Numbers match as their JSON text (a FIELD of refs.sdg).
printf 'x:eleven\t^11$\trefs.sdg\n' >num.tsv
run tag -r num.tsv in.jsonl
expect_eq '[] [] ["sdg:11","sdg:13","x:eleven"] []' "$(jq -c .tags out | paste -sd' ')" 'rule on refs.sdg'
expect_eq '{"tag":"x:eleven","rule":"num.tsv:1","field":"refs.sdg.1","words":["11"]}' \
  "$(sed -n 3p out | jq -c '.why[2]')" 'why of a rule on numbers'

# Several rules with one tag: one tag, a why entry for each rule that fired.
printf 'topic:housing\tbolig\ntopic:housing\tutleie\n' >same.tsv
run tag -r same.tsv in.jsonl
expect_eq '["topic:housing"]' "$(head -1 out | jq -c .tags)" 'one tag from two rules'
expect_eq '[["same.tsv:1",["BOLIGER","utleieboliger"]],["same.tsv:2",["utleieboliger"]]]' \
  "$(head -1 out | jq -c '[.why[] | [.rule, .words]]')" 'two why entries'

# Tagging twice with different rule files merges: old tags and why kept, new ones added,
# tags sorted again. Tagging twice with the same rules changes nothing.
printf 'topic:education\tskole\nsdg:4\tskole|barnehage\n' >r3.tsv
"$VIL" tag -r r1.tsv in.jsonl >once.jsonl
run tag -r r3.tsv once.jsonl
expect_status 0
expect_eq '["sdg:4","topic:asker","topic:education","topic:housing","topic:place","topic:school"]' "$(head -1 out | jq -c .tags)" 'merged tags'
expect_eq '["topic:asker","r1.tsv:5"] ["topic:housing","r1.tsv:2"] ["topic:place","r1.tsv:6"] ["topic:school","r1.tsv:3"] ["sdg:4","r3.tsv:2"] ["topic:education","r3.tsv:1"]' \
  "$(head -1 out | jq -c '.why[] | [.tag, .rule]' | paste -sd' ')" 'merged why: old, then new'
expect_eq '["sdg:4","topic:education"]' "$(sed -n 2p out | jq -c .tags)" 'untagged record tagged the second time'
expect_eq '["sdg:11","sdg:13","topic:climate"]' "$(sed -n 3p out | jq -c .tags)" 'no new tags: old ones kept'
run tag -r r1.tsv once.jsonl
expect_out_file once.jsonl
# Two rule files in one run give the same tags as two runs.
run tag -r r1.tsv -r r3.tsv in.jsonl
"$VIL" tag -r r3.tsv once.jsonl >twice.jsonl
expect_eq "$(jq -c .tags twice.jsonl)" "$(jq -c .tags out)" 'tags of one run with two files'
# Tags the record had that are not valid rule tags are kept as they are.
printf '%s\n' '{"text":"skole","tags":["Mine Egne","topic:education"]}' >old.jsonl
run tag -r r3.tsv old.jsonl
expect_eq '["Mine Egne","sdg:4","topic:education"]' "$(jq -c .tags out)" 'old tags kept'

# The record passes through unchanged but for the added fields.
printf '%s\n' '{ "text" : "Ny skole" , "n" : 1.50 }' >spaced.jsonl
run tag -r r3.tsv spaced.jsonl
printf '%s\n' '{ "text" : "Ny skole" , "n" : 1.50 ,"tags":["sdg:4","topic:education"],"why":[{"tag":"sdg:4","rule":"r3.tsv:2","field":"text","words":["skole"]},{"tag":"topic:education","rule":"r3.tsv:1","field":"text","words":["skole"]}]}' >want
expect_out_file want

# No rule files: the shipped sets (topics and sdg), named by their place in the data folder.
run tag in.jsonl
cp out shipped.jsonl
run tag -r "$VIL_ROOT/corpus/tags/topics.tsv" -r "$VIL_ROOT/corpus/tags/sdg.tsv" in.jsonl
expect_eq "$(jq -c .tags out | paste -sd' ')" "$(jq -c .tags shipped.jsonl | paste -sd' ')" 'no rules: the shipped sets'
expect_eq '["sdg:11","sdg:4","topic:education","topic:housing"]' "$(jq -c .tags shipped.jsonl | head -1)" 'no rules: first record'
expect_eq 'tags/sdg.tsv tags/topics.tsv' "$(jq -r '.why[].rule | sub(":[0-9]+$"; "")' shipped.jsonl | sort -u | grep -v '^refs$' | paste -sd' ')" 'shipped rules are named by data path'

# A shipped set by name; a name that is neither a file nor a shipped set.
run tag -r sdg in.jsonl
expect_eq '["sdg:11","sdg:4"]' "$(jq -c .tags out | head -1)" '-r sdg: the shipped SDG rules only'
run tag -r nosuchset in.jsonl
expect_status 2 '-r nosuchset'
expect_err 'vil: nosuchset: no such rule file, nor a shipped rule set of that name (shipped: topics, sdg)'
