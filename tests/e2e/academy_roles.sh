#!/usr/bin/env bash
# People and roles end to end: open mode (no staff) acts as before with one warning; the first staff member
# becomes the admin and the rules hold from then on: import without --as exits 2 "needs an instructor", a
# password file others can read is refused, an instructor cannot manage staff, a trainee cannot export and sees
# only their own progress and report, an exam needs the trainee's PIN, five wrong passwords lock the login;
# secrets are stored as argon2id only, every change is in the audit log, the data folder is private (0700) and
# the gradebook 0600. Needs jq and sqlite3; no display.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_tools jq sqlite3
db="$XDG_DATA_HOME/stipple/gradebook.sqlite"
export USER=e2e-nobody  # not a staff login: --as is never implied
umask 022               # the usual umask: private modes must come from the program, not from here
secret() {              # secret FILE TEXT [MODE]: a one-line secret file
  printf '%s\n' "$2" >"$1"
  chmod "${3:-600}" "$1"
}
secret "$work/rui.pw" 'rui-admin-pass'
secret "$work/ines.pw" 'ines-teaches-1'
secret "$work/wrong.pw" 'not-the-password'
secret "$work/loose.pw" 'rui-admin-pass' 644
secret "$work/ana.pin" '482913'
secret "$work/short.pin" '1234'

check "open mode: no staff yet, commands act as before, with one warning"
expect 0 academy trainees add ana
[ "$(grep -c 'gradebook has no instructor: anyone can act' "$work/err.txt")" = 1 ] || fail "no open-mode warning"
expect 0 academy trainees add bo
[ "$(stat -c %a "$XDG_DATA_HOME/stipple")" = 700 ] || fail "data folder is $(stat -c %a "$XDG_DATA_HOME/stipple"), not 700"
for f in "$db" "$db"-wal "$db"-shm; do
  [ ! -e "$f" ] || [ "$(stat -c %a "$f")" = 600 ] || fail "$f is $(stat -c %a "$f"), not 600"
done
expect 0 demo --lesson "$lessons/first-dots-depth.json" --out "$work/demo.json"
jq '.trainee = "ana" | .started = "2026-11-24T09:00:00Z"' "$work/demo.json" >"$work/ana1.json"
jq '.trainee = "bo" | .started = "2026-11-24T10:00:00Z"' "$work/demo.json" >"$work/bo1.json"

check "the first staff member becomes the admin, whatever --role says"
expect 2 academy staff add Rui --new-password-file "$work/rui.pw"
grep -q 'a login is 1 to 32 of a-z' "$work/err.txt" || fail "a bad login was not explained"
expect 0 academy staff add rui --name "Rui Costa" --role instructor --new-password-file "$work/rui.pw"
grep -q 'added admin "rui" (the first staff member is always an admin)' "$work/out.txt" || fail "first staff not admin"

check "import without --as now needs an instructor (exit 2)"
expect 2 academy import "$work/ana1.json"
grep -q 'import needs an instructor' "$work/err.txt" || fail "import without --as was not refused by role"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM attempts')" = 0 ] || fail "a refused import recorded something"

check "a password file others can read is refused before it is read"
expect 2 academy import --as rui --password-file "$work/loose.pw" "$work/ana1.json"
grep -q "loose.pw: the secret file is open to others (mode 0644); chmod 600 it" "$work/err.txt" || fail "0644 file"
expect 2 academy import --as rui --password-file "$work/wrong.pw" "$work/ana1.json"
grep -q 'wrong password (4 tries left)' "$work/err.txt" || fail "a wrong password was not refused"
expect 0 academy import --as rui --password-file "$work/rui.pw" "$work/ana1.json" "$work/bo1.json"
! grep -q 'needs an' "$work/err.txt" || fail "the admin was refused"
check "--vouch names the signed-in instructor, in the attempt's verdict and in the audit log"
jq '.trainee = "ana" | .input = "mouse" | .started = "2026-11-24T11:00:00Z"' "$work/demo.json" >"$work/ana2.json"
expect 0 academy import --vouch --as rui --password-file "$work/rui.pw" "$work/ana2.json"
grep -Eq '^recorded [0-9]+ \(sealed: vouched by rui\)$' "$work/out.txt" || fail "vouch: $(cat "$work/out.txt")"
[ "$(sqlite3 "$db" "SELECT actor || ' ' || action FROM audit_log WHERE action = 'attempt.vouch'")" = "staff/1 attempt.vouch" ] \
  || fail "no audit line for the vouched attempt"

check "an admin adds an instructor; an instructor cannot manage staff but sets trainees' PINs"
expect 0 academy staff add ines --name "Inês" --role instructor --as rui --password-file "$work/rui.pw" \
  --new-password-file "$work/ines.pw"
grep -q 'added instructor "ines"' "$work/out.txt" || fail "instructor not added"
expect 2 academy staff add zed --as ines --password-file "$work/ines.pw" --new-password-file "$work/ines.pw"
grep -q 'managing staff needs an admin (acting as "ines", an instructor)' "$work/err.txt" || fail "instructor added staff"
expect 2 academy trainees set-pin ana --pin-file "$work/short.pin" --as ines --password-file "$work/ines.pw"
grep -q 'a PIN is 6 to 12 digits' "$work/err.txt" || fail "a short PIN was taken"
expect 0 academy trainees set-pin ana --pin-file "$work/ana.pin" --as ines --password-file "$work/ines.pw"
expect 0 academy staff list --as ines --password-file "$work/ines.pw"
grep -q '^ines  instructor  Inês' "$work/out.txt" && grep -q '^rui  admin  Rui Costa' "$work/out.txt" || fail "staff list"

check "a trainee cannot export, and sees only their own progress"
expect 2 academy export --csv "$work/all.csv" --as ana --password-file "$work/ana.pin"
grep -q 'export needs an instructor (acting as "ana", a trainee)' "$work/err.txt" || fail "a trainee exported"
[ ! -e "$work/all.csv" ] || fail "the refused export wrote a file"
expect 0 academy progress --as ana --password-file "$work/ana.pin"
grep -q 'first-dots-depth' "$work/out.txt" || fail "ana's own progress missing"
! grep -qw 'bo' "$work/out.txt" || fail "ana's progress shows another trainee"
expect 2 academy progress --trainee bo --as ana --password-file "$work/ana.pin"
grep -q 'a trainee sees only their own records' "$work/err.txt" || fail "ana read bo's progress"
expect 0 academy report --html "$work/ana.html" --as ana --password-file "$work/ana.pin"
grep -q 'wrote the report on ana ' "$work/out.txt" || fail "ana's report is not hers alone"

check "an exam needs the trainee's PIN once PINs exist (checked before any window opens)"
expect 2 practice "$lessons/first-dots-depth.json" --exam --trainee ana --pin-file "$work/wrong.pw"
grep -q 'wrong PIN (4 tries left)' "$work/err.txt" || fail "an exam started without the right PIN"
expect 2 practice "$lessons/first-dots-depth.json" --exam --trainee bo --pin-file "$work/ana.pin"
grep -q 'no PIN is set for "bo"' "$work/err.txt" || fail "an exam started for a trainee without a PIN"

check "five wrong passwords lock the login, even against the right one"
for try in 1 2 3 4; do
  expect 2 academy staff list --as ines --password-file "$work/wrong.pw"
done
expect 2 academy staff list --as ines --password-file "$work/wrong.pw"
grep -q 'wrong password: "ines" is locked until [0-9][0-9]:[0-9][0-9] UTC' "$work/err.txt" || fail "no lock"
expect 2 academy staff list --as ines --password-file "$work/ines.pw"
grep -q '"ines" is locked until .* after 5 wrong tries' "$work/err.txt" || fail "the lock did not hold"

check "secrets are argon2id hashes only; the audit log names who did what"
[ "$(sqlite3 "$db" "SELECT count(*) FROM credentials WHERE pw_hash LIKE '\$argon2id\$%'")" = 3 ] || fail "hashes"
! grep -qa 'rui-admin-pass\|ines-teaches-1\|482913' "$db" "$db"-wal 2>/dev/null || fail "a plain secret is stored"
[ "$(sqlite3 "$db" "SELECT actor || ' ' || action || ' ' || subject FROM audit_log WHERE action = 'staff add' ORDER BY id" \
  | tr '\n' ',')" = "open staff add staff/1,staff/1 staff add staff/2," ] || fail "audit of staff add"
[ "$(sqlite3 "$db" "SELECT actor FROM audit_log WHERE action = 'set secret' AND subject = 'trainee/1'")" = staff/2 ] \
  || fail "audit of set-pin"
echo "PASS: $e2e_name"
