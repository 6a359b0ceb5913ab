# vil grep --format text: "doc:line: text" per selected record, the line being the
# record's first source line (lines[0]), or the input line when it has none; matches in
# other fields follow as "  [place: value]". Colours (ripgrep's: document magenta, line
# green, match bold red) with --color always, or with auto on a terminal unless NO_COLOR
# is set and not empty (or TERM=dumb). JSON Lines is the default unless stdout is a
# terminal.

cat >in.jsonl <<'JSON'
{"doc":"d1","kind":"bullet","text":"Bygge flere boliger på Ås og i Bærum.","path":["Bolig","Øst"],"lines":[3,3]}
{"doc":"d1","kind":"paragraph","text":"Ingen treff her.","path":[],"lines":[5,6]}
{"doc":"d2","kind":"bullet","text":"Bærum, Bærum!","path":["Bærum"],"lines":[12,12]}
{"doc":"d3","text":"Uten linjer: bolig."}
JSON

run grep -i 'bolig|bærum' in.jsonl --format text
expect_status 0
expect_err ''
printf '%s\n' 'd1:3: Bygge flere boliger på Ås og i Bærum.' 'd2:12: Bærum, Bærum!' 'd3:4: Uten linjer: bolig.' >want
expect_out_file want

# Matches in several fields: the text, then the other places that matched.
run grep --field path --field text -i 'bærum|bolig' in.jsonl --format text
printf '%s\n' 'd1:3: Bygge flere boliger på Ås og i Bærum.  [path.0: Bolig]' 'd2:12: Bærum, Bærum!  [path.0: Bærum]' 'd3:4: Uten linjer: bolig.' >want
expect_out_file want
# Only another field matched: the text is still shown, then the field.
run grep --field path 'Øst' in.jsonl --format text
printf '%s\n' 'd1:3: Bygge flere boliger på Ås og i Bærum.  [path.1: Øst]' >want
expect_out_file want
# -v: the text alone.
run grep -v -i 'bolig|bærum' in.jsonl --format text
printf '%s\n' 'd1:5: Ingen treff her.' >want
expect_out_file want

# --color always: exact escapes; every match painted, in every field shown.
run grep --field text --field path -i 'bærum|bolig' in.jsonl --format text --color always
{
  printf '\033[35md1\033[0m:\033[32m3\033[0m: Bygge flere \033[1;31mbolig\033[0mer på Ås og i \033[1;31mBærum\033[0m.  [path.0: \033[1;31mBolig\033[0m]\n'
  printf '\033[35md2\033[0m:\033[32m12\033[0m: \033[1;31mBærum\033[0m, \033[1;31mBærum\033[0m!  [path.0: \033[1;31mBærum\033[0m]\n'
  printf '\033[35md3\033[0m:\033[32m4\033[0m: Uten linjer: \033[1;31mbolig\033[0m.\n'
} >want
expect_out_file want
# -v in colour: prefix painted, no match to paint.
run grep -v -i 'bolig|bærum' in.jsonl --format text --color always
printf '\033[35md1\033[0m:\033[32m5\033[0m: Ingen treff her.\n' >want
expect_out_file want
# --color always does not change JSON output.
run grep --color always 'Ingen' in.jsonl
printf '%s\n' '{"doc":"d1","kind":"paragraph","text":"Ingen treff her.","path":[],"lines":[5,6],"match":{"text":[[0,5]]}}' >want
expect_out_file want

# Not a terminal: --color auto (the default) and never are plain, with or without NO_COLOR.
printf '%s\n' 'd1:5: Ingen treff her.' >want
for when in auto never; do
  run grep 'Ingen' in.jsonl --format text --color "$when"
  expect_out_file want
done
NO_COLOR=1 run grep 'Ingen' in.jsonl --format text
expect_out_file want
# NO_COLOR does not override --color always.
NO_COLOR=1 run grep 'Ingen' in.jsonl --format text --color always
expect_eq "$(printf '\033[35md1\033[0m:\033[32m5\033[0m: \033[1;31mIngen\033[0m treff her.')" "$(cat out)" 'NO_COLOR with --color always'
# Not a terminal, no --format: JSON Lines.
run grep 'Ingen' in.jsonl
expect_eq '{"text":[[0,5]]}' "$(jq -c .match out)" 'JSON Lines into a file'

# On a terminal (script(1) gives a pseudo-terminal): text and colour by default;
# NO_COLOR=1, an empty NO_COLOR, TERM=dumb and --format jsonl.
if command -v script >/dev/null 2>&1; then
  # on_tty [VAR=VALUE...] -- COMMAND: runs COMMAND on a pseudo-terminal, TERM=xterm and
  # NO_COLOR unset unless given.
  on_tty() {
    local vars=()
    while [ "$1" != -- ]; do vars+=("$1"); shift; done
    shift
    env -u NO_COLOR TERM=xterm "${vars[@]}" script -qec "$*" /dev/null </dev/null | tr -d '\r'
  }
  coloured=$(printf '\033[35md1\033[0m:\033[32m5\033[0m: \033[1;31mIngen\033[0m treff her.')
  expect_eq "$coloured" "$(on_tty -- "'$VIL' grep Ingen in.jsonl")" 'terminal: text in colour'
  expect_eq 'd1:5: Ingen treff her.' "$(on_tty NO_COLOR=1 -- "'$VIL' grep Ingen in.jsonl")" 'terminal with NO_COLOR=1'
  expect_eq "$coloured" "$(on_tty NO_COLOR= -- "'$VIL' grep Ingen in.jsonl")" 'terminal with an empty NO_COLOR'
  expect_eq 'd1:5: Ingen treff her.' "$(on_tty TERM=dumb -- "'$VIL' grep Ingen in.jsonl")" 'terminal with TERM=dumb'
  expect_eq 'd1:5: Ingen treff her.' "$(on_tty -- "'$VIL' grep --color never Ingen in.jsonl")" 'terminal with --color never'
  expect_eq '{"text":[[0,5]]}' "$(on_tty -- "'$VIL' grep --format jsonl Ingen in.jsonl" | jq -c .match)" 'terminal with --format jsonl'
fi
