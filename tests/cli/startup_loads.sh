# Start-up pays only for what a run uses: the analyser's libraries (vil-lttoolbox.so,
# lttoolbox, ICU, libxml2) load in runs that need lemmas (vil match with its default
# analyser) of words the shipped reference has no analysis of, and in no other. The
# dynamic loader names every object it opens. Hyperscan (libhs) loads in vil tag when
# it has a prefilter database to read, and in no other run.
loads() {
  LD_DEBUG=files "$VIL" "$@" 2>&1 >/dev/null | grep -oE 'file=[^ ]*(vil-lttoolbox|liblttoolbox|libicuuc|libxml2|libhs)[^ ]*' | sed 's|.*[=/]||' | sort -u | tr '\n' ' '
}
printf '%s\n' '{"doc":"p","id":"a","kind":"strategy","text":"Redusere rusmisbruk.","lines":[1,1]}' >plan.jsonl
printf '%s\n' '{"doc":"q","id":"b","kind":"bullet","text":"Hjelp mot rusmiddelproblemer.","lines":[2,2]}' >pledges.jsonl
printf '%s\n' '{"doc":"q","id":"c","kind":"bullet","text":"Hjelp mot rusmiddelproblemer i fjellbygdene.","lines":[2,2]}' >new-word.jsonl
printf 'Partiet vil:\n\n- bygge flere boliger\n' >program.txt
expect_eq "" "$(loads --version)" "vil --version loads none of the analyser's libraries"
expect_eq "" "$(loads --help)" "vil --help loads none"
expect_eq "" "$(loads extract program.txt)" "vil extract loads none"
expect_eq "" "$(loads grep bolig pledges.jsonl)" "vil grep loads none"
expect_eq "" "$(VIL_PREFILTER_DB=none loads tag pledges.jsonl)" "vil tag without its prefilter database loads none"
if [ -f "$(dirname "$VIL")/prefilter.hsdb" ]; then
  expect_eq "libhs.so.5 " "$(loads tag pledges.jsonl | sed 's/libhs\.so\.[0-9]*/libhs.so.5/')" "vil tag loads Hyperscan"
fi
expect_eq "" "$(loads match --analyser none plan.jsonl pledges.jsonl)" "vil match --analyser none loads none"
expect_eq "libicuuc.so.72 liblttoolbox.so.3 libxml2.so.2 vil-lttoolbox.so " \
  "$(loads match plan.jsonl new-word.jsonl | sed 's/libicuuc\.so\.[0-9]*/libicuuc.so.72/; s/liblttoolbox\.so\.[0-9]*/liblttoolbox.so.3/; s/libxml2\.so\.[0-9]*/libxml2.so.2/')" \
  "vil match loads the module and its libraries for a word the reference has not analysed"
# Every word of these is in corpus/lexicon/reference.tsv, analysed by the same analyser.
checks=$((checks + 1))
grep -q '^#analyser	' "$VIL_ROOT/corpus/lexicon/reference.tsv" || fail "the shipped reference keeps no analyses"
expect_eq "" "$(loads match plan.jsonl pledges.jsonl)" "vil match of words the reference analysed loads none"
# The subcommand's options are declared only for the subcommand named: help and a
# completion script still see them all.
run help match
expect_status 0
expect_eq 1 "$(grep -c -- '^ *--decide-margin ' out)" "vil help match lists its options"
expect_eq 'Usage: vil match [OPTIONS] left right' "$(grep '^Usage:' out)" "vil help match: the usage line names vil"
# So with the help flag before the subcommand; 'vil help' alone lists the subcommands.
run -h match
expect_eq 1 "$(grep -c -- '^ *--decide-margin ' out)" "vil -h match lists its options"
"$VIL" --help >want
run help
expect_out_file want
run --completion fish
expect_status 0
expect_eq 1 "$(grep -c -- "__fish_seen_subcommand_from match.* -l decide-margin" out)" "the fish script holds match's options"
