# Each corpus document extracts byte-identical to its hand-reviewed golden files
# (tests/golden/, rewritten only by scripts/regen-golden).
for golden in "$VIL_ROOT"/tests/golden/*.jsonl; do
  id=$(basename "$golden" .jsonl)
  file=$(awk -F'\t' -v id="$id" '$1 == id { print $2 }' "$VIL_ROOT/corpus/manifest.tsv")
  [ -n "$file" ] || { fail "golden $id has no document in corpus/manifest.tsv"; continue; }
  run extract "$VIL_ROOT/corpus/$file"
  expect_status 0
  expect_out_file "$golden"
  run extract --format outline "$VIL_ROOT/corpus/$file"
  expect_status 0
  expect_out_file "$VIL_ROOT/tests/golden/$id.outline"
done
# The whole folder gives the documents in manifest order, the same records.
run extract "$VIL_ROOT/corpus/"
for id in $(grep -v '^#' "$VIL_ROOT/corpus/manifest.tsv" | tail -n +2 | cut -f1); do
  cat "$VIL_ROOT/tests/golden/$id.jsonl"
done >expected
expect_out_file expected
# Deterministic: a second run is byte-identical.
cp out first
run extract "$VIL_ROOT/corpus/"
expect_out_file first
