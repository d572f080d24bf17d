#!/usr/bin/env bash
# Load on a PostgreSQL gradebook: 8 `stipple academy import` processes x 50 distinct attempts at once keep all
# 400 with 400 distinct registrations; an import of 200 killed with SIGKILL mid-batch keeps every attempt it
# committed, complete, and a rerun of the whole batch ends with exactly 200.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
# shellcheck source=lib/pg.sh
source "$(dirname "$0")/lib/pg.sh"
require_tools jq
require_pg
make_pg_gradebook

expect 0 demo --lesson "$lessons/first-dots-depth.json" --out "$work/demo.json"
# make_attempts NAME N OFFSET: N attempts of distinct work (one dot moved OFFSET+i hundredths of a mm).
make_attempts() {
  mkdir -p "$work/$1"
  for i in $(seq 1 "$2"); do
    jq --arg who "$1" --argjson dx "$(((${3} + i)))" \
      --arg t "$(printf '2026-11-24T%02d:%02d:00Z' $((8 + i / 60)) $((i % 60)))" \
      '.trainee = $who | .started = $t | .input = "mouse" | .dots[0].x += ($dx / 100)' "$work/demo.json" \
      >"$work/$1/$(printf '%03d' "$i").json"
  done
}

seats=(ana bob cy dee eli fay gus hal)
n=50
check "${#seats[@]} imports of $n attempts each, at once"
for who in "${seats[@]}"; do expect 0 academy trainees add "$who" --db "$pg_url"; done
k=0
for who in "${seats[@]}"; do make_attempts "$who" $n $((k * n)); k=$((k + 1)); done
pids=()
for who in "${seats[@]}"; do
  "$STIPPLE_BIN" academy import --db "$pg_url" "$work/$who"/*.json >"$work/$who.out" 2>&1 &
  pids+=($!)
  track_pid $!
done
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || fail "${seats[$i]}'s import failed: $(tail -n 1 "$work/${seats[$i]}.out")"
done
total=$((${#seats[@]} * n))
[ "$(pg_sql 'SELECT count(*) FROM attempts')" -eq $total ] || fail "expected $total attempts, found $(pg_sql 'SELECT count(*) FROM attempts')"
[ "$(pg_sql 'SELECT count(DISTINCT registration) FROM attempts')" -eq $total ] || fail "registrations are not distinct"
for who in "${seats[@]}"; do
  [ "$(pg_sql "SELECT count(*) FROM attempts a JOIN trainees t ON t.id = a.trainee_id WHERE t.name = '$who'")" -eq $n ] \
    || fail "$who does not have $n attempts"
done
echo "  $total attempts from ${#seats[@]} processes, $total distinct registrations"

m=200
check "an import of $m attempts killed with SIGKILL mid-batch"
expect 0 academy trainees add ivy --db "$pg_url"
make_attempts ivy $m 1000
"$STIPPLE_BIN" academy import --db "$pg_url" "$work"/ivy/*.json >"$work/ivy.out" 2>&1 &
import_pid=$!
track_pid $import_pid
ivy_count() { pg_sql "SELECT count(*) FROM attempts a JOIN trainees t ON t.id = a.trainee_id WHERE t.name = 'ivy'"; }
ivy_has_twenty() { [ "$(ivy_count 2>/dev/null || echo 0)" -ge 20 ]; }
poll_s=0.02 wait_for 60 "twenty of ivy's attempts committed" ivy_has_twenty
kill -9 "$import_pid"
wait "$import_pid" 2>/dev/null && fail "the import finished before it could be killed"
kept=$(ivy_count)
echo "  killed after $kept of $m were committed"
[ "$kept" -ge 20 ] && [ "$kept" -lt $m ] || fail "expected a partial import, found $kept"
[ "$(pg_sql 'SELECT count(*) FROM attempts WHERE registration IS NULL OR spacing_score IS NULL OR dot_count IS NULL OR score_json = '"''"'')" -eq 0 ] \
  || fail "a half-written attempt survived"
expect 0 academy import --db "$pg_url" "$work"/ivy/*.json
[ "$(ivy_count)" -eq $m ] || fail "expected $m of ivy's attempts after the rerun, found $(ivy_count)"
[ "$(pg_sql 'SELECT count(*) FROM attempts')" -eq $((total + m)) ] || fail "expected $((total + m)) attempts in all"
echo "PASS: $total attempts from ${#seats[@]} processes at once; an import killed after $kept of $m lost nothing"
