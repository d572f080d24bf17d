#!/usr/bin/env bash
# `stipple academy report --html` opened in headless Chromium (Debian's chromium): the page loads from a
# file with no network; the summary and the lessons table come first, then one folded section per trainee
# with a thumbnail per attempt (one circle per dot), charts only for lessons with 3+ attempts, the cohort
# standing and the certificate line; --trainee names no one else; --cohort/--from/--to narrow it; printed
# to PDF the folded sections open.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_tools chromium jq timeout pdftotext
db="$work/g.sqlite"
st() { expect 0 "$@" --db "$db"; }
chromium_run() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile-$1" "${@:2}" \
    2>"$work/chromium.err"
}
# dom_of PAGE.html OUT.html: the DOM headless Chromium builds from the page (bounded: 120 s).
dom_of() {
  chromium_run "$(basename "$1")" --dump-dom "file://$1" >"$2" ||
    fail "chromium could not load $(basename "$1"): $(tail -n 1 "$work/chromium.err")"
  grep -q '</html>' "$2" || fail "chromium dumped no DOM for $(basename "$1")"
}
count() { grep -o "$1" "$2" | wc -l; }

# A one-lesson curriculum, so that two passes make a trainee proficient in all of it.
cp "$lessons/first-dots-depth.json" "$work/"
cat >"$work/curriculum.json" <<'JSON'
{ "format": "stipple-curriculum/1", "title": "Depth basics", "proficiency": { "consecutive_passes": 2 },
  "lessons": [ { "file": "first-dots-depth.json", "requires": [] } ] }
JSON
expect 0 demo --lesson "$work/first-dots-depth.json" --out "$work/demo.json"
dots=$(jq '.dots | length' "$work/demo.json")
st academy trainees add "Ana Lima" --cohort spring
st academy trainees add "Bo <Chen>" --cohort spring
st academy trainees add "Cy Dee" --cohort autumn
# Demo files never count: the demo's dots as "mouse" work, each moved a little (new work), vouched for.
for i in 1 2 3; do
  jq --arg t "2026-11-2${i}T09:00:00Z" --argjson i "$i" \
    '.trainee = "Ana Lima" | .started = $t | .input = "mouse" | .dots[0].x += 0.01 * $i' "$work/demo.json" >"$work/ana$i.json"
done
jq '.trainee = "Bo <Chen>" | .started = "2026-11-21T10:00:00Z" | .input = "mouse" | .dots |= map(.depth_mm = 1.7)' \
  "$work/demo.json" >"$work/bo1.json"
jq '.trainee = "Cy Dee" | .input = "mouse" | .started = "2026-11-25T10:00:00Z" | .dots[1].x += 0.02' "$work/demo.json" >"$work/cy1.json"
st academy import --vouch --lessons "$work" "$work"/ana*.json "$work/bo1.json" "$work/cy1.json"
st academy report --curriculum "$work/curriculum.json" --html "$work/report.html"

check "the page loads in headless Chromium"
dom_of "$work/report.html" "$work/dom.html"
check "summary first, then the lessons table, then one folded section per trainee"
summary=$(grep -n '<section class="summary">' "$work/dom.html" | head -1 | cut -d: -f1)
lessons_at=$(grep -n '<table class="lesson-stats">' "$work/dom.html" | head -1 | cut -d: -f1)
first=$(grep -n '<details class="trainee"' "$work/dom.html" | head -1 | cut -d: -f1)
[ -n "$summary" ] && [ -n "$lessons_at" ] && [ -n "$first" ] || fail "summary, lessons or trainees missing"
[ "$summary" -lt "$lessons_at" ] && [ "$lessons_at" -lt "$first" ] || fail "order: $summary $lessons_at $first"
[ "$(count '<details class="trainee"' "$work/dom.html")" -eq 3 ] || fail "expected 3 trainee sections"
grep -q '<dt>Active trainees</dt><dd>3</dd>' "$work/dom.html" || fail "active trainees"
grep -q '<dt>Attempts counted</dt><dd>5</dd>' "$work/dom.html" || fail "attempts counted"
grep -q '<tr data-fault="blowout"><td>blow-out (dots too deep)</td><td>1</td><td>100&nbsp;%</td></tr>' \
  "$work/dom.html" || fail "most common fault"
# 5 attempts by 3 trainees: Bo's blown-out one failed; all three first attempts: 2 of 3 passed.
grep -q '<td>5</td><td>3</td><td>67&nbsp;%</td><td>80&nbsp;%</td>' "$work/dom.html" || fail "lesson pass rates"

check "a thumbnail per attempt with one circle per dot; one chart (Ana's 3 attempts)"
[ "$(count '<svg class="thumb"' "$work/dom.html")" -eq 5 ] || fail "expected 5 thumbnails"
first_thumb=$(sed -n '/<svg class="thumb"/{s/.*\(<svg class="thumb".*<\/svg>\).*/\1/p;q}' "$work/dom.html")
[ "$(grep -o '<circle ' <<<"$first_thumb" | wc -l)" -eq "$dots" ] || fail "the thumbnail does not draw $dots dots"
[ "$(count '<svg class="score-chart"' "$work/dom.html")" -eq 1 ] || fail "expected 1 chart"

check "trainee names (escaped), cohort standing, certificate"
grep -q '<h2>Ana Lima</h2>' "$work/dom.html" || fail "Ana's section"
grep -q '<h2>Bo &lt;Chen&gt;</h2>' "$work/dom.html" || fail "Bo's section (escaped)"
grep -q '<h2>Cohort standing</h2>' "$work/dom.html" || fail "standing"
grep -q 'Certificate: Ana Lima is proficient in every lesson of Depth basics' "$work/dom.html" || fail "certificate"
[ "$(count 'class="certificate"' "$work/dom.html")" -eq 1 ] || fail "only Ana has a certificate"

check "printed to PDF, the folded sections open"
chromium_run print --no-pdf-header-footer --print-to-pdf="$work/report.pdf" "file://$work/report.html" ||
  fail "chromium could not print: $(tail -n 1 "$work/chromium.err")"
pdftotext "$work/report.pdf" "$work/report.txt"
grep -q 'Certificate: Ana Lima is proficient' "$work/report.txt" || fail "Ana's section is folded in print"
grep -q 'not passed' "$work/report.txt" || fail "Bo's attempts are folded in print"

check "--trainee shows one trainee and names no one else"
st academy report --curriculum "$work/curriculum.json" --trainee "Bo <Chen>" --html "$work/bo.html"
dom_of "$work/bo.html" "$work/bo_dom.html"
[ "$(count '<details class="trainee"' "$work/bo_dom.html")" -eq 1 ] || fail "one section"
grep -q '<h2>Bo &lt;Chen&gt;</h2>' "$work/bo_dom.html" || fail "Bo's section"
for other in 'Ana Lima' 'Cy Dee' 'Cohort standing' 'Active trainees'; do
  ! grep -q "$other" "$work/bo_dom.html" || fail "Bo's report shows '$other'"
done
! grep -q 'class="certificate"' "$work/bo_dom.html" || fail "Bo has no certificate"

check "--cohort and --from/--to narrow the report"
st academy report --curriculum "$work/curriculum.json" --cohort spring --from 2026-11-22 --to 2026-11-23 \
  --html "$work/spring.html"
grep -q '<dt>Cohort</dt><dd>spring</dd><dt>Dates</dt><dd>2026-11-22 to 2026-11-23</dd>' "$work/spring.html" ||
  fail "the summary names the filter"
grep -q '<dt>Attempts counted</dt><dd>2</dd>' "$work/spring.html" || fail "Ana's 22nd and 23rd only"
! grep -q 'Cy Dee' "$work/spring.html" || fail "autumn's trainee in the spring report"
expect 2 academy report --html "$work/x.html" --from 2026-02-30 --db "$db"
echo "PASS: academy report in Chromium"
