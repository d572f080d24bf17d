#!/usr/bin/env bash
# The academy office end to end: trainees, import (scoring attempts made elsewhere), repeat imports,
# refusals, progress, CSV and xAPI exports, and foreign or newer gradebooks refused untouched (exit 2).
# Uses the default gradebook location under $XDG_DATA_HOME (the scratch folder). Needs jq and sqlite3.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_tools jq sqlite3 sha256sum
db="$XDG_DATA_HOME/stipple/gradebook.sqlite"

check "trainees add/list/rename/archive, the default gradebook is created under XDG_DATA_HOME"
expect 0 academy trainees add ana --cohort spring-2027
[ -f "$db" ] || fail "no gradebook at $db"
expect 0 academy trainees add bob --cohort spring-2027
expect 0 academy trainees add carla
expect 2 academy trainees add ana
grep -q 'already exists' "$work/err.txt" || fail "duplicate trainee not explained"
expect 0 academy trainees rename carla carlota
expect 0 academy trainees archive carlota
expect 0 academy trainees list
grep -q '^ana *spring-2027' "$work/out.txt" || fail "list lacks ana"
! grep -q carlota "$work/out.txt" || fail "archived trainee listed"
expect 0 academy trainees list --all
grep -q 'carlota.*archived' "$work/out.txt" || fail "list --all lacks the archived trainee"

check "import: the expert demo passes, a botched attempt fails, each scored and recorded"
expect 0 demo --lesson "$lessons/first-dots-depth.json" --out "$work/demo.json"
# Demo files never count (tests/e2e/academy_integrity.sh): these are the demo's dots made "mouse" work, each
# moved a little so that each is new work, and vouched for as an offline studio's files would be.
jq '.trainee = "ana" | .started = "2026-11-24T09:00:00Z" | .input = "mouse" | .dots[0].x += 0.01' \
  "$work/demo.json" >"$work/ana1.json"
jq '.trainee = "ana" | .started = "2026-11-24T10:00:00+01:00" | .input = "mouse" | .dots[0].x += 0.02' \
  "$work/demo.json" >"$work/ana2.json"
jq 'del(.trainee) | .started = "2026-11-24T11:00:00Z" | .input = "mouse" | .mode = "exam" | .dots |= map(.depth_mm = 1.7)' \
  "$work/demo.json" >"$work/bob_deep.json"
expect 0 academy import --vouch "$work/ana1.json" "$work/ana2.json"
grep -q 'imported 2, already recorded 0, refused 0' "$work/out.txt" || fail "import summary"
expect 0 academy import --trainee bob --vouch "$work/bob_deep.json"
check "import again: nothing is recorded twice"
expect 0 academy import "$work/ana1.json" "$work/ana2.json" --trainee ana
grep -q 'imported 0, already recorded 2' "$work/out.txt" || fail "repeat import"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM attempts')" = 3 ] || fail "expected 3 attempts"
[ "$(sqlite3 "$db" "SELECT passed FROM attempts a JOIN trainees t ON t.id = a.trainee_id WHERE t.name = 'bob'")" = 0 ] \
  || fail "the too-deep attempt passed"

check "import refusals name the file and field; good files in the same batch are still recorded"
jq '.trainee = "zoe"' "$work/demo.json" >"$work/zoe.json"
jq '.lesson = "no-such-lesson" | .trainee = "ana"' "$work/demo.json" >"$work/nolesson.json"
echo '{"format": "stipple-attempt/1", "lesson": 3}' >"$work/broken.json"
jq '.trainee = "ana" | .started = "2026-11-25T09:00:00Z" | .input = "mouse" | .dots[0].x += 0.03' \
  "$work/demo.json" >"$work/ana3.json"
expect 2 academy import --vouch "$work/zoe.json" "$work/nolesson.json" "$work/broken.json" "$work/ana3.json"
grep -q "$work/zoe.json: /trainee: no trainee \"zoe\"" "$work/err.txt" || fail "unknown trainee"
grep -q "$work/nolesson.json: /lesson: no lesson \"no-such-lesson\"" "$work/err.txt" || fail "unknown lesson"
grep -q "$work/broken.json: /lesson" "$work/err.txt" || fail "broken attempt"
grep -q 'imported 1, already recorded 0, refused 3' "$work/out.txt" || fail "mixed batch"
expect 0 academy import --add-trainees "$work/zoe.json"

check "progress: one row per trainee, and one trainee in detail"
expect 0 academy progress
grep -q '^ana ' "$work/out.txt" && grep -q '^zoe ' "$work/out.txt" || fail "progress table"
grep -q 'first-dots-depth' "$work/out.txt" || fail "progress legend lacks lessons"
expect 0 academy progress --trainee ana
grep -Eq '^first-dots-depth +First dots.* proficient +[0-9.]+ +[0-9.]+ +3 +3' "$work/out.txt" \
  || fail "ana should be proficient after 3 passes"
grep -Eq '^even-fill-patch .* open ' "$work/out.txt" || fail "the next lesson should be open"
expect 2 academy progress --trainee nobody

check "export: CSV rows and xAPI statements (academy identity stored as the new default)"
expect 0 academy export --csv "$work/out.csv" --xapi "$work/xapi.json" --academy-home https://academy.example.org/
[ "$(wc -l <"$work/out.csv")" -eq 6 ] || fail "CSV should have a header and 5 rows"
head -1 "$work/out.csv" | grep -q '^attempt_id,registration,trainee,cohort,lesson_id' || fail "CSV header"
# One statement per attempt; an unverified attempt's is followed by one voiding it (verb voided, StatementRef).
void='http://adlnet.gov/expapi/verbs/voided'
[ "$(jq --arg v "$void" '[.[] | select(.verb.id != $v)] | length' "$work/xapi.json")" -eq 5 ] ||
  fail "xAPI should have 5 statements besides the voiding ones"
jq -e --arg v "$void" '[.[] | select(.verb.id != $v) | .id] as $ids
  | all(.[] | select(.verb.id == $v); .object.objectType == "StatementRef" and (.object.id as $o | $ids | index($o)))' \
  "$work/xapi.json" >/dev/null || fail "a voiding statement refers to no statement of the export"
jq -e --arg v "$void" '[.[] | select(.verb.id != $v)] | all(.[]; .version == "1.0.3" and .actor.objectType == "Agent"
    and .actor.account.homePage == "https://academy.example.org" and (.actor.account.name | length > 0)
    and (.verb.id | test("^http://adlnet.gov/expapi/verbs/(passed|failed)$"))
    and ((.verb.id | endswith("passed")) == .result.success)
    and (.object.id | test("^https://academy.example.org/lessons/first-dots-depth[?]hash=[0-9a-f]{12}$"))
    and .object.objectType == "Activity"
    and (.result.score.scaled * 100 - .result.score.raw | fabs < 0.01) and .result.score.min == 0
    and .result.score.max == 100 and .result.completion == true
    and (.context.registration | test("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
    and (.id | test("^[0-9a-f]{8}-")))' "$work/xapi.json" >/dev/null || fail "xAPI statements lack required fields"
[ "$(jq '[.[] | .context.registration // empty] | unique | length' "$work/xapi.json")" -eq 5 ] ||
  fail "registrations not unique"
expect 0 academy export --xapi "$work/xapi2.json"
cmp -s "$work/xapi.json" "$work/xapi2.json" || fail "a second export differs (stored academy home, stable ids)"
expect 0 academy export --csv "$work/ana.csv" --trainee ana
[ "$(wc -l <"$work/ana.csv")" -eq 4 ] || fail "ana's CSV should have 3 rows"
expect 2 academy export --db "$work/missing.sqlite" --csv "$work/x.csv"
[ ! -e "$work/missing.sqlite" ] || fail "export created a gradebook"

check "a foreign file given as --db: exit 2, 'not a Stipple gradebook', untouched"
printf 'name,amount\nneedles,3\n' >"$work/foreign.sqlite"
sqlite3 "$work/other.db" 'CREATE TABLE invoices (id INTEGER PRIMARY KEY); INSERT INTO invoices VALUES (1);'
for f in "$work/foreign.sqlite" "$work/other.db"; do
  before=$(sha256sum <"$f")
  expect 2 academy trainees add eve --db "$f"
  grep -q "^stipple: $f: not a Stipple gradebook (" "$work/err.txt" || fail "foreign file message"
  [ "$(sha256sum <"$f")" = "$before" ] || fail "$f was modified"
  [ ! -e "$f-wal" ] || fail "$f got a WAL file"
done

check "a gradebook from a newer Stipple: exit 2, refused clearly, untouched"
cp "$db" "$work/newer.sqlite"
sqlite3 "$work/newer.sqlite" 'PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;' >/dev/null
before=$(sha256sum <"$work/newer.sqlite")
expect 2 academy progress --db "$work/newer.sqlite"
grep -q 'schema version 99 is newer than this program' "$work/err.txt" || fail "newer message"
[ "$(sha256sum <"$work/newer.sqlite")" = "$before" ] || fail "newer gradebook was modified"

[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "integrity check"
echo "PASS: academy command line"
