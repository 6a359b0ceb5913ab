# The README's ```console examples really run: each "$ command" line is run with bash
# from the top of the source tree (vil on PATH), and its output must be the lines that
# follow it, up to the next "$ " line or the end of the block.
mkdir bin && ln -s "$VIL" bin/vil
export PATH="$PWD/bin:$PATH"
/usr/bin/python3 - "$VIL_ROOT/README.md" >examples.tsv <<'PY'
import sys, json
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
inside, cmd, expected, examples = False, None, [], []
for line in lines:
    if line.startswith("```console"):
        inside = True
        continue
    if inside and line.startswith("```"):
        if cmd is not None:
            examples.append((cmd, expected))
        inside, cmd, expected = False, None, []
        continue
    if not inside:
        continue
    if line.startswith("$ "):
        if cmd is not None:
            examples.append((cmd, expected))
        cmd, expected = line[2:], []
    elif cmd is not None:
        expected.append(line)
for cmd, expected in examples:
    print(json.dumps({"cmd": cmd, "expected": "\n".join(expected) + "\n"}))
PY
n=0
while IFS= read -r example; do
  n=$((n + 1))
  cmd=$(jq -r .cmd <<<"$example")
  jq -j .expected <<<"$example" >expected
  (cd "$VIL_ROOT" && bash -o pipefail -c "$cmd") >actual 2>&1 || true
  checks=$((checks + 1))
  cmp -s expected actual || { fail "README example: $cmd"; diff expected actual | head -10 >&2; }
done <examples.tsv
[ "$n" -ge 5 ] || fail "found only $n README examples"
