# The CLI test runner cannot be fooled: a test file that does not parse, stops before
# its end, or checks nothing fails; one that runs its checks to the end passes.
mkdir cases
printf 'expect_eq 1 1 one\nexit 0\nexpect_eq 1 2 two\n' >cases/early.sh
printf 'x=1\n' >cases/nothing.sh
printf 'expect_eq 1 1 one\nif then\n' >cases/syntax.sh
printf 'expect_eq 1 1 one\n' >cases/good.sh
for c in early nothing syntax good; do
  status=0
  bash "$VIL_ROOT/tests/run-cli.sh" "$VIL" "$VIL_ROOT" "$PWD/cases/$c.sh" >"$c.out" 2>&1 || status=$?
  case $c in
    good) expect_eq '0 1 passed, 0 failed' "$status $(tail -1 "$c.out")" "$c" ;;
    *) expect_eq '1 0 passed, 1 failed' "$status $(tail -1 "$c.out")" "$c" ;;
  esac
done
