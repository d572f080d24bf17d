#!/usr/bin/env bash
# `stipple academy report --html` opened in headless Chromium (Debian's chromium): the page loads from a
# file with no network, the DOM holds the SVG score charts, the trainees' names, the cohort standing and,
# for the trainee proficient in the whole curriculum, the certificate line.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_tools chromium jq timeout
db="$work/g.sqlite"
st() { expect 0 "$@" --db "$db"; }
# dom_of PAGE.html OUT.html: the DOM headless Chromium builds from the page (bounded: 120 s).
dom_of() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile-$(basename "$1")" \
    --dump-dom "file://$1" >"$2" 2>"$work/chromium.err" ||
    fail "chromium could not load $(basename "$1"): $(tail -n 1 "$work/chromium.err")"
  grep -q '</html>' "$2" || fail "chromium dumped no DOM for $(basename "$1")"
}

# A one-lesson curriculum, so that two passes make a trainee proficient in all of it.
cp "$lessons/first-dots-depth.json" "$work/"
cat >"$work/curriculum.json" <<'JSON'
{ "format": "stipple-curriculum/1", "title": "Depth basics", "proficiency": { "consecutive_passes": 2 },
  "lessons": [ { "file": "first-dots-depth.json", "requires": [] } ] }
JSON
expect 0 demo --lesson "$work/first-dots-depth.json" --out "$work/demo.json"
st academy trainees add "Ana Lima" --cohort spring
st academy trainees add "Bo <Chen>" --cohort spring
# Demo files never count: the demo's dots as "mouse" work, each moved a little (new work), vouched for.
for i in 1 2 3; do
  jq --arg t "2026-11-2${i}T09:00:00Z" --argjson i "$i" \
    '.trainee = "Ana Lima" | .started = $t | .input = "mouse" | .dots[0].x += 0.01 * $i' "$work/demo.json" >"$work/ana$i.json"
done
jq '.trainee = "Bo <Chen>" | .started = "2026-11-21T10:00:00Z" | .input = "mouse" | .dots |= map(.depth_mm = 1.7)' \
  "$work/demo.json" >"$work/bo1.json"
st academy import --vouch --lessons "$work" "$work"/ana*.json "$work/bo1.json"
st academy report --curriculum "$work/curriculum.json" --html "$work/report.html"

check "the page loads in headless Chromium"
dom_of "$work/report.html" "$work/dom.html"
check "two SVG score charts with their series"
[ "$(grep -o '<svg class="score-chart"' "$work/dom.html" | wc -l)" -eq 2 ] || fail "expected 2 charts"
grep -q 'class="series-total"' "$work/dom.html" && grep -q 'class="series-depth"' "$work/dom.html" || fail "series"
check "trainee names (escaped), cohort standing, certificate"
grep -q '<h2>Ana Lima</h2>' "$work/dom.html" || fail "Ana's section"
grep -q '<h2>Bo &lt;Chen&gt;</h2>' "$work/dom.html" || fail "Bo's section (escaped)"
grep -q '<h2>Cohort standing</h2>' "$work/dom.html" || fail "standing"
grep -q 'Certificate: Ana Lima is proficient in every lesson of Depth basics' "$work/dom.html" || fail "certificate"
[ "$(grep -o 'class="certificate"' "$work/dom.html" | wc -l)" -eq 1 ] || fail "only Ana has a certificate"

check "--trainee shows one trainee's section"
st academy report --curriculum "$work/curriculum.json" --trainee "Bo <Chen>" --html "$work/bo.html"
dom_of "$work/bo.html" "$work/bo_dom.html"
[ "$(grep -o '<section class="trainee"' "$work/bo_dom.html" | wc -l)" -eq 1 ] || fail "one section"
grep -q '<h2>Bo &lt;Chen&gt;</h2>' "$work/bo_dom.html" || fail "Bo's section"
! grep -q 'class="certificate"' "$work/bo_dom.html" || fail "Bo has no certificate"
echo "PASS: academy report in Chromium"
