# An interrupted run with -o leaves neither a temporary file nor a half-written output.
for i in $(seq 400); do cat "$VIL_ROOT"/corpus/*.txt; done >big.txt   # about 35 MB
printf 'old\n' >out.jsonl
"$VIL" extract big.txt -o out.jsonl &
pid=$!
sleep 0.2
kill -INT "$pid" 2>/dev/null
wait "$pid"
status=$?
checks=$((checks + 1))
[ "$status" -ne 0 ] || fail "the run finished before the interrupt: make big.txt bigger"
expect_eq '' "$(ls | grep vil-tmp)" 'temporary files left'
expect_eq 'old' "$(cat out.jsonl)" 'the old output is untouched'
