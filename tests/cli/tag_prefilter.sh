# vil tag's Hyperscan prefilter database (prefilter.hsdb: beside the binary in a build,
# share/vil/tags/ once installed): the same output with it as with RE2 alone, and
# $VIL_PREFILTER_DB to name it or turn it off.

db=$(dirname "$VIL")/prefilter.hsdb
if [ ! -f "$db" ]; then
  # scripts/setup installs libvectorscan-dev; only a machine without it may skip.
  pkg-config --exists libhs 2>/dev/null && fail "libhs is installed, but the build made no $db"
  [ "$fails" = 0 ] && skip_test "no Hyperscan (libvectorscan-dev) on this machine: no prefilter database"
  done_testing
  exit
fi

"$VIL" extract "$VIL_ROOT/corpus/" >records.jsonl
# The same bytes three ways: RE2 alone, the database named, the database found.
VIL_PREFILTER_DB=none "$VIL" tag records.jsonl >re2.jsonl 2>err || fail "tag with RE2 alone failed: $(cat err)"
status=0
VIL_PREFILTER_DB=$db "$VIL" tag records.jsonl >out 2>err || status=$?
expect_status 0
expect_err ''
expect_out_file re2.jsonl
run tag records.jsonl
expect_status 0
expect_out_file re2.jsonl
expect_eq 699 "$(count true)" 'records tagged'
# On one thread and on several, and with the rule files named as the README names them.
(cd "$VIL_ROOT" && VIL_PREFILTER_DB=none "$VIL" tag -j1 -r corpus/tags/topics.tsv -r corpus/tags/sdg.tsv) \
  <records.jsonl >re2-named.jsonl
status=0
(cd "$VIL_ROOT" && VIL_PREFILTER_DB=$db "$VIL" tag -j3 -r corpus/tags/topics.tsv -r corpus/tags/sdg.tsv) \
  <records.jsonl >out 2>err || status=$?
expect_status 0
expect_out_file re2-named.jsonl

# A database that is not one, or made for other rules, is an error when named ...
printf 'not a database\n' >bad.hsdb
status=0
VIL_PREFILTER_DB=bad.hsdb "$VIL" tag records.jsonl >out 2>err || status=$?
expect_status 2
expect_err 'vil: bad.hsdb: VIL_PREFILTER_DB: cannot be used: not a vil prefilter database (of this version)'
printf 'housing\tbolig\n' >mine.tsv
status=0
VIL_PREFILTER_DB=$db "$VIL" tag -r mine.tsv records.jsonl >out 2>err || status=$?
expect_status 2
expect_err "vil: $db: VIL_PREFILTER_DB: cannot be used: made for other rules"
status=0
VIL_PREFILTER_DB=missing.hsdb "$VIL" tag records.jsonl >out 2>err || status=$?
expect_status 2
expect_eq 1 "$(grep -c '^vil: missing.hsdb: VIL_PREFILTER_DB: cannot be used: ' err)" 'a missing database named'
# ... and passed over when found: other rules tag with RE2 alone, as they would anyway.
run tag -r mine.tsv records.jsonl
expect_status 0
expect_err ''
expect_eq yes "$([ "$(count '.tags | index("housing")')" -gt 10 ] && echo yes)" 'records tagged housing: some'
# jq finds the same records: those whose text has "bolig" in any case.
expect_eq "$(jq -c 'select(.text | test("bolig"; "i"))' records.jsonl | wc -l | tr -d ' ')" \
  "$(count '.tags | index("housing")')" 'records tagged by a rule file of ones own'
done_testing
