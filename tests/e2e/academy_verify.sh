#!/usr/bin/env bash
# `academy verify` end to end on SQLite: a trainee may not run it (exit 2), an instructor settles a pending row
# whose stored score was forged ("attempt N: unverified: stored total 5.0 but it scores 100.0; no integrity
# record"), the stored score is corrected, a second run finds nothing, and --legacy keeps an agreeing legacy row.
# (PostgreSQL's trainee-connection path is tests/academy/attempt_verification_test.cpp.) Needs jq and sqlite3.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_tools jq sqlite3
db="$XDG_DATA_HOME/stipple/gradebook.sqlite"
export USER=e2e-nobody
printf 'rui-admin-pass\n' >"$work/rui.pw" && chmod 600 "$work/rui.pw"
printf '482913\n' >"$work/ana.pin" && chmod 600 "$work/ana.pin"

expect 0 academy staff add rui --name "Rui Costa" --role admin --new-password-file "$work/rui.pw"
expect 0 academy trainees add ana --as rui --password-file "$work/rui.pw"
expect 0 academy trainees set-pin ana --pin-file "$work/ana.pin" --as rui --password-file "$work/rui.pw"
expect 0 demo --lesson "$lessons/first-dots-depth.json" --out "$work/demo.json"
jq '.trainee = "ana" | .input = "pen" | .started = "2026-11-24T09:00:00Z"' "$work/demo.json" >"$work/a1.json"
jq '.trainee = "ana" | .input = "pen" | .started = "2026-11-24T10:00:00Z" | .dots[0].x += 0.5' "$work/demo.json" >"$work/a2.json"
expect 0 academy import --as rui --password-file "$work/rui.pw" "$work/a1.json" "$work/a2.json"
scored=$(sqlite3 "$db" 'SELECT printf("%.1f", total) FROM attempts WHERE id = 1')
# As a trainee's own PostgreSQL connection leaves it: pending, claiming a score of its own.
sqlite3 "$db" "UPDATE attempts SET verification = 'pending', total = 5, passed = 0 WHERE id = 1;
               UPDATE attempts SET verification = 'legacy', verification_note = '' WHERE id = 2"

check "a trainee may not verify"
expect 2 academy verify --as ana --password-file "$work/ana.pin"
grep -qF 'import needs an instructor (acting as "ana", a trainee)' "$work/err.txt" || fail "a trainee ran verify: $(cat "$work/err.txt")"
[ "$(sqlite3 "$db" 'SELECT verification FROM attempts WHERE id = 1')" = pending ] || fail "a refused verify changed a row"

check "an instructor settles the forged pending row and corrects its score"
expect 0 academy verify --as rui --password-file "$work/rui.pw"
grep -qx "attempt 1: unverified: stored total 5.0 but it scores $scored; no integrity record" "$work/out.txt" ||
  fail "verify printed: $(cat "$work/out.txt")"
grep -q '^verified 1: 0 counted, 1 unverified, 1 scores corrected' "$work/out.txt" || fail "summary: $(cat "$work/out.txt")"
[ "$(sqlite3 "$db" 'SELECT printf("%.1f", total) FROM attempts WHERE id = 1')" = "$scored" ] || fail "score not corrected"
[ "$(sqlite3 "$db" "SELECT count(*) FROM audit_log WHERE action = 'attempt.verify' AND subject = 'attempt/1' AND actor <> 'open'")" = 1 ] ||
  fail "no audit line names who verified attempt 1"

check "a second run changes nothing; --legacy keeps an agreeing legacy row"
before=$(sqlite3 "$db" 'SELECT id, verification, verification_note, total, passed FROM attempts')
expect 0 academy verify --as rui --password-file "$work/rui.pw"
grep -q '^verified 0: ' "$work/out.txt" || fail "second run: $(cat "$work/out.txt")"
expect 0 academy verify --legacy --as rui --password-file "$work/rui.pw"
grep -qx 'attempt 2: legacy' "$work/out.txt" || fail "legacy run: $(cat "$work/out.txt")"
[ "$(sqlite3 "$db" 'SELECT id, verification, verification_note, total, passed FROM attempts')" = "$before" ] ||
  fail "a run that found nothing to change changed a row"
echo "academy_verify: ok"
