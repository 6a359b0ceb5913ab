# The report on a phone and on a desk: report.html, drawn by headless Chromium at 400 and
# 1400 pixels wide, has nothing wider than the page (a wide table may scroll inside its
# own box, never the page), its heatmaps (tables coloured by share) fit whole, and with
# its long sections collapsed the page is a few screens long. Before: at 400 px the page
# was 598 px wide, the heatmaps showed only their labels, and it was 107,000 px long.
# Skipped where Chromium is absent (it is not part of scripts/setup: 80 MB); `apt-get
# install chromium` runs it.
unset MAKEFLAGS MFLAGS MAKELEVEL
command -v chromium >/dev/null || skip_test "chromium not installed (Debian: apt-get install chromium)"
R=$PWD/report
make --no-print-directory -f "$VIL_ROOT/scripts/report.mk" -C "$VIL_ROOT" VIL="$VIL" OUT="$R" -j2 "$R/report.html" >make.out 2>&1 ||
  { fail "make report.html: $(tail -3 make.out)"; return; }

# The page, with a measuring script added to a copy (the report itself has none), in an
# iframe of the width asked (Chromium's window is never narrower than 500 px); the
# script posts its figures to the frame, which puts them in its title.
cat >probe.js <<'JS'
<script>
window.addEventListener('load', function () {
  var collapsed = document.documentElement.scrollHeight;
  document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  var w = document.documentElement.clientWidth, wide = [], heat = [];
  document.querySelectorAll('body *').forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.width > 0 && r.right > w + 1 && !e.closest('.scroll')) wide.push(e.tagName.toLowerCase() + ':' + Math.round(r.right));
  });
  document.querySelectorAll('table.heat').forEach(function (t) {
    var r = t.getBoundingClientRect();
    heat.push(r.right <= w + 1 ? 'fits' : 'cut');
  });
  parent.postMessage(JSON.stringify({page: document.documentElement.scrollWidth <= w ? 'fits' : 'wider',
    wide: wide.slice(0, 5), heat: heat, screens: Math.ceil(collapsed / 900)}), '*');
});
</script>
JS
sed 's|</body>|'"$(tr -d '\n' <probe.js | sed 's/[&|\\]/\\&/g')"'</body>|' "$R/report.html" >"$R/probe.html"
for width in 400 1400; do
  cat >frame.html <<HTML
<!DOCTYPE html><html><head><title>no answer</title></head><body style="margin:0">
<iframe src="file://$R/probe.html" width="$width" height="900" style="border:0"></iframe>
<script>window.addEventListener('message', function (e) { document.title = 'PROBE ' + e.data; });</script>
</body></html>
HTML
  profile=$(mktemp -d)
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$profile" --window-size=1500,1000 --virtual-time-budget=5000 \
    --dump-dom "file://$PWD/frame.html" >dom.html 2>chromium.log
  rm -rf "$profile"
  result=$(sed -n 's/.*<title>PROBE \(.*\)<\/title>.*/\1/p' dom.html | sed 's/&quot;/"/g')
  checks=$((checks + 1))
  [ -n "$result" ] || { fail "$width px: no measurement from chromium: $(tail -3 chromium.log)"; continue; }
  expect_eq fits "$(jq -r .page <<<"$result")" "$width px: the page is no wider than the window"
  expect_eq '[]' "$(jq -c .wide <<<"$result")" "$width px: elements wider than the page"
  expect_eq '["fits","fits"]' "$(jq -c .heat <<<"$result")" "$width px: both heatmaps fit"
  checks=$((checks + 1))
  screens=$(jq -r .screens <<<"$result")
  [ "$screens" -le 12 ] || fail "$width px: the collapsed page is $screens screens of 900 px long"
done

# What the page holds for a phone and a reader: Norwegian marked, files linked, 0% cells
# bordered, long sections collapsible, and still no script of its own.
checks=$((checks + 1))
xmllint --noout "$R/report.html" 2>xml.err || fail "report.html is not well-formed: $(head -3 xml.err)"
expect_eq 2 "$(xmllint --xpath 'count(//*[local-name()="table"][@class="heat"])' "$R/report.html")" 'heatmap tables'
expect_eq 24 "$(xmllint --xpath 'count((//*[local-name()="table"][@class="heat"])[1]//*[local-name()="td"])' "$R/report.html")" 'focus heatmap cells: 8 areas x 3 programs'
checks=$((checks + 1))
[ "$(grep -c 'lang="nb"' "$R/report.html")" -gt 100 ] || fail 'Norwegian text is not marked lang="nb"'
checks=$((checks + 1))
[ "$(grep -c '<details>' "$R/report.html")" -ge 10 ] || fail 'long sections are not collapsible'
expect_eq 1 "$(grep -c '<a href="records.jsonl"><code>records.jsonl</code></a>' "$R/report.html")" 'files linked'
checks=$((checks + 1))
grep -q 'table.heat td.zero { border' "$R/report.html" || fail '0% cells have no border'
expect_eq 0 "$(grep -ci '<script' "$R/report.html")" 'no script in the report'
done_testing
