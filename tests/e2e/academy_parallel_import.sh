#!/usr/bin/env bash
# Two `stipple academy import` runs writing one gradebook at once lose nothing; an import killed with
# SIGKILL mid-batch keeps every attempt it committed, leaves the file consistent, and a rerun skips them.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_tools jq sqlite3
db="$work/shared.sqlite"
count() { sqlite3 "$db" "SELECT count(*) FROM attempts"; }

expect 0 demo --lesson "$lessons/first-dots-depth.json" --out "$work/demo.json"
for who in ana bob cy; do expect 0 academy trainees add "$who" --db "$db"; done
# make_attempts NAME N: N distinct attempts (one minute apart, and each with one dot moved: the gradebook
# knows work by its dots, not its times) in $work/NAME/
make_attempts() {
  mkdir -p "$work/$1"
  for i in $(seq 1 "$2"); do
    jq --arg who "$1" --arg t "$(printf '2026-11-24T%02d:%02d:00Z' $((8 + i / 60)) $((i % 60)))" --argjson i "$i" \
      '.trainee = $who | .started = $t | .dots[0].x += 0.01 * $i' "$work/demo.json" >"$work/$1/$i.json"
  done
}

n=12
check "two imports of $n attempts each, in parallel"
make_attempts ana $n
make_attempts bob $n
"$STIPPLE_BIN" academy import --db "$db" "$work"/ana/*.json >"$work/ana.out" 2>&1 &
a=$!
track_pid $a
"$STIPPLE_BIN" academy import --db "$db" "$work"/bob/*.json >"$work/bob.out" 2>&1 &
b=$!
track_pid $b
wait $a || fail "ana's import failed: $(tail -n 1 "$work/ana.out")"
wait $b || fail "bob's import failed: $(tail -n 1 "$work/bob.out")"
[ "$(count)" -eq $((2 * n)) ] || fail "expected $((2 * n)) attempts, found $(count)"
[ "$(sqlite3 "$db" 'SELECT count(DISTINCT registration) FROM attempts')" -eq $((2 * n)) ] || fail "registrations"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "integrity after parallel imports"

m=200
check "an import of $m attempts killed with SIGKILL mid-batch"
make_attempts cy $m
"$STIPPLE_BIN" academy import --db "$db" "$work"/cy/*.json >"$work/cy.out" 2>&1 &
import_pid=$!
track_pid $import_pid
cy_count() { sqlite3 "$db" "SELECT count(*) FROM attempts a JOIN trainees t ON t.id = a.trainee_id WHERE t.name = 'cy'"; }
cy_has_five() { [ "$(cy_count 2>/dev/null || echo 0)" -ge 5 ]; }
# Wait (bounded, polling finely) for a few committed attempts, then kill the import while it is still writing.
poll_s=0.02 wait_for 30 "five of cy's attempts committed" cy_has_five
kill -9 "$import_pid"
wait "$import_pid" 2>/dev/null && fail "the import finished before it could be killed"
kept=$(cy_count)
echo "  killed after $kept of $m were committed"
[ "$kept" -ge 5 ] && [ "$kept" -lt $m ] || fail "expected a partial import, found $kept"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "integrity after the kill"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM attempts WHERE registration IS NULL OR spacing_score IS NULL')" -eq 0 ] \
  || fail "a half-written attempt survived"
# Rerun the same batch in the same order, cut a little after the kill point: the committed part is skipped.
files=("$work"/cy/*.json)
expect 0 academy import --db "$db" "${files[@]:0:$((kept + 4))}"
grep -q "imported 4, already recorded $kept, refused 0" "$work/out.txt" || fail "the rerun did not skip the $kept committed"
[ "$(count)" -eq $((2 * n + kept + 4)) ] || fail "expected $((2 * n + kept + 4)) attempts after the rerun, found $(count)"
echo "PASS: parallel and interrupted imports"
