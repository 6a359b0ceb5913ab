#!/usr/bin/env bash
# Runs one black-box test file in a fresh temporary directory: run-cli.sh VIL ROOT TEST
# The file fails when it does not parse, stops before its end (an exit, an error that
# ends the shell), or runs no check at all: only a run to the end with checks passes.
set -u
export VIL=$1 VIL_ROOT=$2
test_file=$3
if ! syntax=$(bash -n "$test_file" 2>&1); then
  echo "FAIL: $test_file does not parse: $syntax"
  echo "0 passed, 1 failed"
  exit 1
fi
work=$(mktemp -d)
finished=0
trap 'rm -rf "$work"; if [ "$finished" != 1 ]; then echo "FAIL: $test_file stopped before its end"; echo "0 passed, 1 failed"; exit 1; fi' EXIT
cd "$work" || exit 2
# shellcheck source=/dev/null
. "$VIL_ROOT/tests/lib.sh"
# shellcheck source=/dev/null
. "$test_file"
finished=1
if [ "$checks" = 0 ]; then
  echo "FAIL: $test_file ran no check"
  echo "0 passed, 1 failed"
  exit 1
fi
done_testing
