#!/usr/bin/env bash
# Runs one black-box test file in a fresh temporary directory: run-cli.sh VIL ROOT TEST
set -u
export VIL=$1 VIL_ROOT=$2
test_file=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
# shellcheck source=/dev/null
. "$VIL_ROOT/tests/lib.sh"
# shellcheck source=/dev/null
. "$test_file"
done_testing
