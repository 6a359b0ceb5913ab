# What a large input (1 MB or more, in files) changes, and must not change in the output.
# vil diff and vil match run themselves again once, with
# GLIBC_TUNABLES=glibc.malloc.hugetlb=1 (vil(1), ENVIRONMENT): the second run must see
# the same arguments, the same standard input and the user's own tunables, and write
# what a run that is not executed again writes (hugetlb=0: the user's choice, kept).
# Errors come through the second run as they would from the first.
"$VIL" extract "$VIL_ROOT/corpus/" >records.jsonl
jq -r .text records.jsonl | tr ' ' '\n' | grep -v '^$' >words
gen_records 11 3000 l words >left.jsonl
gen_records 12 9000 r words >right.jsonl
checks=$((checks + 1))
[ "$(wc -c <right.jsonl)" -ge 1048576 ] || fail "RIGHT is under 1 MB: nothing runs again"
GLIBC_TUNABLES=glibc.malloc.hugetlb=0 run match --top 2 left.jsonl right.jsonl
expect_status 0
mv out once.jsonl
checks=$((checks + 1))
[ "$(wc -l <once.jsonl)" -gt 15000 ] || fail "only $(wc -l <once.jsonl) links"
run match --top 2 left.jsonl right.jsonl
expect_status 0
expect_out_file once.jsonl
# LEFT on standard input, RIGHT (over 1 MB alone) a file: the second run reads stdin.
run_stdin left.jsonl match --top 2 - right.jsonl
expect_status 0
expect_out_file once.jsonl
GLIBC_TUNABLES=glibc.malloc.tcache_count=0 run match --top 2 left.jsonl right.jsonl
expect_status 0
expect_out_file once.jsonl
printf 'LTTBnot a transducer\n' >lttb.bin
run match --analyser lttb.bin left.jsonl right.jsonl
expect_status 2
checks=$((checks + 1))
case $(cat err) in
  'vil: --analyser: lttb.bin: not an lttoolbox transducer ('*') (install apertium-nno-nob, or --analyser none)') ;;
  *) fail "a bad transducer behind a good header, in the second run: $(cat err)" ;;
esac
expect_eq '' "$(cat out)" 'a bad transducer, in the second run: no links'
# diff: its exit status (1: differences) and its counts come through the second run.
head -8000 right.jsonl >old.jsonl
sed '1,500d' right.jsonl >new.jsonl
GLIBC_TUNABLES=glibc.malloc.hugetlb=0 run diff --stat old.jsonl new.jsonl
expect_status 1
mv out once.txt
run diff --stat old.jsonl new.jsonl
expect_status 1
expect_out_file once.txt
# 7,500 records on both sides; the first 500 only in old, the last 1,000 only in new
# (some of those, random words, paired as changed).
expect_eq '{"same":7500,"old_only":500,"new_only":1000}' \
  "$(jq -c '{same, old_only: (.removed + .changed), new_only: (.added + .changed)}' out)" "diff --stat's counts"
# That vil runs again, once, where it should: counted with strace (scripts/setup installs
# it), where the kernel gives huge pages.
execs() {
  strace -f -qq -e trace=execve -o trace.txt "$VIL" "$@" >/dev/null 2>&1
  grep -c 'execve(' trace.txt
}
if ! command -v strace >/dev/null || ! strace -f -qq -e trace=execve -o /dev/null true 2>/dev/null; then
  echo "NOTE: no strace, or it may not trace here: how often vil runs is not checked"
elif grep -q '\[never\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
  expect_eq 1 "$(execs match --top 2 left.jsonl right.jsonl)" 'huge pages off in the kernel: vil runs once'
else
  expect_eq 2 "$(execs match --top 2 left.jsonl right.jsonl)" 'a large match runs again, once'
  expect_eq 2 "$(execs diff --stat old.jsonl new.jsonl)" 'a large diff runs again, once'
  expect_eq 1 "$(GLIBC_TUNABLES=glibc.malloc.hugetlb=0 execs match left.jsonl right.jsonl)" 'hugetlb=0: once'
  head -100 right.jsonl >small.jsonl
  expect_eq 1 "$(execs match left.jsonl small.jsonl)" 'inputs under 1 MB: once'
  # An option's file (here the analyser, 1.7 MB) is no input.
  expect_eq 1 "$(execs match --analyser /usr/share/apertium/apertium-nno-nob/nob-nno.automorf.bin \
    left.jsonl small.jsonl)" 'a large --analyser file is no large input'
fi
done_testing
