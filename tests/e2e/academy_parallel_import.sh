#!/usr/bin/env bash
# Two `stipple academy import` runs writing one gradebook at once lose nothing; an import killed with
# SIGKILL mid-batch keeps every attempt it committed, leaves the file consistent, and a rerun skips them.
set -euo pipefail

: "${STIPPLE_BIN:?STIPPLE_BIN must name the built stipple program}"
: "${STIPPLE_SOURCE_DIR:?STIPPLE_SOURCE_DIR must name the source tree}"
for tool in jq sqlite3; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/deps.sh --test)"; exit 1; }
done
work=$(mktemp -d)
import_pid=""
cleanup() {
  if [ -n "$import_pid" ] && kill -0 "$import_pid" 2>/dev/null; then kill -9 "$import_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
db="$work/shared.sqlite"
count() { sqlite3 "$db" "SELECT count(*) FROM attempts"; }

"$STIPPLE_BIN" demo --lesson "$STIPPLE_SOURCE_DIR/lessons/first-dots-depth.json" --out "$work/demo.json" >/dev/null
"$STIPPLE_BIN" academy trainees add ana --db "$db" >/dev/null
"$STIPPLE_BIN" academy trainees add bob --db "$db" >/dev/null
"$STIPPLE_BIN" academy trainees add cy --db "$db" >/dev/null
# make_attempts NAME N: N distinct attempts (one minute apart) in $work/NAME/
make_attempts() {
  mkdir -p "$work/$1"
  for i in $(seq 1 "$2"); do
    jq --arg who "$1" --arg t "$(printf '2026-11-24T%02d:%02d:00Z' $((8 + i / 60)) $((i % 60)))" \
      '.trainee = $who | .started = $t' "$work/demo.json" >"$work/$1/$i.json"
  done
}

n=12
echo "check: two imports of $n attempts each, in parallel"
make_attempts ana $n
make_attempts bob $n
"$STIPPLE_BIN" academy import --db "$db" "$work"/ana/*.json >"$work/ana.out" 2>&1 &
a=$!
"$STIPPLE_BIN" academy import --db "$db" "$work"/bob/*.json >"$work/bob.out" 2>&1 &
b=$!
wait $a || { cat "$work/ana.out"; fail "ana's import failed"; }
wait $b || { cat "$work/bob.out"; fail "bob's import failed"; }
[ "$(count)" -eq $((2 * n)) ] || fail "expected $((2 * n)) attempts, found $(count)"
[ "$(sqlite3 "$db" 'SELECT count(DISTINCT registration) FROM attempts')" -eq $((2 * n)) ] || fail "registrations"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "integrity after parallel imports"

m=200
echo "check: an import of $m attempts killed with SIGKILL mid-batch"
make_attempts cy $m
"$STIPPLE_BIN" academy import --db "$db" "$work"/cy/*.json >"$work/cy.out" 2>&1 &
import_pid=$!
# Bounded poll (30 s) for a few committed attempts, then kill the import while it is still writing.
for _ in $(seq 1 1500); do
  [ "$(sqlite3 "$db" "SELECT count(*) FROM attempts a JOIN trainees t ON t.id = a.trainee_id WHERE t.name = 'cy'" 2>/dev/null || echo 0)" -ge 5 ] && break
  sleep 0.02
done
kill -9 "$import_pid"
wait "$import_pid" 2>/dev/null && fail "the import finished before it could be killed"
import_pid=""
kept=$(sqlite3 "$db" "SELECT count(*) FROM attempts a JOIN trainees t ON t.id = a.trainee_id WHERE t.name = 'cy'")
echo "  killed after $kept of $m were committed"
[ "$kept" -ge 5 ] && [ "$kept" -lt $m ] || fail "expected a partial import, found $kept"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "integrity after the kill"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM attempts WHERE registration IS NULL OR spacing_score IS NULL')" -eq 0 ] \
  || fail "a half-written attempt survived"
# Rerun the same batch in the same order, cut a little after the kill point: the committed part is skipped.
files=("$work"/cy/*.json)
"$STIPPLE_BIN" academy import --db "$db" "${files[@]:0:$((kept + 4))}" >"$work/cy2.out" 2>&1 \
  || { cat "$work/cy2.out"; fail "rerun"; }
grep -q "imported 4, already recorded $kept, refused 0" "$work/cy2.out" || fail "rerun: $(cat "$work/cy2.out")"
[ "$(count)" -eq $((2 * n + kept + 4)) ] || fail "expected $((2 * n + kept + 4)) attempts after the rerun, found $(count)"
echo "PASS: parallel and interrupted imports"
