#!/usr/bin/env bash
# `stipple academy export --xapi` checked by Learning Locker's statement validator (@learninglocker/xapi-validation
# 3.0.0, pinned in tests/academy/xapi_validator/package-lock.json and installed here with `npm ci`), for the
# extreme cases an LRS must still accept: an attempt with no dots, the longest dot time the reader allows
# (1e6 s), a 64-byte name of 4-byte UTF-8 characters, rows edited to scores 0, 100, 250 and -3 and a
# duration of 1e20 s, invalid UTF-8 in a stored title, and a lesson with no hairline.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_tools jq sqlite3 node npm sha256sum

check "the pinned validator installs from its lockfile (npm ci)"
src="$STIPPLE_SOURCE_DIR/tests/academy/xapi_validator"
npm_dir="${STIPPLE_NPM_DIR:-$work/npm}"
mkdir -p "$npm_dir"
stamp=$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -c1-64)
if [ "$(cat "$npm_dir/.stamp" 2>/dev/null || true)" != "$stamp" ] || [ ! -d "$npm_dir/node_modules" ]; then
  cp "$src/package.json" "$src/package-lock.json" "$npm_dir/"
  (cd "$npm_dir" && timeout 300 npm ci --no-audit --no-fund --loglevel=error) >"$work/npm.txt" 2>&1 ||
    fail "npm ci in $npm_dir failed: $(tail -n 3 "$work/npm.txt")"
  echo "$stamp" >"$npm_dir/.stamp"
fi
validate() { NODE_PATH="$npm_dir/node_modules" node "$src/validate.js" "$@"; }

check "the validator itself refuses a statement with a negative duration and a score above 1"
printf '%s' '{"actor":{"objectType":"Agent","account":{"homePage":"https://a.example","name":"u"}},
  "verb":{"id":"http://adlnet.gov/expapi/verbs/passed"},"object":{"id":"https://a.example/l"},
  "result":{"duration":"PT-5S","score":{"scaled":2}}}' >"$work/bad.json"
if validate "$work/bad.json" 2>"$work/bad.err"; then fail "validate.js accepted a bad statement"; fi
grep -q 'result.duration' "$work/bad.err" && grep -q 'result.score.scaled' "$work/bad.err" ||
  fail "validate.js did not name both faults: $(cat "$work/bad.err")"

db="$work/g.sqlite"
st() { expect 0 "$@" --db "$db"; }
long_name=$(printf '\xF0\x9F\x92\x88%.0s' $(seq 16))  # 16 x U+1F488: 64 bytes
cp "$lessons/first-dots-depth.json" "$lessons/hairline-classic.json" "$work/"
st academy trainees add "$long_name" --cohort "spring"
st academy trainees add "ana"
expect 0 demo --lesson "$work/first-dots-depth.json" --out "$work/demo.json"
jq --arg n "$long_name" '.trainee = $n | .started = "2026-11-20T09:00:00Z" | .dots = []' "$work/demo.json" >"$work/empty.json"
jq --arg n "$long_name" '.trainee = $n | .started = "2026-11-21T09:00:00Z" | .dots[-1].t = 1000000' \
  "$work/demo.json" >"$work/long.json"
for i in 1 2 3 4; do
  jq --arg t "2026-11-2${i}T10:00:00Z" '.trainee = "ana" | .started = $t | .dots[0].x += 0.0'"$i" \
    "$work/demo.json" >"$work/ana$i.json"
done
expect 0 demo --lesson "$work/hairline-classic.json" --out "$work/hair.json"
jq '.trainee = "ana" | .started = "2026-11-25T10:00:00Z"' "$work/hair.json" >"$work/ana-hair.json"
st academy import --lessons "$work" "$work/empty.json" "$work/long.json" "$work"/ana*.json
count=$(sqlite3 "$db" "SELECT count(*) FROM attempts")
[ "$count" -eq 7 ] || fail "expected 7 attempts recorded, found $count"

check "edited rows: scores 0, 100, 250 and -3, a duration of 1e20 s, invalid UTF-8 in a lesson title"
ids=$(sqlite3 "$db" "SELECT id FROM attempts WHERE trainee_id = (SELECT id FROM trainees WHERE name = 'ana') ORDER BY id")
set -- $ids
sqlite3 "$db" "UPDATE attempts SET total = 0, spacing_score = 0, depth_score = 0 WHERE id = $1;
  UPDATE attempts SET total = 100, spacing_score = 100, depth_score = 100 WHERE id = $2;
  UPDATE attempts SET total = 250, spacing_score = 250 WHERE id = $3;
  UPDATE attempts SET total = -3, duration_s = 1e20 WHERE id = $4;
  UPDATE lessons SET title = CAST(X'4465707468FF2062617369637380' AS TEXT) WHERE lesson_id = 'first-dots-depth';"

check "the export of all of it passes the validator, statement by statement"
st academy export --xapi "$work/all.json" --academy-home "https://academy.example.org"
validate "$work/all.json" >"$work/validate.txt" 2>&1 || fail "validator: $(head -n 5 "$work/validate.txt")"
n=$(jq 'length' "$work/all.json")
[ "$n" -ge 7 ] || fail "expected at least 7 statements, found $n"
jq -e 'all(.[]; (.result.score.scaled // 0) >= 0 and (.result.score.scaled // 0) <= 1)' "$work/all.json" >/dev/null ||
  fail "a scaled score outside [0, 1]"
jq -e '[.[] | .result.duration // empty] | index("PT277H46M40S")' "$work/all.json" >/dev/null ||
  fail "the 1e6 s attempt's duration is not PT277H46M40S"
jq -e 'all(.[]; (.result.duration // "PT0S") | test("^PT[0-9]"))' "$work/all.json" >/dev/null ||
  fail "a duration that is not a non-negative ISO 8601 duration"
if grep -q "$long_name" "$work/all.json"; then fail "the display name reached the statements (the actor is the uid)"; fi
check "case steps (issue 14): a question step, the numbing wait and a session on its attempt pass the validator too"
run=4f1c2a9e-0d3b-4c55-9a7e-2b8d6f0e1a33
sqlite3 "$db" "INSERT INTO case_steps (trainee_id, trainee_uid, case_id, case_title, run_id, step_id, kind, score,
    passed, detail_json, attempt_id, finished, recorded)
  SELECT id, uid, 'norwood-3-restoration', 'Norwood 3 ' || CAST(X'FF' AS TEXT), '$run', s.step, s.kind, s.score,
         s.passed, '{}', s.attempt, '2026-11-26T10:00:00.000Z', '2026-11-26T10:00:00.000Z'
  FROM trainees, (SELECT 'precare' AS step, 'precare' AS kind, 66.7 AS score, 0 AS passed, NULL AS attempt
                  UNION ALL SELECT 'numbing', 'numbing', 100, 1, NULL
                  UNION ALL SELECT 'session-1', 'session', 0, 0, $2) AS s
  WHERE name = 'ana'"
st academy export --trainee ana --xapi "$work/cases.json" --cases-csv "$work/cases.csv" --academy-home "https://academy.example.org"
validate "$work/cases.json" >"$work/validate-cases.txt" 2>&1 || fail "validator: $(head -n 5 "$work/validate-cases.txt")"
[ "$(jq "[.[] | select(.context.registration == \"$run\")] | length" "$work/cases.json")" -eq 3 ] ||
  fail "expected 3 case-step statements with the run as registration"
ref=$(jq -r '.[] | select(.object.id | endswith("/steps/session-1")) | .context.statement.id' "$work/cases.json")
jq -e --arg ref "$ref" 'any(.[]; .id == $ref)' "$work/cases.json" >/dev/null ||
  fail "the session's statement does not reference its attempt's statement ($ref)"
[ "$(wc -l <"$work/cases.csv")" -eq 4 ] || fail "expected a header and 3 rows in the cases CSV: $(cat "$work/cases.csv")"
echo "PASS: $e2e_name ($(cat "$work/validate.txt"); case steps: $(cat "$work/validate-cases.txt"))"
