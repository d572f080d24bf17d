#!/usr/bin/env bash
# Review and certificates end to end: an instructor comments on an attempt at a place on the scalp (the
# trainee's report shows it under the thumbnail and as a numbered marker at that place), signs
# off both lessons of a curriculum once the trainee is proficient on counted attempts (not before), issues
# the certificate, and headless Chromium prints its page to a PDF of exactly one page (pdfinfo) that holds
# the trainee, every lesson title and the serial (pdftotext). Verify says valid, then REVOKED after the
# sign-off is revoked; a certificate is refused while a lesson is not signed off.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_tools chromium jq pdfinfo pdftotext sqlite3 timeout
db="$work/g.sqlite"
st() { expect 0 "$@" --db "$db"; }

# A two-lesson curriculum, two passes in a row for proficiency.
cp "$lessons/first-dots-depth.json" "$lessons/even-fill-patch.json" "$work/"
cat >"$work/curriculum.json" <<'JSON'
{ "format": "stipple-curriculum/1", "title": "SMP foundations", "proficiency": { "consecutive_passes": 2 },
  "lessons": [ { "file": "first-dots-depth.json", "requires": [] },
               { "file": "even-fill-patch.json", "requires": ["first-dots-depth"] } ] }
JSON
name="Ana Lima-Okafor"
st academy trainees add "$name" --cohort spring
# Two passes per lesson, each distinct work, made at a seat (input "mouse") and vouched for by the instructor.
for lesson in first-dots-depth even-fill-patch; do
  expect 0 demo --lesson "$work/$lesson.json" --out "$work/$lesson-demo.json"
  for i in 1 2; do
    jq --arg n "$name" --arg t "2026-11-2${i}T09:00:00Z" --argjson i "$i" \
      '.trainee = $n | .started = $t | .input = "mouse" | .dots[0].x += ($i / 1000)' \
      "$work/$lesson-demo.json" >"$work/$lesson-$i.json"
  done
done
# vouched_import FILE...: the instructor vouches for files from a seat (unsealed, input "mouse"): they count.
vouched_import() { st academy import --vouch --lessons "$work" "$@"; }
vouched_import "$work"/first-dots-depth-1.json "$work"/first-dots-depth-2.json "$work"/even-fill-patch-1.json
cur=(--curriculum "$work/curriculum.json")

check "a comment at a place on the scalp, listed for the trainee"
first=$(sqlite3 "$db" "SELECT min(id) FROM attempts")
# On the second dot of that attempt (first-dots-depth-1.json), rounded to whole mm.
at=$(jq -r '.dots[1] | "\(.x | round),\(.y | round)"' "$work/first-dots-depth-1.json")
st academy review comment "$first" --at "$at" $'Too deep on the left:\nlighten the hand.'
expect 2 academy review comment "$first" --at 900,900 "far off" --db "$db"
grep -q "outside the work" "$work/err.txt" || fail "a comment far off the scalp was not refused: $(cat "$work/err.txt")"
st academy review comments --trainee "$name"
grep -q "attempt $first at (${at%,*}.0, ${at#*,}.0) mm" "$work/out.txt" && grep -q "  lighten the hand." "$work/out.txt" &&
  grep -q "^1 comment$" "$work/out.txt" || fail "comments list: $(cat "$work/out.txt")"
# The trainee's own report lists it under the thumbnail and marks its place with a "1".
st academy report --html "$work/own.html" --trainee "$name" "${cur[@]}"
grep -q "<g class=\"comment-marker\" data-comment=\"1\"><circle cx=\"${at%,*}.0\" cy=\"${at#*,}.0\"" "$work/own.html" &&
  grep -q 'Too deep on the left:<br>lighten the hand.' "$work/own.html" || fail "the comment is not in the trainee's report"

check "sign-off: refused with one pass, then given with two; the certificate needs both lessons"
st academy review sign-off "$name" first-dots-depth --note "steady depth" "${cur[@]}"
grep -q "signed off first-dots-depth" "$work/out.txt" || fail "sign-off: $(cat "$work/out.txt")"
expect 2 academy review sign-off "$name" even-fill-patch "${cur[@]}" --db "$db"
grep -q "not proficient in even-fill-patch" "$work/err.txt" || fail "one pass was signed off: $(cat "$work/err.txt")"
expect 2 academy certificate issue "$name" --html "$work/cert.html" "${cur[@]}" --db "$db"
grep -q "not signed off: even-fill-patch" "$work/err.txt" || fail "certificate without sign-off: $(cat "$work/err.txt")"
[ ! -e "$work/cert.html" ] || fail "a refused certificate wrote a page"
vouched_import "$work"/even-fill-patch-2.json
st academy review sign-off "$name" even-fill-patch "${cur[@]}"

check "the certificate prints to exactly one A4 page with the trainee, every lesson and the serial"
st academy certificate issue "$name" --html "$work/cert.html" "${cur[@]}"
serial=$(grep -oE 'issued certificate [0-9a-f-]{36}' "$work/out.txt" | cut -d' ' -f3)
[ -n "$serial" ] || fail "no serial printed: $(cat "$work/out.txt")"
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" \
  --no-pdf-header-footer --print-to-pdf="$work/cert.pdf" "file://$work/cert.html" >"$work/chromium.txt" 2>&1 ||
  fail "chromium could not print the certificate: $(tail -n 1 "$work/chromium.txt")"
[ -s "$work/cert.pdf" ] || fail "chromium wrote no PDF"
pdfinfo "$work/cert.pdf" >"$work/pdfinfo.txt"
grep -qE '^Pages: +1$' "$work/pdfinfo.txt" || fail "the certificate is not one page: $(grep Pages "$work/pdfinfo.txt")"
grep -qE '^Page size: +841\.[0-9]+ x 59[45]\.[0-9]+ pts \(A4\)' "$work/pdfinfo.txt" ||
  fail "not A4 landscape: $(grep 'Page size' "$work/pdfinfo.txt")"
pdftotext -layout "$work/cert.pdf" "$work/cert.txt"
for want in "$name" "SMP foundations" "$(jq -r .title "$work/first-dots-depth.json")" \
  "$(jq -r .title "$work/even-fill-patch.json")" "$serial" "certificate verify"; do
  grep -qF -- "$want" "$work/cert.txt" || fail "the printed certificate lacks \"$want\""
done

check "verify: valid, issuing again gives the same certificate, revoking the sign-off revokes it"
st academy certificate verify "$serial"
grep -q "^valid: certificate $serial for $name" "$work/out.txt" || fail "verify: $(cat "$work/out.txt")"
cp "$work/cert.html" "$work/cert-first.html"
st academy certificate issue "$name" --html "$work/cert.html" "${cur[@]}"
grep -q "certificate already issued: $serial" "$work/out.txt" || fail "issue again: $(cat "$work/out.txt")"
cmp -s "$work/cert.html" "$work/cert-first.html" || fail "issuing again changed the page"
st academy review revoke "$name" even-fill-patch
grep -q "and 1 certificate" "$work/out.txt" || fail "revoke: $(cat "$work/out.txt")"
expect 1 academy certificate verify "$serial" --html "$work/revoked.html" --db "$db"
grep -q "^REVOKED on " "$work/out.txt" || fail "verify after revoke: $(cat "$work/out.txt")"
grep -q "REVOKED on" "$work/revoked.html" || fail "the revoked page has no REVOKED banner"
expect 2 academy certificate verify "00000000-0000-8000-8000-000000000000" --db "$db"
grep -q "no certificate with serial" "$work/err.txt" || fail "unknown serial: $(cat "$work/err.txt")"
check "once there are staff, reviewing needs an instructor: refused without --as, signed by login with it"
export USER=e2e-nobody  # not a staff login: --as is never implied
printf 'marta-teaches-1\n' >"$work/marta.pw"
chmod 600 "$work/marta.pw"
st academy staff add marta --name "Marta Ruiz" --new-password-file "$work/marta.pw"
expect 2 academy review comment "$first" "anyone?" --db "$db"
grep -q "needs an instructor" "$work/err.txt" || fail "a comment without --as: $(cat "$work/err.txt")"
st academy --as marta --password-file "$work/marta.pw" review comment "$first" "Signed comment"
st academy --as marta --password-file "$work/marta.pw" review comments --attempt "$first"
grep -q "^attempt $first, marta on " "$work/out.txt" && grep -q "^2 comments$" "$work/out.txt" ||
  fail "the signed comment: $(cat "$work/out.txt")"
echo "PASS: $e2e_name"
