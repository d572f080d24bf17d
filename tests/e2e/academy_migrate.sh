#!/usr/bin/env bash
# `stipple academy migrate --to postgresql://...`: an SQLite gradebook (3 cohorts, 5 trainees, 60 attempts)
# is copied and verified row by row; the CSV and xAPI exports of both are byte-identical; a target that is
# not empty is refused with nothing changed.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
# shellcheck source=lib/pg.sh
source "$(dirname "$0")/lib/pg.sh"
require_tools jq
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

check "migrate: every row copied and verified"
expect 0 academy migrate --db "$db" --to "$pg_url"
grep -Eq '^verified [0-9]+ rows in [0-9]+ tables' "$work/out.txt" || fail "no verification line: $(cat "$work/out.txt")"
grep -q "^5 trainees need a PIN on the new gradebook" "$work/out.txt" || fail "no PIN notice"
echo "  $(head -n 1 "$work/out.txt")"
[ "$(pg_sql 'SELECT count(*) FROM attempts')" -eq 60 ] || fail "expected 60 attempts in PostgreSQL"
[ "$(pg_sql 'SELECT count(*) FROM cohorts')" -eq 3 ] || fail "expected 3 cohorts in PostgreSQL"

check "exports from both backends are byte-identical"
expect 0 academy export --db "$db" --csv "$work/sqlite.csv" --xapi "$work/sqlite.json"
expect 0 academy export --db "$pg_url" --csv "$work/pg.csv" --xapi "$work/pg.json"
cmp -s "$work/sqlite.csv" "$work/pg.csv" || fail "the CSV exports differ"
cmp -s "$work/sqlite.json" "$work/pg.json" || fail "the xAPI exports differ"
grep -q "wrote 60 xAPI statements" "$work/out.txt" || fail "expected 60 xAPI statements: $(cat "$work/out.txt")"

check "a gradebook is added to new records after the move, ids continue"
expect 0 academy trainees add fay --db "$pg_url"
[ "$(pg_sql "SELECT id FROM trainees WHERE name = 'fay'")" -eq 6 ] || fail "trainee ids did not continue after 5"

check "a target that is not empty is refused, unchanged"
expect 2 academy migrate --db "$db" --to "$pg_url"
grep -q "not empty" "$work/err.txt" || fail "no 'not empty' message: $(cat "$work/err.txt")"
[ "$(pg_sql 'SELECT count(*) FROM attempts')" -eq 60 ] || fail "the refused migrate changed the target"
echo "PASS: migrate copies and verifies, exports match, a non-empty target is refused"
