# Bugs found by the black-box and unit test catalogues, each fixed; one check apiece.

# -w wraps the pattern, but the pattern alone must be valid: "a)|(b" is an error,
# named as the user wrote it, not a match with garbage spans.
echo '{"text":"xb a"}' >one.jsonl
run grep -w 'a)|(b' one.jsonl
expect_status 2
expect_err "vil: invalid pattern 'a)|(b': unexpected ): a)|(b"

# stats sorts subnormal numbers and integers past 2^53 without an exception.
printf '%s\n' '{"v":5e-324}' '{"v":1}' '{"v":10000000000000000001}' '{"v":9999999999999999999}' >numbers.jsonl
run stats --by v --sort key numbers.jsonl
expect_status 0
expect_eq '5e-324 1 9999999999999999999 10000000000000000001' "$(sed 's/^{"v":\([^,]*\),.*/\1/' out | paste -sd' ')" 'numeric key order'
run stats --by doc --by doc numbers.jsonl
expect_status 2
expect_err 'vil: --by doc is given twice'

# -F --stem stems a fixed pattern word by word.
echo '{"text":"flere boliger her"}' >stem.jsonl
run grep -F --stem 'flere boliger' stem.jsonl
expect_status 0
expect_eq '{"text":[[0,13]]}' "$(jq -c .match out)" '-F --stem with two words'
# An escape keeps its letter; the word after it is stemmed.
run grep --stem '\bboliger\b' stem.jsonl
expect_eq '{"text":[[6,13]]}' "$(jq -c .match out)" '--stem after an escape'

# -S: the capital in an escape (\pL, \S) is not an upper-case letter.
echo '{"text":"ØKONOMI og økonomi"}' >case.jsonl
run grep -S '\pLkonomi' case.jsonl
expect_eq '{"text":[[0,8],[12,20]]}' "$(jq -c .match out)" 'smart case ignores escapes'

# tag: the words of a match are whole words without punctuation; a rule that fires in
# two places of a field keeps both; hits of one tag follow the rule file.
printf 'sea\t(^|\\PL)hav(et)?(\\PL|$)\nsea\tkyst\tpath\nsea\tkyst\n' >rules.tsv
echo '{"text":"havet, kyst","path":["kyst","a","kyst"]}' >sea.jsonl
run tag -r rules.tsv sea.jsonl
expect_status 0
expect_eq '["rules.tsv:1","text",["havet"]] ["rules.tsv:2","path.0",["kyst"]] ["rules.tsv:2","path.2",["kyst"]] ["rules.tsv:3","text",["kyst"]]' \
  "$(jq -c '.why[] | [.rule, .field, .words]' out | paste -sd' ')" 'why entries'
# A plan row with SDG codes and no raw code gets no empty word.
echo '{"kind":"strategy","text":"x","refs":{"raw":"","bases":[],"targets":["11.7"],"sdg":[11]}}' >plan.jsonl
run tag plan.jsonl
expect_eq '[{"tag":"sdg:11","rule":"refs","field":"refs.sdg","words":[]}]' "$(jq -c .why out)" 'refs why without raw'

# A record that already has the field a filter adds keeps every other byte.
echo '{"text":"klima 1E2", "match" : {"x":1}, "n": 1E2, "s":"a\"b}"}' >had.jsonl
run grep klima had.jsonl
expect_eq '{"text":"klima 1E2", "match" : {"text":[[0,5]]}, "n": 1E2, "s":"a\"b}"}' "$(cat out)" 'replaced in place'

# A UTF-8 byte order mark before the first line is not part of it.
printf '\xef\xbb\xbf{"text":"bolig"}\n' >bom.jsonl
run grep -c bolig bom.jsonl
expect_status 0
expect_eq '{"doc":null,"count":1}' "$(cat out)" 'BOM; a record without doc counts under null'
# A number past what vil reads says so.
echo '{"text":"a","n":1e400}' >big.jsonl
run stats big.jsonl
expect_status 2
expect_err 'vil: big.jsonl:1: not valid JSON: Problem while parsing a number (malformed, or beyond what vil reads: integers of up to 64 bits, numbers that fit a double)'
# Option values are checked in words a person reads.
run grep -m -1 x one.jsonl
expect_status 2
expect_eq 'vil: --max-count: -1 is not a whole number >= 0' "$(head -1 err)" '-m -1'
# KWIC text lines up whatever the width of doc:line.
printf '%s\n' '{"doc":"d","text":"a boliger","lines":[7,7]}' '{"doc":"eee","text":"a boliger","lines":[1234,1234]}' >kwic.jsonl
run grep --kwic 1 boliger kwic.jsonl --format text
expect_eq 1 "$(awk '{ print index($0, "boliger") }' out | sort -u | wc -l | tr -d ' ')" 'matches in one column'

# From the bad-input catalogue (tests/bad-input/): each fixed.
# UTF-16 without a byte order mark, and UTF-32, are errors naming the encoding.
printf 'H\0e\0i\0\n\0' >u16.txt
run extract u16.txt
expect_status 2
expect_err 'vil: u16.txt:1: UTF-16 text is not supported; convert it to UTF-8 first (iconv -f UTF-16LE -t UTF-8)'
printf '\xff\xfe\0\0H\0\0\0' >u32.txt
run extract u32.txt
expect_status 2
expect_err 'vil: u32.txt:1: UTF-32 text is not supported; convert it to UTF-8 first (iconv -f UTF-32LE -t UTF-8)'
# No records is a count too.
: >empty.jsonl
run stats empty.jsonl
expect_eq '{"count":0}' "$(cat out)" 'stats of no records'
# Many keys in one object: the duplicate check is linear, not quadratic.
awk 'BEGIN { printf "{\"text\":\"a\""; for (i = 0; i < 300000; i++) printf ",\"k%d\":%d", i, i; print "}" }' >keys.jsonl
status=0
timeout 10 "$VIL" stats keys.jsonl >out 2>err || status=$?
expect_status 0
expect_eq '{"count":1}' "$(cat out)" '300,000 keys'
# tag: a "tags" that is not an array of strings is a bad record; a refs.sdg value that
# is not an SDG gets a warning and no tag.
echo '{"text":"a","tags":"topic:housing"}' >badtags.jsonl
run tag badtags.jsonl
expect_status 2
expect_err 'vil: badtags.jsonl:1: record'"'"'s "tags" is not an array of strings'
echo '{"text":"a","kind":"goal","refs":{"sdg":[0,18,5]}}' >badsdg.jsonl
run tag badsdg.jsonl
expect_status 0
expect_eq '["sdg:5"]' "$(jq -c .tags out)" 'only SDG numbers become tags'
expect_err 'vil: badsdg.jsonl:1: refs.sdg value 0 is not an SDG (1 to 17): no tag
vil: badsdg.jsonl:1: refs.sdg value 18 is not an SDG (1 to 17): no tag'
