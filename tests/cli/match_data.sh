# vil match's data files: the shipped reference statistics are those of the shipped
# corpus with the shipped lexicon (regenerate with the command below when either
# changes), and a bad data file is an error that names its line.
# Pledges repeat sentences of their paragraphs: left out, so no text counts twice.
"$VIL" extract "$VIL_ROOT/corpus/" | "$VIL" grep -v --field kind '^pledge$' >all.jsonl
run match --save-reference ref.tsv all.jsonl /dev/null
expect_status 0
checks=$((checks + 1))
cmp -s ref.tsv "$VIL_ROOT/corpus/lexicon/reference.tsv" ||
  fail "corpus/lexicon/reference.tsv is stale: vil match --save-reference corpus/lexicon/reference.tsv <(vil extract corpus/ | vil grep -v --field kind '^pledge\$') /dev/null"
expect_eq "#documents	669" "$(head -1 ref.tsv)" 'reference: one document per record'

# The reference keeps the analyses of its words, for the analyser they came from: the
# corpus's links are the same with them as without them (when every word goes to the
# analyser), byte for byte.
"$VIL" grep --kind goal --kind subgoal --kind strategy '' all.jsonl >corpus-plan.jsonl
"$VIL" grep --kind bullet '' all.jsonl >corpus-pledges.jsonl
grep -v -e '^a:' -e '^#analyser' ref.tsv >stats-only.tsv
checks=$((checks + 1))
[ "$(wc -l <stats-only.tsv)" -lt "$(($(wc -l <ref.tsv) - 1000))" ] || fail "the reference keeps too few analyses: $(wc -l <ref.tsv) lines"
"$VIL" match --top 3 corpus-plan.jsonl corpus-pledges.jsonl >with.jsonl
"$VIL" match --top 3 --reference stats-only.tsv corpus-plan.jsonl corpus-pledges.jsonl >without.jsonl
checks=$((checks + 1))
[ "$(wc -l <with.jsonl)" -gt 500 ] && cmp -s with.jsonl without.jsonl ||
  fail "links differ with the reference's analyses and without: $(cmp with.jsonl without.jsonl)"
# They stand for the analyser's only when the analyser is the one they came from: a
# made-up analysis is read under the right id, and not under another.
printf '%s\n' '{"doc":"p","id":"a","kind":"strategy","text":"Bedre sykkelveier.","lines":[1,1]}' >bike.jsonl
printf '%s\n' '{"doc":"q","id":"b","kind":"bullet","text":"Flere plasser i barnehagene.","lines":[3,3]}' >kids.jsonl
id=$(sed -n 's/^#analyser\t//p' ref.tsv)
{ grep -v '^a:barnehagene	' ref.tsv; printf 'a:barnehagene\tsykkelvei\t-\tk\n'; } >made-up.tsv
sed "s/^#analyser\t.*/#analyser\t0000000000000000/" made-up.tsv >other-id.tsv
expect_eq 'sykkelvei' "$("$VIL" match --reference made-up.tsv bike.jsonl kids.jsonl | jq -r '.shared.words | join(" ")')" \
  "the reference's analyses are read for its analyser ($id)"
expect_eq '' "$("$VIL" match --reference other-id.tsv bike.jsonl kids.jsonl)" \
  "the reference's analyses are not read for another analyser"
printf '#documents\t2\na:skolen\tskole\n' >bad-analysis.tsv
run match --reference bad-analysis.tsv bike.jsonl kids.jsonl
expect_status 2
expect_err 'vil: bad-analysis.tsv:2: expected a:WORD<TAB>LEMMA<TAB>PARTS<TAB>FLAGS'

printf '%s\n' '{"doc":"p","id":"a","kind":"strategy","text":"Redusere rusmisbruk.","lines":[1,1]}' >plan.jsonl
printf '%s\n' '{"doc":"q","id":"b","kind":"bullet","text":"Hjelp mot rusmiddelproblemer.","lines":[3,3]}' >pledges.jsonl

# A concept link names the lexicon line; without the lexicon there is none.
run match plan.jsonl pledges.jsonl
expect_status 0
expect_eq '[{"concept":"substance-abuse","rule":"lexicon/concepts.tsv:'"$(grep -n '^substance-abuse	' "$VIL_ROOT/corpus/lexicon/concepts.tsv" | cut -d: -f1)"'"},{"concept":"public-health","rule":"lexicon/concepts.tsv:'"$(grep -n '^public-health	' "$VIL_ROOT/corpus/lexicon/concepts.tsv" | cut -d: -f1)"'"}]' \
  "$(jq -c .shared.concepts out)" 'a link through concepts names their lines'
run match --lexicon none plan.jsonl pledges.jsonl
expect_eq '' "$(cat out)" 'no lexicon: rusmisbruk and rusmiddelproblemer share nothing'

printf 'substance-abuse\trus,rusmiddel\tdrugs\tno-such-concept\n' >bad.tsv
run match --lexicon bad.tsv plan.jsonl pledges.jsonl
expect_status 2
expect_err "vil: bad.tsv:1: broader concept 'no-such-concept' is not defined"
printf 'kommune\nto ord\n' >ignore.txt
run match --ignore ignore.txt plan.jsonl pledges.jsonl
expect_status 2
expect_err 'vil: ignore.txt:2: expected one word a line'
run match --analyser /nonexistent.bin plan.jsonl pledges.jsonl
expect_status 2
expect_err 'vil: --analyser: /nonexistent.bin: cannot read the bokmål analyser (install apertium-nno-nob, or --analyser none)'
printf 'not a transducer\n' >text.bin
run match --analyser text.bin plan.jsonl pledges.jsonl
expect_status 2
expect_err 'vil: --analyser: text.bin: not an lttoolbox transducer: no LTTB header (install apertium-nno-nob, or --analyser none)'
# The header is checked at start; the rest is read when a word first needs the
# analyser, and its error is reported the same way.
printf 'LTTBnot a transducer\n' >lttb.bin
run match --analyser lttb.bin plan.jsonl pledges.jsonl
expect_status 2
checks=$((checks + 1))
case $(cat err) in
  'vil: --analyser: lttb.bin: not an lttoolbox transducer ('*') (install apertium-nno-nob, or --analyser none)') ;;
  *) fail "a bad transducer behind a good header: $(cat err)" ;;
esac
expect_eq '' "$(cat out)" 'a bad transducer behind a good header: no links'
run match --reference plan.jsonl plan.jsonl pledges.jsonl
expect_status 2
expect_err 'vil: plan.jsonl:1: expected FEATURE<TAB>COUNT'

# The data folder is found through $VIL_DATA_DIR first.
mkdir -p data/lexicon
printf 'drugs\trusmisbruk,rusmiddelproblem\tnote\n' >data/lexicon/concepts.tsv
printf 'kommune\n' >data/lexicon/ignore.txt
printf '#documents\t10\n' >data/lexicon/reference.tsv
status=0
VIL_DATA_DIR=$PWD/data "$VIL" match plan.jsonl pledges.jsonl >out 2>err || status=$?
expect_status 0
expect_eq '[{"concept":"drugs","rule":"lexicon/concepts.tsv:1"}]' "$(jq -c .shared.concepts out)" '$VIL_DATA_DIR first'

# Numbers out of range, NaN and infinity among them, are refused (CLI11's own range
# check let "nan" through, and no link scored at least NaN).
for bad in "--min-score nan" "--decide inf" "--tag-weight -0.1" "--concept-weight 1.5" "--part-weight x"; do
  # shellcheck disable=SC2086
  run match $bad plan.jsonl pledges.jsonl
  expect_status 2
  expect_eq "vil: ${bad%% *}: ${bad#* } is not a number from 0 to $(case ${bad%% *} in --part-weight) echo 4 ;; *) echo 1 ;; esac)" \
    "$(head -1 err)" "$bad"
done
run match --top 0 plan.jsonl pledges.jsonl
expect_status 2
expect_eq 'vil: --top: 0 is not a whole number from 1 up' "$(head -1 err)" '--top 0'
run diff --threshold nan plan.jsonl pledges.jsonl
expect_status 2
expect_eq 'vil: --threshold: nan is not a number from 0 to 1' "$(head -1 err)" 'diff --threshold nan'
