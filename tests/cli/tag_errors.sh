# vil tag: a bad rule stops the run before any record is read: "vil: FILE:LINE: reason",
# exit 2, nothing written. Line numbers count every line of the file, comments too.

printf '%s\n' '{"kind":"bullet","text":"skole"}' >in.jsonl

# bad_rule CONTENT MESSAGE: a rule file with CONTENT (printf format) fails with MESSAGE.
bad_rule() {
  # shellcheck disable=SC2059
  printf "$1" >bad.tsv
  run tag -r bad.tsv in.jsonl
  expect_status 2
  expect_eq '' "$(cat out)" "output for rule file '$1'"
  expect_err "vil: bad.tsv:$2"
}
# Tag names: [a-z0-9][a-z0-9:._-]*.
bad_rule '# kommentar\ntopic:ok\tskole\nTopic:X\tfoo\n' "3: invalid tag 'Topic:X' (use a-z, 0-9, ':', '.', '_', '-')"
bad_rule 'a b\tfoo\n' "1: invalid tag 'a b' (use a-z, 0-9, ':', '.', '_', '-')"
bad_rule ':a\tfoo\n' "1: invalid tag ':a' (use a-z, 0-9, ':', '.', '_', '-')"
bad_rule 'miljø\tfoo\n' "1: invalid tag 'miljø' (use a-z, 0-9, ':', '.', '_', '-')"
bad_rule '\tfoo\n' "1: invalid tag '' (use a-z, 0-9, ':', '.', '_', '-')"
# Patterns: RE2's reason; empty ones refused.
bad_rule '\nx:a\t(skole\n' "2: invalid pattern '(skole': missing ): (skole"
bad_rule 'x:a\tskole\\1\n' "1: invalid pattern 'skole\\1': invalid escape sequence: \\1"
bad_rule 'x:a\t\n' '1: empty pattern'
# The shape of a line.
bad_rule 'x:a\n' '1: expected TAG<TAB>PATTERN[<TAB>FIELD[<TAB>KINDS]]'
bad_rule 'x:a skole\n' '1: expected TAG<TAB>PATTERN[<TAB>FIELD[<TAB>KINDS]]'
bad_rule 'x:a\tskole\ttext\tbullet\tx\n' '1: too many tab-separated cells (5; at most 4)'
bad_rule 'x:a\tskole\ttext\tbullet\t\t\n' '1: too many tab-separated cells (6; at most 4)'
# FIELD and KINDS.
bad_rule 'x:a\tskole\trefs..sdg\n' "1: empty part in field name 'refs..sdg'"
bad_rule 'x:a\tskole\ttext\tbullet,nokind\n' "1: unknown kind 'nokind' (heading, paragraph, toc, lead, bullet, pledge, goal, subgoal, strategy)"
bad_rule 'x:a\tskole\ttext\tBullet\n' "1: unknown kind 'Bullet' (heading, paragraph, toc, lead, bullet, pledge, goal, subgoal, strategy)"
# The first bad line is the one reported.
bad_rule 'x:a\tskole\nx:b\t(\nX\tfoo\n' "2: invalid pattern '(': missing ): ("

# The second of two files: named, its line counted in that file.
printf 'x:a\tskole\n' >good.tsv
printf 'x:b\tskole\n\n\nx:c\t[\n' >bad2.tsv
run tag -r good.tsv -r bad2.tsv in.jsonl
expect_status 2
expect_err "vil: bad2.tsv:4: invalid pattern '[': missing ]: ["
expect_eq '' "$(cat out)" 'output with a bad second file'

# A missing rule file, a folder: named without a line.
run tag -r nosuch.tsv in.jsonl
expect_status 2
expect_err 'vil: nosuch.tsv: No such file or directory'
expect_eq '' "$(cat out)" 'output with a missing rule file'
mkdir folder
run tag -r good.tsv -r folder in.jsonl
expect_status 2
expect_err 'vil: folder: is a directory'
# -r without a file is a usage error.
run tag in.jsonl -r
expect_status 2

# Good rules, a missing input among good ones: named, the others tagged, exit 2.
run tag -r good.tsv nosuch.jsonl in.jsonl
expect_status 2
expect_err 'vil: nosuch.jsonl: No such file or directory'
expect_eq '["x:a"]' "$(jq -c .tags out)" 'tagged after a missing input'
