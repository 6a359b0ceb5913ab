# The Debian package: cpack builds vil_VERSION_ARCH.deb from the build folder, its
# dependencies declared (the libraries by dpkg-shlibdeps, and the bokmål analyser's
# data), and what it installs runs the tour: the binary finds its shipped rule sets
# and lexicon beside it (usr/share/vil), the man pages and the completion are there.
build=$(dirname "$VIL")
[ -f "$build/CPackConfig.cmake" ] || { fail "no CPackConfig.cmake in $build"; done_testing; exit; }
checks=$((checks + 1))
cpack --config "$build/CPackConfig.cmake" -G DEB -B pkg >cpack.log 2>&1 || fail "cpack failed: $(tail -3 cpack.log)"
deb=$(ls pkg/vil_*.deb 2>/dev/null | head -1)
expect_eq 1 "$(ls pkg/vil_*.deb 2>/dev/null | wc -l | tr -d ' ')" 'one package'
depends=$(dpkg-deb -f "$deb" Depends)
# re2, utf8proc and xxhash are linked in (VIL_STATIC_DEPS), fmt is used from its headers;
# lttoolbox is named for the analyser's module, which dpkg-shlibdeps reads too; libstemmer
# is opened with dlopen when a run first stems, so CMakeLists.txt names it.
for dep in apertium-nno-nob liblttoolbox libsimdjson libstemmer0d; do
  expect_eq 1 "$(printf '%s\n' "$depends" | tr ',' '\n' | grep -c "^ *$dep")" "Depends names $dep"
done
expect_eq 0 "$(printf '%s\n' "$depends" | tr ',' '\n' | grep -c "^ *libfmt")" 'Depends does not name libfmt'
# Hyperscan, opened with dlopen by vil tag when its prefilter database is there, is
# recommended: vil tags without it.
if [ -f "$build/prefilter.hsdb" ]; then
  expect_eq libvectorscan5 "$(dpkg-deb -f "$deb" Recommends)" 'Recommends names Hyperscan'
fi
dpkg-deb -x "$deb" root
checks=$((checks + 1))
module=0
for f in root/usr/lib/vil/vil-lttoolbox.so root/usr/lib/*/vil/vil-lttoolbox.so; do [ -f "$f" ] && module=1; done
[ "$module" = 1 ] || fail "the package lacks vil-lttoolbox.so"
for f in usr/bin/vil usr/share/man/man1/vil-extract.1 usr/share/vil/tags/sdg.tsv usr/share/vil/lexicon/concepts.tsv \
         usr/share/vil/record.schema.json usr/share/bash-completion/completions/vil usr/share/zsh/vendor-completions/_vil \
         usr/share/fish/vendor_completions.d/vil.fish usr/share/doc/vil/copyright \
         usr/share/doc/vil/examples/report.mk usr/share/doc/vil/examples/corpus-check; do
  checks=$((checks + 1))
  [ -e "root/$f" ] || fail "the package lacks $f"
done
if [ -f "$build/prefilter.hsdb" ]; then
  checks=$((checks + 1))
  db=0
  for f in root/usr/lib/vil/prefilter.hsdb root/usr/lib/*/vil/prefilter.hsdb; do [ -f "$f" ] && db=1; done
  [ "$db" = 1 ] || fail "the package lacks usr/lib/vil/prefilter.hsdb"
fi
# The installed binary runs the tour's first steps with its own shipped data.
VIL=root/usr/bin/vil
run extract "$VIL_ROOT/corpus/"
expect_status 0
mv out records.jsonl
run tag records.jsonl
expect_status 0
expect_eq 1 "$( [ "$(count '(.tags // []) | length > 0')" -gt 100 ] && echo 1)" 'tagged with the shipped rules'
run match --top 1 <(jq -c 'select(.kind == "strategy")' records.jsonl) <(jq -c 'select(.kind == "bullet")' records.jsonl | head -5)
expect_status 0
expect_eq 5 "$(jq -r '.right.id' out | sort -u | wc -l | tr -d ' ')" 'links with the shipped lexicon'
