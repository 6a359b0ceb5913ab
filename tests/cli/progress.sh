# Long work shows progress on stderr when stderr is a terminal, and nothing otherwise.
command -v script >/dev/null || { fail "script(1) is missing (Debian's bsdutils)"; return; }
# on_terminal COMMAND: runs COMMAND with a terminal as its stderr (script(1)), its
# output in ./typescript, progress from the start (VIL_PROGRESS_AFTER=0: how long a run
# takes depends on the machine, and these came to take less than the default second).
# script's own input is a FIFO held open here: at the end of a
# plain input (ctest gives /dev/null) script can stop copying the command's output
# before the command is done, and the progress lines were lost on a busy machine.
mkfifo keep-open
on_terminal() {
  exec 3<>keep-open
  VIL_PROGRESS_AFTER=${2-0} script -qec "$1" typescript <keep-open >/dev/null
  exec 3>&-
}
"$VIL" extract "$VIL_ROOT/corpus/" | jq -r .text | tr ' ' '\n' | grep -v '^$' >words
gen_records 1 6000 s words >left.jsonl
gen_records 2 50000 p words >right.jsonl
# Not a terminal: silent.
"$VIL" match left.jsonl right.jsonl >links.jsonl 2>err
expect_eq '' "$(cat err)" 'no progress when stderr is not a terminal'
# A terminal (script(1) gives one): "vil match: N/50000 records", erased at the end.
on_terminal "'$VIL' match left.jsonl right.jsonl >links2.jsonl"
checks=$((checks + 1))
grep -q 'vil match: [0-9]*/50000 records' typescript || fail "no progress line on a terminal: $(head -c 300 typescript)"
checks=$((checks + 1))
cmp -s links.jsonl links2.jsonl || fail "progress changed the output"
# The filters name themselves and say how far through their input files they are
# ("vil grep: 211969 records, 50% of 214 MB").
on_terminal "'$VIL' grep -j1 --stem -i 'klima|skole' right.jsonl right.jsonl right.jsonl right.jsonl right.jsonl right.jsonl right.jsonl right.jsonl >found.jsonl"
checks=$((checks + 1))
grep -aq 'vil grep: [0-9]* records, [0-9]*% of [0-9]* MB' typescript || fail "no grep progress line: $(tr '\r' '\n' <typescript | head -c 300)"
"$VIL" grep -j1 --stem -i 'klima|skole' right.jsonl right.jsonl right.jsonl right.jsonl right.jsonl right.jsonl right.jsonl right.jsonl >found2.jsonl 2>err
expect_eq '' "$(cat err)" 'no grep progress when stderr is not a terminal'
checks=$((checks + 1))
cmp -s found.jsonl found2.jsonl || fail "progress changed grep's output"
# By default the first line waits a second: a short run on a terminal stays quiet, and so
# it does when VIL_PROGRESS_AFTER is not a count of seconds.
head -50 right.jsonl >few.jsonl
for after in '' 1 soon -3; do
  on_terminal "'$VIL' match left.jsonl few.jsonl >few-links.jsonl" "$after"
  checks=$((checks + 1))
  if grep -q 'vil match:' typescript; then fail "progress within the first second (VIL_PROGRESS_AFTER='$after')"; fi
done
# A diagnostic while a progress line stands erases the line first: it starts a line of its
# own ("\r\e[Kvil: FILE:LINE: ..."), not the tail of the progress text.
cp right.jsonl bad-late.jsonl
printf 'not json\n' >>bad-late.jsonl
on_terminal "'$VIL' grep -j1 --stem -i 'klima|skole' right.jsonl right.jsonl right.jsonl right.jsonl bad-late.jsonl >/dev/null"
checks=$((checks + 1))
grep -aq 'vil grep: [0-9]* records' typescript || fail "no progress line before the error: $(tr '\r' '\n' <typescript | head -c 300)"
checks=$((checks + 1))
grep -aq $'\r\e\\[Kvil: bad-late.jsonl:[0-9]*: not valid JSON' typescript ||
  fail "the error was not on a line of its own: $(tr '\r' '\n' <typescript | tail -c 300)"
