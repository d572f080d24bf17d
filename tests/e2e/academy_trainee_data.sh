#!/usr/bin/env bash
# One trainee's data from the command line: `trainees export-data` writes their records privately and no one
# else's, `trainees delete` refuses without the name repeated and then leaves no row of theirs; `progress` and
# `export` take the --cohort/--from/--to filter (local days, --to inclusive) and refuse a bad date (exit 2).
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_tools jq sqlite3
db="$work/g.sqlite"
st() { expect 0 "$@" --db "$db"; }

expect 0 demo --lesson "$lessons/first-dots-depth.json" --out "$work/demo.json"
st academy trainees add ana --cohort spring
st academy trainees add bob --cohort autumn
# Demo files never count: the demo's dots as "mouse" work, one dot moved per file (new work), vouched for.
for d in 21 22 23; do
  jq --arg t "2026-11-${d}T09:00:00Z" --argjson d "$d" '.trainee = "ana" | .input = "mouse" | .started = $t |
    .dots[0].x += 0.01 * ($d - 20)' "$work/demo.json" >"$work/ana$d.json"
done
jq '.trainee = "bob" | .input = "mouse" | .started = "2026-11-22T09:00:00Z" | .dots[1].x += 0.02' "$work/demo.json" \
  >"$work/bob.json"
st academy import --vouch "$work"/ana*.json "$work/bob.json"

check "progress and export take --cohort and local --from/--to"
TZ=UTC st academy progress --cohort spring
grep -q '^ana ' "$work/out.txt" && ! grep -q '^bob ' "$work/out.txt" || fail "progress --cohort spring"
TZ=UTC st academy export --csv "$work/22.csv" --from 2026-11-22 --to 2026-11-22
[ "$(($(wc -l <"$work/22.csv") - 1))" -eq 2 ] || fail "export of the 22nd: $(cat "$work/22.csv")"
TZ=Pacific/Auckland st academy export --csv "$work/nz.csv" --from 2026-11-23
[ "$(($(wc -l <"$work/nz.csv") - 1))" -eq 1 ] || fail "in Auckland 09:00Z on the 22nd is still the 22nd"
expect 2 academy export --csv "$work/x.csv" --to 2026-13-01 --db "$db"
grep -q -- '--to: "2026-13-01" is not a date' "$work/err.txt" || fail "bad --to not explained"

check "export-data: everything about ana, private, nothing about bob"
st academy trainees export-data ana --out "$work/ana-data"
[ "$(stat -c %a "$work/ana-data")" = 700 ] && [ "$(stat -c %a "$work/ana-data/trainee.json")" = 600 ] ||
  fail "export not private"
[ "$(jq '.attempts | length' "$work/ana-data/trainee.json")" -eq 3 ] || fail "ana has 3 attempts"
[ "$(jq -r '.attempts[0].attempt_json' "$work/ana-data/trainee.json" | jq -r .trainee)" = ana ] ||
  fail "the stored attempt text is not in the export"
! grep -q bob "$work/ana-data/trainee.json" || fail "bob appears in ana's export"
[ -s "$work/ana-data/README.txt" ] || fail "no README.txt"

check "delete: refused without the name repeated, then no row of ana is left"
expect 2 academy trainees delete ana --confirm an --db "$db"
grep -q 'nothing was deleted' "$work/err.txt" || fail "refusal not explained"
[ "$(sqlite3 "$db" "SELECT count(*) FROM attempts")" -eq 4 ] || fail "a refused delete erased something"
st academy trainees delete ana --confirm ana
grep -q 'deleted trainee "ana": 3 attempts' "$work/out.txt" || fail "delete did not report: $(cat "$work/out.txt")"
[ "$(sqlite3 "$db" "SELECT count(*) FROM trainees WHERE name = 'ana'")" -eq 0 ] || fail "ana's trainee row"
[ "$(sqlite3 "$db" "SELECT count(*) FROM attempts")" -eq 1 ] || fail "only bob's attempt should remain"
expect 2 academy trainees export-data ana --out "$work/again" --db "$db"
echo "PASS: academy trainee data and filters"
