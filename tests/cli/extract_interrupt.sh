# An interrupted run with -o leaves neither a temporary file nor a half-written output:
# SIGINT (from a terminal: job control on, so the job does not start with SIGINT
# ignored), SIGTERM and SIGHUP.
for i in $(seq 400); do cat "$VIL_ROOT"/corpus/*.txt; done >big.txt   # about 35 MB
for sig in INT TERM HUP; do
  printf 'old\n' >out.jsonl
  set -m
  "$VIL" extract big.txt -o out.jsonl &
  pid=$!
  set +m
  sleep 0.2
  kill -"$sig" "$pid" 2>/dev/null
  wait "$pid"
  status=$?
  checks=$((checks + 1))
  [ "$status" -ne 0 ] || fail "SIG$sig: the run finished before the signal: make big.txt bigger"
  expect_eq '' "$(ls | grep vil-tmp)" "SIG$sig: temporary files left"
  expect_eq 'old' "$(cat out.jsonl)" "SIG$sig: the old output is untouched"
done
