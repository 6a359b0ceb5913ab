# The bad-input catalogue (tests/bad-input/): every row of tests/bad-input/cases.tsv,
# then the cases too big or too special to commit, made here: a FIFO, a folder given as
# a file, a 50 MB single line, a million empty lines, 10,000 levels of JSON nesting.
# For each: the exit status, the exact standard error, no crash (status < 128), no hang
# (every command under timeout) and the records written before a bad line, compared
# with the input lines. Behaviour that looks wrong is an open issue, never a row here.

cp -R "$VIL_ROOT/tests/bad-input/." .
export LC_ALL=C.UTF-8

# run_t SECONDS ARGS...: like run (lib.sh), killed after SECONDS.
run_t() {
  local secs=$1
  shift
  status=0
  timeout -k 5 "$secs" "$VIL" "$@" >out 2>err || status=$?
}

# expect_sane WHAT: the last run neither hung (timeout's 124, or 137 after -k) nor died
# of a signal (128 + N).
expect_sane() {
  checks=$((checks + 1))
  if [ "$status" = 124 ]; then
    fail "$1: did not finish in time (hang?)"
  elif [ "$status" -ge 128 ]; then
    fail "$1: killed by signal $((status - 128)) (crash?)"
  fi
}

# written CMD: the records the last run wrote: the sum of the counts for stats, else
# the number of output lines.
written() {
  case $1 in
    stats) jq -s 'map(.count) | add // 0' out 2>/dev/null || echo "unreadable output" ;;
    *) wc -l <out | tr -d ' ' ;;
  esac
}

# expect_ungarbled CMD WHAT FILE...: every line grep or tag wrote, with the field it
# adds taken off, is an input line of FILE... (BOM, trailing blanks and CR removed), in
# input order: nothing garbled, nothing made up, nothing reordered.
expect_ungarbled() {
  local cmd=$1 what=$2
  shift 2
  checks=$((checks + 1))
  case $cmd in
    grep) sed -E 's/,"match":\{[^{}]*\}\}$/}/' out >got.lines ;;
    tag) sed -E 's/,"tags":\[[^]]*\],"why":\[.*\]\}$/}/' out >got.lines ;;
    *) return ;;
  esac
  local f
  for f in "$@"; do
    LC_ALL=C sed -E '1s/^\xEF\xBB\xBF//; s/[ \t\r]+$//' "$f"
    [ "$(tail -c 1 "$f" | wc -l)" = 1 ] || echo
  done | LC_ALL=C grep -a -v '^$' >want.lines
  LC_ALL=C awk -v wantfile=want.lines '
    FILENAME == wantfile { w[++n] = $0; next }
    { found = 0; while (i < n) { i++; if (w[i] == $0) { found = 1; break } }
      if (!found) { print "not an input line (or out of order): " substr($0, 1, 200); bad = 1; exit } }
    END { exit bad }' want.lines got.lines >garbled || fail "$what: $(cat garbled)"
}

# The catalogue.
rows=0
set -f  # commands are split at spaces; no globbing
while IFS=$'\t' read -r file command want_exit want_records want_err want_texts; do
  case $file in '#'* | file | '') continue ;; esac
  rows=$((rows + 1))
  what="$file: vil $command"
  # shellcheck disable=SC2206
  args=(${command//\{\}/$file})
  run_t 10 "${args[@]}"
  expect_sane "$what"
  checks=$((checks + 1))
  [ "$status" = "$want_exit" ] || fail "$what: exit status $status, expected $want_exit (stderr: $(head -c 300 err))"
  [ "$want_err" = - ] && want_err=''
  want_err=${want_err//\{\}/$file}
  expect_eq "${want_err//\\n/$'\n'}" "$(cat err)" "$what: stderr"
  expect_eq "$want_records" "$(written "${args[0]}")" "$what: records written"
  inputs=()
  for a in "${args[@]:1}"; do [ -f "$a" ] && inputs+=("$a"); done
  expect_ungarbled "${args[0]}" "$what" "${inputs[@]}"
  if [ "$want_texts" != - ]; then
    expect_eq "${want_texts//\\n/$'\n'}" "$(jq -r .text out)" "$what: record texts"
  fi
done <cases.tsv
set +f
expect_eq 153 "$rows" "rows read from cases.tsv"

good='{"doc":"ok","kind":"bullet","text":"Vi vil bygge flere boliger."}'

# A FIFO: read like a file, as it is written. The writer gives up after 10 s, so
# nothing waits forever if vil never opens it.
mkfifo fifo.txt fifo.jsonl
timeout 10 sh -c 'printf "Tekst fra et rør.\n\nAndre avsnitt.\n" >fifo.txt' &
run_t 10 extract fifo.txt
expect_sane 'extract FIFO'
expect_status 0
expect_err ''
expect_eq 'Tekst fra et rør.|Andre avsnitt.' "$(jq -r .text out | paste -sd'|')" 'extract FIFO: texts'
wait
timeout 10 sh -c "printf '%s\nikke json\n' '$good' >fifo.jsonl" &
run_t 10 grep . fifo.jsonl
expect_sane 'grep FIFO'
expect_status 2
expect_err 'vil: fifo.jsonl:2: not valid JSON: The JSON document has an improper structure: missing or superfluous commas, braces, missing keys, etc.'
expect_eq 1 "$(written grep)" 'grep FIFO: records before the bad line'
wait

# A folder given as a file: extract reads a folder's .txt and .md files (none here, so
# nothing, exit 0, and it says so); the filters say it is a folder.
mkdir dir.txt dir.jsonl
run_t 10 extract dir.txt
expect_sane 'extract folder'
expect_status 0
expect_err 'vil: dir.txt: no documents in it (.txt or .md files), nothing extracted'
expect_eq 0 "$(written extract)" 'extract empty folder: records'
for c in grep tag stats; do
  args=("$c")
  [ "$c" = grep ] && args+=(.)
  run_t 10 "${args[@]}" dir.jsonl crlf.jsonl
  expect_sane "$c folder"
  expect_status 2
  expect_err 'vil: dir.jsonl: is a directory'
  expect_eq 3 "$(written "$c")" "$c folder: the next input still read"
done

# A 50 MB single line: one paragraph with the whole line as its text, well within 60 s.
yes 'ordet her' | head -n 5242879 | tr '\n' ' ' >line.txt
printf 'slutt her.\n' >>line.txt
expect_eq 52428801 "$(wc -c <line.txt | tr -d ' ')" '50 MB line: generated size'
run_t 60 extract line.txt
expect_sane 'extract 50 MB line'
expect_status 0
expect_err ''
expect_eq '1 ["paragraph",[1,1],[0,52428800],52428800]' \
  "$(wc -l <out | tr -d ' ') $(jq -c '[.kind, .lines, .bytes, (.text | length)]' out)" '50 MB line: the record'
checks=$((checks + 1))
jq -r .text out | cmp -s - line.txt || fail '50 MB line: the text is not the line'
rm -f line.txt out

# A million empty lines: nothing, quickly; with a line after them, its line and byte
# numbers are right.
yes '' | head -n 1000000 >empty-lines.txt
run_t 60 extract empty-lines.txt
expect_sane 'extract 1,000,000 empty lines'
expect_status 0
expect_err ''
expect_eq 0 "$(written extract)" '1,000,000 empty lines: records'
printf 'Slutt.\n' >>empty-lines.txt
run_t 60 extract empty-lines.txt
expect_sane 'extract 1,000,000 empty lines and one'
expect_status 0
expect_eq '["Slutt.",[1000001,1000001],[1000000,1000006]]' "$(jq -c '[.text, .lines, .bytes]' out)" 'the line after a million empty ones'
head -n 1000000 empty-lines.txt >blank.jsonl
run_t 60 grep . blank.jsonl
expect_sane 'grep 1,000,000 blank lines'
expect_status 1
expect_err ''
run_t 60 stats --by doc blank.jsonl
expect_sane 'stats 1,000,000 blank lines'
expect_status 0
expect_err ''
expect_eq '' "$(cat out)" 'stats --by doc of blank lines'

# 10,000 levels of nesting, of arrays and of objects, as a field and as the line:
# refused cleanly (no stack overflow), the record before it written.
open=$(printf '%*s' 10000 '' | tr ' ' '[')
close=$(printf '%*s' 10000 '' | tr ' ' ']')
deep_array=$open$close
deep_object=$(printf '%*s' 10000 '' | sed 's/ /{"a":/g')1$(printf '%*s' 10000 '' | tr ' ' '}')
n=0
for line in "{\"text\":\"dyp\",\"x\":$deep_array}" "$deep_array" "{\"text\":\"dyp\",\"x\":$deep_object}" "$deep_object"; do
  n=$((n + 1))
  printf '%s\n%s\n%s\n' "$good" "$line" "$good" >deep$n.jsonl
  for c in grep tag stats; do
    args=("$c")
    [ "$c" = grep ] && args+=(--kind bullet .)
    run_t 10 "${args[@]}" deep$n.jsonl
    expect_sane "$c deep$n"
    expect_status 2
    expect_err "vil: deep$n.jsonl:2: not valid JSON: The JSON document was too deep (too many nested objects and arrays)"
    expect_eq 1 "$(written "$c")" "$c deep$n: records before"
    expect_ungarbled "$c" "$c deep$n" deep$n.jsonl
  done
done
