#!/usr/bin/env bash
# `stipple academy report --html` opened in headless Chromium (Debian's chromium): the page loads from a
# file with no network, the DOM holds the SVG score charts, the trainees' names, the cohort standing and,
# for the trainee proficient in the whole curriculum, the certificate line.
set -euo pipefail

: "${STIPPLE_BIN:?STIPPLE_BIN must name the built stipple program}"
: "${STIPPLE_SOURCE_DIR:?STIPPLE_SOURCE_DIR must name the source tree}"
for tool in chromium jq; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/deps.sh --test)"; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
db="$work/g.sqlite"
st() { "$STIPPLE_BIN" "$@" --db "$db" >/dev/null; }

# A one-lesson curriculum, so that two passes make a trainee proficient in all of it.
cp "$STIPPLE_SOURCE_DIR/lessons/first-dots-depth.json" "$work/"
cat >"$work/curriculum.json" <<'JSON'
{ "format": "stipple-curriculum/1", "title": "Depth basics", "proficiency": { "consecutive_passes": 2 },
  "lessons": [ { "file": "first-dots-depth.json", "requires": [] } ] }
JSON
"$STIPPLE_BIN" demo --lesson "$work/first-dots-depth.json" --out "$work/demo.json" >/dev/null
st academy trainees add "Ana Lima" --cohort spring
st academy trainees add "Bo <Chen>" --cohort spring
for i in 1 2 3; do
  jq --arg t "2026-11-2${i}T09:00:00Z" '.trainee = "Ana Lima" | .started = $t' "$work/demo.json" >"$work/ana$i.json"
done
jq '.trainee = "Bo <Chen>" | .started = "2026-11-21T10:00:00Z" | .dots |= map(.depth_mm = 1.7)' \
  "$work/demo.json" >"$work/bo1.json"
st academy import --lessons "$work" "$work"/ana*.json "$work/bo1.json"
"$STIPPLE_BIN" academy report --db "$db" --curriculum "$work/curriculum.json" --html "$work/report.html" >/dev/null

echo "check: the page loads in headless Chromium"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$work/profile" --dump-dom "file://$work/report.html" \
  >"$work/dom.html" 2>"$work/chromium.err" || { tail -5 "$work/chromium.err"; fail "chromium could not load the page"; }
grep -q '</html>' "$work/dom.html" || fail "no DOM dumped"
echo "check: two SVG score charts with their series"
[ "$(grep -o '<svg class="score-chart"' "$work/dom.html" | wc -l)" -eq 2 ] || fail "expected 2 charts"
grep -q 'class="series-total"' "$work/dom.html" && grep -q 'class="series-depth"' "$work/dom.html" || fail "series"
echo "check: trainee names (escaped), cohort standing, certificate"
grep -q '<h2>Ana Lima</h2>' "$work/dom.html" || fail "Ana's section"
grep -q '<h2>Bo &lt;Chen&gt;</h2>' "$work/dom.html" || fail "Bo's section (escaped)"
grep -q '<h2>Cohort standing</h2>' "$work/dom.html" || fail "standing"
grep -q 'Certificate: Ana Lima is proficient in every lesson of Depth basics' "$work/dom.html" || fail "certificate"
[ "$(grep -o 'class="certificate"' "$work/dom.html" | wc -l)" -eq 1 ] || fail "only Ana has a certificate"

echo "check: --trainee shows one trainee's section"
"$STIPPLE_BIN" academy report --db "$db" --curriculum "$work/curriculum.json" --trainee "Bo <Chen>" \
  --html "$work/bo.html" >/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$work/profile2" --dump-dom "file://$work/bo.html" \
  >"$work/bo_dom.html" 2>/dev/null || fail "chromium could not load the one-trainee page"
[ "$(grep -o '<section class="trainee"' "$work/bo_dom.html" | wc -l)" -eq 1 ] || fail "one section"
grep -q '<h2>Bo &lt;Chen&gt;</h2>' "$work/bo_dom.html" || fail "Bo's section"
! grep -q 'class="certificate"' "$work/bo_dom.html" || fail "Bo has no certificate"
echo "PASS: academy report in Chromium"
