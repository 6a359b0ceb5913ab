# The man pages are lint-clean, and every record field the schema allows (and every
# refs and meta member) has its own entry in vil-extract(1).
command -v mandoc >/dev/null || fail "mandoc is not installed (scripts/setup installs it)"
for page in "$VIL_ROOT"/man/*.1; do
  checks=$((checks + 1))
  mandoc -T lint -W warning "$page" >lint 2>&1 || { fail "mandoc lint: $page"; cat lint >&2; }
done
jq -r '.properties | keys[]' "$VIL_ROOT/schema/record.schema.json" >fields
jq -r '.properties.refs.properties, .properties.meta.properties | keys[]' "$VIL_ROOT/schema/record.schema.json" >members
[ "$(wc -l <fields)" -ge 14 ] || fail "schema lists only $(wc -l <fields) fields"
# A field's entry is a .TP paragraph whose tag line is ".B field".
awk '/^\.TP/ { getline; print }' "$VIL_ROOT/man/vil-extract.1" >tags
while read -r field; do
  checks=$((checks + 1))
  grep -qx "\.B $field" tags || fail "record field '$field' has no entry in man/vil-extract.1"
done <fields
while read -r member; do
  checks=$((checks + 1))
  grep -q "^\.BR\? $member\b" "$VIL_ROOT/man/vil-extract.1" || fail "refs/meta member '$member' not described in man/vil-extract.1"
done <members
# Every subcommand in the table has a page.
for cmd in $("$VIL" --help | awk '/^Subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }' | grep -vx help); do
  checks=$((checks + 1))
  [ -f "$VIL_ROOT/man/vil-$cmd.1" ] || fail "subcommand $cmd has no man/vil-$cmd.1"
done
# Every long option of every subcommand's --help is in its page (as \-\-name).
for cmd in $("$VIL" --help | awk '/^Subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }' | grep -vx help); do
  opts=$("$VIL" "$cmd" --help | grep -oE '^ +(-[a-zA-Z], ?)?--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z][a-z0-9-]*' | grep -vx -- --help)
  [ -n "$opts" ] || fail "vil $cmd --help lists no options"
  for opt in $opts; do
    checks=$((checks + 1))
    grep -qF -- "$(printf '%s' "$opt" | sed 's/-/\\-/g')" "$VIL_ROOT/man/vil-$cmd.1" || fail "vil $cmd $opt is not in man/vil-$cmd.1"
  done
done
