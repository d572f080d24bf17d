#!/usr/bin/env bash
# Trustworthy attempts end to end (issue 12, item 1): the certificate exploit (28 `stipple demo` files made a
# trainee "CURRICULUM COMPLETE") now passes nothing; a demo file edited to "pen" is unverified; one attempt
# saved in three layouts is recorded once; copied work under another trainee is recorded but never counts;
# `--mode exam` is refused (exit 2); `--vouch` makes an unsealed file count, never a demo file. Needs jq, sqlite3.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_tools jq sqlite3
db="$work/g.sqlite"
st() { expect "$1" "${@:2}" --db "$db"; }
q() { sqlite3 "$db" "$1"; }

st 0 academy trainees add ana
st 0 academy trainees add bob

check "the exploit: two demo files for each of the 18 curriculum lessons pass nothing and certify nothing"
mkdir -p "$work/demo"
n=0
for lesson in $(jq -r '.lessons[].file' "$lessons/curriculum.json"); do
  expect 0 demo --lesson "$lessons/$lesson" --out "$work/demo.json"
  grep -q 'records it as unverified' "$work/out.txt" || fail "demo does not say how it is recorded"
  for i in 1 2; do
    n=$((n + 1))
    jq --arg t "2026-11-2${i}T09:00:00Z" '.trainee = "ana" | .started = $t' "$work/demo.json" \
      >"$work/demo/$(printf %02d $n).json"
  done
done
[ "$n" -eq 36 ] || fail "expected 36 demo files, made $n"
st 0 academy import "$work"/demo/*.json
[ "$(grep -c '(unverified: made by stipple demo)$' "$work/out.txt")" -eq 18 ] || fail "18 demo files recorded unverified"
[ "$(grep -c 'already recorded as [0-9]*$' "$work/out.txt")" -eq 18 ] \
  || fail "the 18 copies differing only in start time are the same work"
grep -q 'imported 18, already recorded 18, refused 0' "$work/out.txt" || fail "import summary"
[ "$(q "SELECT count(*) FROM attempts WHERE verification = 'unverified' AND verification_note = 'made by stipple demo'")" \
  -eq 18 ] || fail "demo rows are not unverified in the gradebook"
st 0 academy progress --trainee ana
grep -q '^0 of 18 curriculum lessons proficient$' "$work/out.txt" || fail "a demo file made a lesson proficient"
! grep -Eq ' (passed|proficient) +[0-9]' "$work/out.txt" || fail "a demo file passed a lesson"
! grep -q 'CURRICULUM COMPLETE' "$work/out.txt" || fail "demo files completed the curriculum"
st 0 academy progress
! grep -q 'CURRICULUM COMPLETE' "$work/out.txt" || fail "the table shows a certificate line"

check "a demo file edited to \"pen\" is unverified practice: no integrity record"
expect 0 demo --lesson "$lessons/first-dots-depth.json" --out "$work/first.json"
jq '.trainee = "ana" | .input = "pen" | .mode = "exam" | .dots[0].x += 0.5' "$work/first.json" >"$work/pen.json"
st 0 academy import "$work/pen.json"
grep -Eq '^recorded [0-9]+ \(unverified: no integrity record\)$' "$work/out.txt" || fail "edited demo: $(head -1 "$work/out.txt")"
st 0 academy import --vouch "$work/demo/01.json"
grep -Eq '^already recorded as [0-9]+$' "$work/out.txt" || fail "a vouched demo file is still the same demo"
st 0 academy import --vouch "$work/demo.json" --trainee bob
grep -Eq '\(unverified: made by stipple demo\)$' "$work/out.txt" || fail "--vouch made a demo file count"

check "one attempt in three layouts is recorded once; copied work under another trainee never counts"
jq '.trainee = "ana" | .input = "mouse" | .started = "2026-11-25T09:00:00Z" | .dots[1].y -= 0.25' \
  "$work/first.json" >"$work/indented.json"
jq -c . "$work/indented.json" >"$work/compact.json"
jq -c 'del(.started) | .dots |= (map(del(.t)) | reverse)' "$work/indented.json" >"$work/stripped.json"
printf '\n\n' >>"$work/stripped.json"
st 0 academy import --vouch "$work/indented.json" "$work/compact.json" "$work/stripped.json"
grep -q 'imported 1, already recorded 2, refused 0' "$work/out.txt" || fail "three layouts: $(tail -1 "$work/out.txt")"
first_id=$(sed -n 's/^recorded \([0-9]*\) (sealed: vouched by .*)$/\1/p' "$work/out.txt")
[ -n "$first_id" ] || fail "the vouched attempt: $(head -1 "$work/out.txt")"
[ "$(grep -c "^already recorded as $first_id\$" "$work/out.txt")" -eq 2 ] || fail "the copies name attempt $first_id"
st 0 academy progress --trainee ana
grep -Eq '^first-dots-depth .* 1 +[01] *$|^first-dots-depth .* 1 +[01] ' "$work/out.txt" \
  || fail "ana's first lesson should count exactly the vouched attempt: $(grep first-dots "$work/out.txt")"
jq '.trainee = "bob"' "$work/compact.json" >"$work/bob_copy.json"
st 0 academy import --vouch "$work/bob_copy.json"
grep -q "(unverified: same work as attempt $first_id (ana))" "$work/out.txt" || fail "copy: $(head -1 "$work/out.txt")"
[ "$(q "SELECT count(DISTINCT content_hash) FROM attempts a JOIN trainees t ON t.id = a.trainee_id WHERE t.name = 'bob'")" \
  -eq 2 ] || fail "bob's rows"

check "--mode is refused: the mode is fixed when the attempt starts and read from the file"
before=$(q 'SELECT count(*) FROM attempts')
st 2 academy import --mode exam "$work/indented.json"
grep -q 'mode is fixed when the attempt starts; it is read from the file' "$work/err.txt" || fail "--mode message"
[ "$(q 'SELECT count(*) FROM attempts')" -eq "$before" ] || fail "--mode recorded something"
[ "$(q "SELECT mode FROM attempts WHERE verification_note = 'no integrity record'")" = exam ] \
  || fail "the file's mode was not recorded"

[ "$(q 'PRAGMA integrity_check')" = ok ] || fail "integrity check"
echo "PASS: trustworthy attempts"
