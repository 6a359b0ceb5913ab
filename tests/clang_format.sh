#!/usr/bin/env bash
# The .clang-format ratchet: clang_format.sh ROOT checks every C++ file under src/,
# include/, tests/ and fuzz/ with clang-format --dry-run -Werror, except the files listed
# in .clang-format-pending (formatted when next changed, then taken off the list). Fails
# for a file off the list that does not conform, and for a listed file that is gone or
# already conforms, so the list only shrinks. Exit 77 (ctest: skipped) without clang-format.
set -u
root=$1
if ! command -v clang-format >/dev/null; then
  echo "SKIP: clang-format not installed (Debian: apt-get install clang-format)"
  exit 77
fi
cd "$root" || exit 2
pending=$(grep -v -e '^#' -e '^[[:space:]]*$' .clang-format-pending)
failed=0
checked=0
while IFS= read -r f; do
  [ -z "$f" ] && continue
  if [ ! -f "$f" ]; then
    echo "FAIL: .clang-format-pending lists $f, which does not exist: take it off the list"
    failed=$((failed + 1))
  elif clang-format --dry-run -Werror "$f" 2>/dev/null; then
    echo "FAIL: $f conforms to .clang-format: take it off .clang-format-pending"
    failed=$((failed + 1))
  fi
done <<<"$pending"
while IFS= read -r f; do
  grep -qxF -- "$f" <<<"$pending" && continue
  checked=$((checked + 1))
  if ! clang-format --dry-run -Werror "$f" 2>/dev/null; then
    echo "FAIL: $f does not conform to .clang-format: run clang-format -i $f"
    failed=$((failed + 1))
  fi
done < <(find src include tests fuzz -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' -o -name '*.cc' \) | LC_ALL=C sort)
echo "$checked files conform, $(grep -c . <<<"$pending") pending, $failed failed"
[ "$failed" = 0 ]
