#!/usr/bin/env bash
# The app shell end to end under X (needs $DISPLAY, xdotool, sqlite3): start `stipple --db TMP` with an empty
# gradebook, sign in a new trainee by typing a name, start the default lesson with one Enter, place dots,
# finish with Enter (asked, Enter again), leave the score screen and come back to the picker; then check with the sqlite3 CLI that
# the attempt was recorded for that trainee, and that the picker now shows the lesson's score.
# Every wait is a bounded poll on something the program shows (window title, a stdout line, a file).
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_display sqlite3
has_json_file() { compgen -G "$1/*.json" >/dev/null; }

db="$work/data/gradebook.sqlite"
name="E2E Trainee $$"
start_stipple --db "$db" --window 1280x800   # autosaves, attempts, screenshots: under $XDG_DATA_HOME in $work
wait_for_window 60 "^Stipple"
wait_for 60 "the sign-in screen" title_is "Stipple - sign in"
[ -f "$db" ] || fail "the gradebook was not created at $db"
xdotool windowfocus --sync "$wid" 2>/dev/null || true

# Sign in a new trainee: type the name, Enter.
xdotool type --delay 20 "$name"
xdotool key Return
wait_for 30 "the picker" grep -qF "picker: $name: selected first-dots-depth (Open, best -, last -, no attempts yet), 0 in history" "$work/out.txt"
grep -qF "signed in: $name" "$work/out.txt" || fail "no sign-in line"
[ "$(sqlite3 "$db" "SELECT COUNT(*) FROM trainees WHERE name = '$name'")" = 1 ] || fail "the trainee was not added"

# One Enter starts the default lesson (the first open one); the title names it once input is taken.
xdotool key Return
wait_for 120 "the practice screen" title_has "First dots"

# Place 8 dots inside the zone (right of the lesson panel, around the window's centre), then finish.
# Each waits on the practice screen's lines: the needle at rest on the pointer, the depth in the window, the dot.
wait_for 60 "the needle to rest at the session's start" printed '^needle at rest on '
clicks=8
for i in $(seq 0 $((clicks - 1))); do
  place_dot $((730 + (i % 4) * 45 + (i * 7) % 13)) $((360 + (i / 4) * 42 + (i * 5) % 11))
done
xdotool key Return
wait_for 60 "the finish question" printed '^dialog: finish$'
xdotool key Return
wait_for 60 "the attempt file" has_json_file "$work/data/attempts"

# Leave the score screen: the attempt is recorded and the picker comes back showing the lesson's score.
xdotool key Escape
wait_for 30 "the recorded line" grep -qF "recorded attempt 1 for $name: first-dots-depth" "$work/out.txt"
wait_for 60 "the picker again" grep -qE "picker: $name: selected first-dots-depth \((Open|Passed), best [0-9]+\.[0-9], last [0-9]+\.[0-9], 1 attempt, [01] passed\), 1 in history" "$work/out.txt"

# The gradebook holds exactly that attempt, for that trainee, with its dots and event log.
row=$(sqlite3 -separator '|' "$db" "SELECT t.name, l.lesson_id, a.mode, a.dot_count, a.total FROM attempts a
  JOIN trainees t ON t.id = a.trainee_id JOIN lessons l ON l.id = a.lesson_ref")
IFS='|' read -r who lesson mode dots total <<<"$row"
[ "$who" = "$name" ] || fail "attempt recorded for '$who', expected '$name' (row: $row)"
[ "$lesson" = "first-dots-depth" ] || fail "attempt recorded for lesson '$lesson'"
[ "$mode" = "practice" ] || fail "mode '$mode'"
[ "$dots" = "$clicks" ] || fail "$dots dots recorded, $clicks placed"
[ "$(count_printed '^dot [0-9]+ at ')" = "$clicks" ] || fail "the practice screen announced $(count_printed '^dot [0-9]+ at ') dots, $clicks placed"
[ "$(sqlite3 "$db" "SELECT json_array_length(attempt_json, '\$.events') > 2 * $clicks FROM attempts")" = 1 ] ||
  fail "the recorded attempt has no event log"
grep -qF "$(printf '%.1f' "$total")" <(grep "recorded attempt 1" "$work/out.txt") || fail "recorded total $total not reported"
attempt_file=$(compgen -G "$work/data/attempts/*.json" | head -n 1)
grep -q '"trainee": "'"$name"'"' "$attempt_file" || fail "the attempt file does not name the trainee"

# Ctrl+Q quits from the picker; the program exits cleanly.
xdotool key ctrl+q
wait_exit 30
echo "PASS: signed in '$name', recorded attempt 1 ($dots dots, total $total), picker updated"
