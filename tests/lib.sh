# Helpers for the black-box tests in tests/cli/. Each test runs in a fresh temporary
# directory with $VIL (the binary under test) and $VIL_ROOT (the source tree) set.
set -u

fails=0
checks=0

# run ARGS...: runs $VIL with ARGS; stdout in ./out, stderr in ./err, exit status in $status.
run() {
  status=0
  "$VIL" "$@" >out 2>err || status=$?
}

# run_stdin FILE ARGS...: like run, with FILE on standard input.
run_stdin() {
  local input=$1
  shift
  status=0
  "$VIL" "$@" <"$input" >out 2>err || status=$?
}

fail() {
  echo "FAIL: $*" >&2
  fails=$((fails + 1))
}

# expect_status N: the last run exited with N.
expect_status() {
  checks=$((checks + 1))
  [ "$status" = "$1" ] || { fail "exit status $status, expected $1 (stderr: $(head -c 300 err))"; }
}

# expect_eq EXPECTED ACTUAL WHAT
expect_eq() {
  checks=$((checks + 1))
  [ "$1" = "$2" ] || fail "$3: expected '$1', got '$2'"
}

# expect_err TEXT: stderr is exactly TEXT (one or more lines).
expect_err() {
  checks=$((checks + 1))
  local got
  got=$(cat err)
  [ "$got" = "$1" ] || fail "stderr: expected '$1', got '$got'"
}

# expect_out_file FILE: stdout is byte-identical to FILE.
expect_out_file() {
  checks=$((checks + 1))
  cmp -s out "$1" || { fail "stdout differs from $1:"; diff "$1" out | head -20 >&2; }
}

# count JQ_FILTER: how many records of ./out the filter selects.
count() {
  jq -c "select($1)" out | wc -l | tr -d ' '
}

# skip_test REASON: ends the test as skipped (exit status 77; ctest says "Skipped"),
# for a tool only some machines have. Only where its issue allows a skip; a missing
# tool the project installs is a failure.
skip_test() {
  echo "SKIP: $*"
  finished=1
  exit 77
}

# done_testing: prints the tally and exits non-zero if anything failed.
done_testing() {
  echo "$((checks - fails)) passed, $fails failed"
  [ "$fails" = 0 ]
}

# gen_records SEED N PREFIX WORDS: N records of 6 to 20 words drawn from the file WORDS
# (one word a line), doc PREFIX, ids PREFIX0.., as JSON Lines on stdout. Deterministic.
gen_records() {
  awk -v seed="$1" -v n="$2" -v p="$3" 'BEGIN { srand(seed) } { w[NR] = $0 } END {
    for (i = 0; i < n; i++) {
      len = 6 + int(rand() * 15); t = ""
      for (j = 0; j < len; j++) { x = w[1 + int(rand() * NR)]; gsub(/["\\]/, "", x); t = t (j ? " " : "") x }
      printf "{\"doc\":\"%s\",\"id\":\"%s%d\",\"kind\":\"bullet\",\"text\":\"%s\"}\n", p, p, i, t
    }
  }' "$4"
}
