# -o writes through what is at the path and never replaces it: a FIFO and a device
# are written through, a symbolic link is followed (the file it names is replaced and
# the link stays); a signal ignored at start stays ignored (nohup); a closed stderr
# never sends diagnostics into the output file. (Devices are our own, made with mknod:
# a bug here must not replace the system's /dev/null.)
printf 'Tittel\n\nEn god tekst.\n' >good.txt
"$VIL" extract good.txt >want.jsonl

# A symbolic link: followed; the link stays a link.
printf 'old\n' >target.jsonl
ln -s target.jsonl link.jsonl
run extract good.txt -o link.jsonl
expect_status 0
checks=$((checks + 1))
[ -L link.jsonl ] || fail "-o replaced the symbolic link with a file"
checks=$((checks + 1))
cmp -s target.jsonl want.jsonl || fail "-o did not write the file the link names"

# A FIFO: written through; it stays a FIFO.
mkfifo pipe
cat pipe >from-pipe &
reader=$!
run extract good.txt -o pipe
wait "$reader"
expect_status 0
checks=$((checks + 1))
[ -p pipe ] || fail "-o replaced the FIFO"
checks=$((checks + 1))
cmp -s from-pipe want.jsonl || fail "-o did not write through the FIFO"

# A character device of our own (like /dev/null): written through, not replaced.
if mknod mynull c 1 3 2>/dev/null; then
  run extract good.txt -o mynull
  expect_status 0
  checks=$((checks + 1))
  [ -c mynull ] || fail "-o replaced a character device with a file"
else
  echo "note: mknod is not allowed here; the device case is not checked" >&2
fi

# A directory is an error.
mkdir adir
run extract good.txt -o adir
expect_status 2
expect_err 'vil: adir: is a directory'

# A signal ignored at start stays ignored: vil -o survives SIGHUP under nohup.
mkfifo slow
status=0
( trap '' HUP; exec "$VIL" extract slow -o survived.jsonl ) 2>hup.err &
pid=$!
exec 7>slow                 # vil is now reading and waits for more
sleep 0.3
kill -HUP "$pid" 2>/dev/null
printf 'Tittel\n\nEn god tekst.\n' >&7
exec 7>&-
wait "$pid" || status=$?
expect_status 0
expect_eq 'Tittel|En god tekst.' "$(jq -r .text survived.jsonl 2>/dev/null | paste -sd'|')" 'vil -o with SIGHUP ignored finishes its output'

# stderr closed: the error is lost, never written into the output file.
status=0
"$VIL" extract missing.txt good.txt -o out.jsonl 2>&- || status=$?
expect_status 2
checks=$((checks + 1))
if grep -q 'missing.txt' out.jsonl 2>/dev/null; then fail "with stderr closed, the diagnostic went into the output file"; fi

# stdout closed: output has nowhere to go, so the run fails (as cat >&- does) and says so,
# whether the output is records or help; a run that writes nothing (grep with no match)
# keeps its own status. The file vil opens never takes descriptor 1.
for args in "extract good.txt" "--help" "stats --help"; do
  status=0
  # shellcheck disable=SC2086
  "$VIL" $args >&- 2>closed.err || status=$?
  expect_status 2
  expect_eq 'vil: cannot write to standard output: it is closed' "$(cat closed.err)" "vil $args >&- reports the closed output"
done
status=0
"$VIL" grep nothing-matches-this want.jsonl >&- 2>closed.err || status=$?
expect_status 1
expect_eq '' "$(cat closed.err)" 'grep with no match writes nothing, so a closed stdout is no error'
status=0
"$VIL" extract good.txt -o viaflag.jsonl >&- 2>closed.err || status=$?
expect_status 0
expect_eq 'En god tekst.' "$(jq -r 'select(.kind=="paragraph") | .text' viaflag.jsonl)" 'with -o FILE a closed stdout does not matter'

# A temporary file left by a killed run (its PID gone) is removed by the next run that
# writes the same file; one of a live writer is left alone.
dead=999999
while kill -0 "$dead" 2>/dev/null; do dead=$((dead - 1)); done
printf 'half\n' >"out.jsonl.vil-tmp-$dead-AbC123"
printf 'live\n' >"out.jsonl.vil-tmp-$$-XyZ789"
run extract good.txt -o out.jsonl
expect_status 0
expect_eq "out.jsonl.vil-tmp-$$-XyZ789" "$(ls | grep 'out.jsonl.vil-tmp' | paste -sd' ')" 'stale temporary files removed, a live one kept'

# A run that met trouble and wrote nothing (its only input missing) leaves the file as it
# was, and no temporary file; one that wrote something replaces it (the good inputs'
# records), exit 2 either way.
cp want.jsonl kept.jsonl
run extract missing.txt -o kept.jsonl
expect_status 2
checks=$((checks + 1))
cmp -s kept.jsonl want.jsonl || fail "-o emptied the file though nothing was read"
expect_eq 'kept.jsonl' "$(ls kept.jsonl*)" 'no temporary file left'
printf 'old\n' >partial.jsonl
run extract missing.txt good.txt -o partial.jsonl
expect_status 2
checks=$((checks + 1))
cmp -s partial.jsonl want.jsonl || fail "-o did not write the records of the inputs that were read"
