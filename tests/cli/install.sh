# cmake --install gives a vil that works on its own: the binary, the man pages, the
# shipped rule sets and lexicon where the binary finds them, the bash completion.
build=$(dirname "$VIL")
command -v cmake >/dev/null || { fail "cmake is not installed"; return; }
[ -f "$build/cmake_install.cmake" ] || { echo "note: $build is not a CMake build folder; install not checked" >&2; checks=$((checks + 1)); return; }
cmake --install "$build" --prefix "$PWD/prefix" >install.log 2>&1 || fail "cmake --install failed: $(tail -3 install.log)"
for f in bin/vil lib/vil/vil-lttoolbox.so share/man/man1/vil.1 share/man/man1/vil-agree.1 share/man/man1/vil-match.1 \
         share/vil/tags/topics.tsv share/vil/tags/sdg.tsv share/vil/lexicon/concepts.tsv \
         share/vil/lexicon/ignore.txt share/vil/lexicon/reference.tsv share/vil/record.schema.json \
         share/vil/link.schema.json share/vil/alignment.schema.json share/vil/stats.schema.json \
         share/vil/agreement.schema.json share/vil/sheet.schema.json share/bash-completion/completions/vil \
         share/zsh/vendor-completions/_vil share/fish/vendor_completions.d/vil.fish; do
  checks=$((checks + 1))
  [ -e "prefix/$f" ] || fail "$f is not installed"
done
# The installed binary, away from the source tree, tags and links with the shipped data
# of its own prefix (a changed copy there shows that it is the one read).
sed -i '1i # a comment added to the installed copy' prefix/share/vil/lexicon/concepts.tsv
printf '%s\n' '{"doc":"p","id":"a","kind":"strategy","text":"Redusere rusmisbruk.","lines":[1,1]}' >plan.jsonl
printf '%s\n' '{"doc":"q","id":"b","kind":"bullet","text":"Hjelp mot rusmiddelproblemer i fjellbygdene.","lines":[2,2]}' >pledges.jsonl
cd prefix/bin || return
status=0
./vil match ../../plan.jsonl ../../pledges.jsonl >../../out 2>../../err || status=$?
cd ../.. || return
expect_status 0
# The analyser's module is the installed one (the dynamic loader names what it opens;
# "fjellbygdene" is no word of the shipped reference, so the analyser is needed).
checks=$((checks + 1))
(cd prefix/bin && LD_DEBUG=files ./vil match ../../plan.jsonl ../../pledges.jsonl 2>&1 >/dev/null) |
  grep -q "file=$PWD/prefix/bin/../lib/vil/vil-lttoolbox.so" || fail "the installed vil does not load the installed vil-lttoolbox.so"
expect_eq "lexicon/concepts.tsv:$(($(grep -n '^substance-abuse	' "$VIL_ROOT/corpus/lexicon/concepts.tsv" | cut -d: -f1) + 1))" \
  "$(jq -r '.shared.concepts[0].rule' out)" "the installed lexicon is the one read"
# The prefilter database, when the build made one, is installed with the rules and
# tags as RE2 alone does.
if [ -f "$build/prefilter.hsdb" ]; then
  checks=$((checks + 1))
  installed_db=$(ls prefix/lib/vil/prefilter.hsdb prefix/lib/*/vil/prefilter.hsdb 2>/dev/null | head -1)
  cmp -s "$build/prefilter.hsdb" "${installed_db:-none}" || fail "lib/vil/prefilter.hsdb is not installed"
  VIL_PREFILTER_DB=none prefix/bin/vil tag pledges.jsonl >re2.jsonl
  status=0
  VIL_PREFILTER_DB=${installed_db:-none} prefix/bin/vil tag pledges.jsonl >out 2>err || status=$?
  expect_status 0
  expect_out_file re2.jsonl
fi
status=0
prefix/bin/vil tag pledges.jsonl >out 2>err || status=$?
expect_status 0
expect_eq 'tags/sdg.tsv' "$(jq -r '[.why[].rule | sub(":[0-9]+$"; "")] | unique | map(select(startswith("tags/sdg"))) | .[0]' out)" 'the installed rules'
