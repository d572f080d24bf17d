#!/usr/bin/env bash
# `stipple academy migrate --to postgresql://...`: an SQLite gradebook (3 cohorts, 5 trainees, 60 attempts,
# 2 case steps) is copied and verified row by row; the CSV (attempts and case steps) and xAPI exports of both
# are byte-identical; a target that is not empty is refused with nothing changed.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
# shellcheck source=lib/pg.sh
source "$(dirname "$0")/lib/pg.sh"
require_tools jq sqlite3
require_pg
make_pg_gradebook
db="$work/old.sqlite"

expect 0 demo --lesson "$lessons/first-dots-depth.json" --out "$work/demo.json"
cohorts=(spring summer autumn spring summer)
names=(ana bob cy dee eli)
for i in "${!names[@]}"; do expect 0 academy trainees add "${names[$i]}" --cohort "${cohorts[$i]}" --db "$db"; done
mkdir -p "$work/files"
for i in $(seq 1 60); do
  who=${names[$((i % 5))]}
  jq --arg who "$who" --argjson dx "$i" --arg t "$(printf '2026-11-24T%02d:%02d:00Z' $((8 + i / 60)) $((i % 60)))" \
    '.trainee = $who | .started = $t | .input = "mouse" | .dots[0].x += ($dx / 100)' "$work/demo.json" \
    >"$work/files/$(printf '%03d' "$i").json"
done
expect 0 academy import --db "$db" "$work"/files/*.json
expect 0 academy trainees archive eli --db "$db"
sqlite3 "$db" "INSERT INTO case_steps (trainee_id, trainee_uid, case_id, case_title, run_id, step_id, kind, score,
    passed, detail_json, attempt_id, finished, recorded)
  SELECT t.id, t.uid, 'norwood-3-restoration', 'Norwood 3', '4f1c2a9e-0d3b-4c55-9a7e-2b8d6f0e1a33', s.step, s.kind,
         s.score, s.passed, s.detail, s.attempt, '2026-11-26T10:00:00.000Z', '2026-11-26T10:00:00.000Z'
  FROM trainees t, (SELECT 'precare' AS step, 'precare' AS kind, 66.7 AS score, 0 AS passed,
                           '{\"answers\":[[0,2]]}' AS detail, NULL AS attempt
                    UNION ALL SELECT 'session-1', 'session', 0, 0, '{}',
                      (SELECT min(a.id) FROM attempts a JOIN trainees u ON u.id = a.trainee_id WHERE u.name = 'ana')) AS s
  WHERE t.name = 'ana'"

check "migrate: every row copied and verified"
expect 0 academy migrate --db "$db" --to "$pg_url"
grep -Eq '^verified [0-9]+ rows in [0-9]+ tables' "$work/out.txt" || fail "no verification line: $(cat "$work/out.txt")"
grep -q "^5 trainees need a PIN on the new gradebook" "$work/out.txt" || fail "no PIN notice"
echo "  $(head -n 1 "$work/out.txt")"
[ "$(pg_sql 'SELECT count(*) FROM attempts')" -eq 60 ] || fail "expected 60 attempts in PostgreSQL"
[ "$(pg_sql 'SELECT count(*) FROM cohorts')" -eq 3 ] || fail "expected 3 cohorts in PostgreSQL"
[ "$(pg_sql 'SELECT count(*) FROM case_steps')" -eq 2 ] || fail "expected 2 case steps in PostgreSQL"

check "exports from both backends are byte-identical"
expect 0 academy export --db "$db" --csv "$work/sqlite.csv" --cases-csv "$work/sqlite-cases.csv" --xapi "$work/sqlite.json"
expect 0 academy export --db "$pg_url" --csv "$work/pg.csv" --cases-csv "$work/pg-cases.csv" --xapi "$work/pg.json"
cmp -s "$work/sqlite.csv" "$work/pg.csv" || fail "the CSV exports differ"
cmp -s "$work/sqlite-cases.csv" "$work/pg-cases.csv" || fail "the cases CSV exports differ"
[ "$(wc -l <"$work/pg-cases.csv")" -eq 3 ] || fail "expected a header and 2 case steps: $(cat "$work/pg-cases.csv")"
cmp -s "$work/sqlite.json" "$work/pg.json" || fail "the xAPI exports differ"
grep -q "xAPI statements to .* (60 attempts, 2 case steps;" "$work/out.txt" ||
  fail "expected the statements of 60 attempts and 2 case steps: $(cat "$work/out.txt")"

check "a gradebook is added to new records after the move, ids continue"
expect 0 academy trainees add fay --db "$pg_url"
[ "$(pg_sql "SELECT id FROM trainees WHERE name = 'fay'")" -eq 6 ] || fail "trainee ids did not continue after 5"

check "a target that is not empty is refused, unchanged"
expect 2 academy migrate --db "$db" --to "$pg_url"
grep -q "not empty" "$work/err.txt" || fail "no 'not empty' message: $(cat "$work/err.txt")"
[ "$(pg_sql 'SELECT count(*) FROM attempts')" -eq 60 ] || fail "the refused migrate changed the target"
echo "PASS: migrate copies and verifies, exports match, a non-empty target is refused"
