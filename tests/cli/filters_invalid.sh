# What grep, tag and stats do with input lines that are not records: "vil: FILE:LINE:
# reason", exit 2, that input stops there (the records before the bad line are still
# written) and the other inputs are read. --skip-invalid warns per line (at most 10 per
# input, each ending "; skipped"), then "vil: FILE: skipped N invalid lines", and goes on.
# Blank lines are skipped and counted as lines; CRLF line ends are accepted. grep and tag
# need a "text" string; stats counts any object (vil-stats(1)).

good='{"doc":"g","kind":"bullet","text":"god"}'
printf '%s\n' '{"doc":"h","kind":"bullet","text":"annen"}' >other.jsonl

# How many good records made it to the output of command $1.
written() {
  case $1 in
    stats*) jq -s 'map(.count) | add // 0' out ;;
    *) count true ;;
  esac
}

# check_bad LINE REASON [COMMANDS...]: LINE between two good ones, in bad.jsonl, then
# other.jsonl, for each command (default: the three filters).
check_bad() {
  local line=$1 reason=$2
  shift 2
  local cmds=("$@")
  [ ${#cmds[@]} -gt 0 ] || cmds=("grep ." "tag" "stats --by doc")
  printf '%s\n%s\n%s\n' "$good" "$line" "$good" >bad.jsonl
  local c
  for c in "${cmds[@]}"; do
    # shellcheck disable=SC2086
    run $c bad.jsonl other.jsonl
    expect_status 2
    expect_err "vil: bad.jsonl:2: $reason"
    expect_eq 2 "$(written "$c")" "$c: records around '$line'"
    # shellcheck disable=SC2086
    run $c --skip-invalid bad.jsonl other.jsonl
    expect_status 0
    expect_err "vil: bad.jsonl:2: $reason; skipped
vil: bad.jsonl: skipped 1 invalid line"
    expect_eq 3 "$(written "$c")" "$c --skip-invalid: records around '$line'"
  done
}

check_bad 'not json' "not valid JSON: Problem while parsing an atom starting with the letter 'n'"
check_bad '[1,2]' 'not a JSON object (a record is one object per line)'
check_bad '"text"' 'not a JSON object (a record is one object per line)'
# No text, or text that is not a string: bad records for grep and tag; stats counts them.
check_bad '{"doc":"x"}' 'record has no "text" field' "grep ." tag
check_bad '{"text":5}' "record's \"text\" is not a string" "grep ." tag
check_bad '{"text":null}' "record's \"text\" is not a string" "grep ." tag
check_bad '{"text":["a"]}' "record's \"text\" is not a string" "grep ." tag
# doc and kind, when there, are strings (or null): "doc":5 is not counted under null.
check_bad '{"text":"a","doc":5}' "record's \"doc\" is not a string" "grep ." tag
check_bad '{"text":"a","kind":["bullet"]}' "record's \"kind\" is not a string" "grep ." tag
printf '%s\n' "$good" '{"doc":"x"}' '{"doc":"x","text":5}' '{"doc":"x","text":null}' >textless.jsonl
run stats --by doc textless.jsonl
expect_status 0
expect_err ''
printf '%s\n' '{"doc":"x","count":3}' '{"doc":"g","count":1}' >want
expect_out_file want
check_bad '{"text":"a","text":"b"}' 'duplicate key "text"'
check_bad '{"te\u0078t":"a","text":"b"}' 'duplicate key "text"'
check_bad '{"text":"a","meta":{"municipality":"Asker","type":"x","municipality":"Bærum"}}' 'duplicate key "municipality"'
check_bad '{"text":"a","why":[{"tag":"x","rule":"r","tag":"y"}]}' 'duplicate key "tag"'
check_bad '{"text":"a\x"}' 'not valid JSON: Problem while parsing a string'
check_bad '{"text":"a\ud800"}' 'not valid JSON: Problem while parsing a string'
check_bad "$(printf '{"text":"a\tb"}')" 'not valid JSON: Within strings, some characters must be escaped, we found unescaped characters'
check_bad "$(printf '{"text":"a\xffb"}')" 'not valid JSON: The input is not valid UTF-8'
check_bad '{"text":"a"},' 'not valid JSON: The JSON document has an improper structure: missing or superfluous commas, braces, missing keys, etc.'
check_bad '{"text":"a"} {"text":"b"}' 'not valid JSON: The JSON document has an improper structure: missing or superfluous commas, braces, missing keys, etc.'
# 10,000 levels of nesting: refused cleanly (no crash, no stack overflow).
deep=$(printf '%*s' 10000 '' | tr ' ' '[')$(printf '%*s' 10000 '' | tr ' ' ']')
check_bad "{\"text\":\"a\",\"x\":$deep}" 'not valid JSON: The JSON document was too deep (too many nested objects and arrays)'
check_bad "$deep" 'not valid JSON: The JSON document was too deep (too many nested objects and arrays)'

# A truncated last line, without its newline: the line is named; the rest written.
printf '%s\n%s' "$good" '{"text":"a"' >trunc.jsonl
for c in "${cmds[@]}"; do
  # shellcheck disable=SC2086
  run $c trunc.jsonl
  expect_status 2
  expect_err 'vil: trunc.jsonl:2: not valid JSON: The JSON document has an improper structure: missing or superfluous commas, braces, missing keys, etc.'
  expect_eq 1 "$(written "$c")" "$c: records before a truncated line"
done

# Large numbers that fit (64-bit integers, the largest double) pass through unchanged.
printf '%s\n' '{"text":"tall","n":18446744073709551615,"m":-9223372036854775808,"d":1.7976931348623157e308}' >big.jsonl
run grep tall big.jsonl
expect_status 0
expect_eq '{"text":"tall","n":18446744073709551615,"m":-9223372036854775808,"d":1.7976931348623157e308,"match":{"text":[[0,4]]}}' "$(cat out)" 'large numbers through grep'
run tag big.jsonl
expect_eq '{"text":"tall","n":18446744073709551615,"m":-9223372036854775808,"d":1.7976931348623157e308,"tags":[],"why":[]}' "$(cat out)" 'large numbers through tag'
run stats --by n big.jsonl
expect_eq '{"n":18446744073709551615,"count":1}' "$(cat out)" 'a large number as a key'

# CRLF line ends and blank lines (empty, spaces, tabs, a lone CR): the records are read,
# the output has LF line ends, and line numbers count the blank lines.
printf '{"doc":"c","text":"a"}\r\n\r\n   \n\t\n\n{"doc":"c","text":"b"}\r\n{"doc":"c","text":"c"\r\n' >crlf.jsonl
run grep . crlf.jsonl
expect_status 2
expect_err 'vil: crlf.jsonl:7: not valid JSON: The JSON document has an improper structure: missing or superfluous commas, braces, missing keys, etc.'
printf '%s\n' '{"doc":"c","text":"a","match":{"text":[[0,1]]}}' '{"doc":"c","text":"b","match":{"text":[[0,1]]}}' >want
expect_out_file want
printf '{"doc":"c","text":"a"}\r\n\r\n \n{"doc":"c","text":"b"}\r\n' >crlf2.jsonl
run tag crlf2.jsonl
expect_status 0
printf '%s\n' '{"doc":"c","text":"a","tags":[],"why":[]}' '{"doc":"c","text":"b","tags":[],"why":[]}' >want
expect_out_file want
run stats --by doc crlf2.jsonl
expect_status 0
expect_eq '{"doc":"c","count":2}' "$(cat out)" 'stats over CRLF and blank lines'
# Only blank lines: no records, no message.
printf '\n \n\r\n' >blank.jsonl
run stats --by doc blank.jsonl
expect_status 0
expect_err ''
expect_eq '' "$(cat out)" 'stats of blank lines'
run grep . blank.jsonl
expect_status 1
expect_err ''

# --skip-invalid with many bad lines: ten warnings per input, then the count; the
# records around them all read; standard input is "stdin".
{
  echo '{"text":"a"}'
  for i in $(seq 12); do echo "bad$i"; done
  echo '{"text":"b"}'
} >many.jsonl
warnings() {
  local i
  for i in $(seq 2 11); do
    echo "vil: $1:$i: not valid JSON: The JSON document has an improper structure: missing or superfluous commas, braces, missing keys, etc.; skipped"
  done
  echo "vil: $1: skipped 12 invalid lines"
}
run_stdin many.jsonl stats --by text --skip-invalid many.jsonl -
expect_status 0
expect_err "$(warnings many.jsonl; warnings stdin)"
printf '%s\n' '{"text":"a","count":2}' '{"text":"b","count":2}' >want
expect_out_file want
run_stdin many.jsonl tag --skip-invalid
expect_status 0
expect_err "$(warnings stdin)"
expect_eq 2 "$(count true)" 'tag --skip-invalid from stdin'
run grep --skip-invalid -c . many.jsonl
expect_status 0
expect_err "$(warnings many.jsonl)"
expect_eq '{"doc":null,"count":2}' "$(cat out)" 'grep -c --skip-invalid'
# Without --skip-invalid the first bad line stops that input; exit 2.
run grep -c . many.jsonl
expect_status 2
expect_err 'vil: many.jsonl:2: not valid JSON: The JSON document has an improper structure: missing or superfluous commas, braces, missing keys, etc.'
expect_eq '{"doc":null,"count":1}' "$(cat out)" 'grep -c up to the bad line'
