#!/usr/bin/env bash
# People and roles on a PostgreSQL gradebook, end to end: once an admin exists, an instructor imports with
# --vouch as themself (the verdict and the audit log name them; reading the seal key needs the gradebook's
# own connection), a trainee signed in with her PIN sees only her own progress and cannot export, and her
# login role reads only her own rows even through psql.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
# shellcheck source=lib/pg.sh
source "$(dirname "$0")/lib/pg.sh"
require_tools jq
require_pg
make_pg_gradebook
export USER=e2e-nobody  # not a staff login: --as is never implied
secret() { printf '%s\n' "$2" >"$1"; chmod 600 "$1"; }
secret "$work/rui.pw" 'rui-admin-pass'
secret "$work/ana.pin" '482913'

expect 0 academy trainees add ana --db "$pg_url"
expect 0 academy trainees add bo --db "$pg_url"
expect 0 academy staff add rui --name "Rui Costa" --role admin --new-password-file "$work/rui.pw" --db "$pg_url"
expect 0 academy trainees set-pin ana --pin-file "$work/ana.pin" --as rui --password-file "$work/rui.pw" --db "$pg_url"
expect 0 demo --lesson "$lessons/first-dots-depth.json" --out "$work/demo.json"
jq '.trainee = "ana" | .input = "mouse" | .started = "2026-11-24T09:00:00Z"' "$work/demo.json" >"$work/ana1.json"
jq '.trainee = "bo" | .input = "mouse" | .started = "2026-11-24T10:00:00Z" | .dots[0].x += 0.02' "$work/demo.json" \
  >"$work/bo1.json"

check "an instructor imports as themself on PostgreSQL: vouched by rui, in the audit log"
expect 0 academy import --vouch --as rui --password-file "$work/rui.pw" --db "$pg_url" "$work/ana1.json" "$work/bo1.json"
[ "$(grep -c '^recorded [0-9]* (sealed: vouched by rui)$' "$work/out.txt")" = 2 ] || fail "import: $(cat "$work/out.txt")"
[ "$(pg_sql "SELECT count(*) FROM audit_log WHERE action = 'attempt.vouch' AND actor = 'staff/1'")" = 2 ] \
  || fail "no audit lines for the vouched attempts"

check "a trainee sees only her own progress and cannot export"
expect 0 academy progress --as ana --password-file "$work/ana.pin" --db "$pg_url"
grep -q 'ana' "$work/out.txt" || fail "ana's progress lacks her name"
! grep -q '\bbo\b' "$work/out.txt" || fail "ana's progress shows bo"
expect 2 academy export --csv "$work/all.csv" --as ana --password-file "$work/ana.pin" --db "$pg_url"
grep -q 'export needs an instructor' "$work/err.txt" || fail "a trainee exported: $(cat "$work/err.txt")"

check "her login role reads only her rows, even through psql"
ana_role=$(pg_sql "SELECT login_role FROM trainees WHERE name = 'ana'")
[ -n "$ana_role" ] || fail "ana has no login role"
ana_conn="host=$(pg_admin_option host) port=$(pg_admin_option port) dbname=$pg_db user=$ana_role sslmode=disable"
[ "$(PGPASSWORD=482913 PGPASSFILE=/dev/null psql "$ana_conn" -qAtc 'SELECT count(*) FROM stipple.attempts')" = 1 ] \
  || fail "ana's connection does not see exactly her one attempt"
PGPASSWORD=482913 PGPASSFILE=/dev/null psql "$ana_conn" -qAtc 'SELECT count(*) FROM stipple.credentials' >/dev/null 2>&1 \
  && fail "ana's connection read the credentials"
totals=$(pg_sql "SELECT string_agg(total::text, ',' ORDER BY id) FROM attempts")
PGPASSWORD=482913 PGPASSFILE=/dev/null psql "$ana_conn" -qAtc 'UPDATE stipple.attempts SET total = 3' >/dev/null 2>&1 \
  && fail "ana's connection updated a score"
[ "$(pg_sql "SELECT string_agg(total::text, ',' ORDER BY id) FROM attempts")" = "$totals" ] || fail "a score was changed"
echo "PASS: $e2e_name"
