#!/usr/bin/env bash
# A case end to end under X (needs $DISPLAY, xdotool, sqlite3, jq): a lessons folder with one lesson and a small
# case (pre-care question, numbing, session 1, session 2 six weeks later); sign in, pick the case, answer the
# question wrongly (its explanation is shown), put the cream on, work session 1 at once (too early for the
# numbing clock), finish it; the case screen comes back at session 2 "6 weeks later", which starts on the
# trainee's own session 1 dots as healed marks. Leave, come back: the run resumes at session 2. The gradebook
# holds the case's steps (academy/case_records) and the run file lies beside the autosaves.
# Every wait is a bounded poll on something the program shows (window title, a stdout line, a file).
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_display sqlite3 jq

lessons="$work/lessons"
mkdir -p "$lessons/cases/small"
cp "$STIPPLE_SOURCE_DIR/lessons/first-dots-depth.json" "$lessons/"
for id in s1 s2; do
  jq --arg id "small-$id" '.id = $id | .title = ("Small case " + $id)' "$STIPPLE_SOURCE_DIR/lessons/first-dots-depth.json" \
    >"$lessons/cases/small/$id.json"
done
cat >"$lessons/cases/small.json" <<'JSON'
{"format": "stipple-case/1", "id": "small", "title": "Small case", "brief": "Sam wants his hairline back.",
 "client": {"name": "Sam", "age": 34, "sex": "male", "face_shape": "oval", "loss_stage": "norwood-3", "wishes": "a natural line"},
 "steps": [
  {"id": "precare", "kind": "precare", "title": "Pre-care advice", "text": "Sam asks what to do before the session.",
   "questions": [{"id": "q1", "prompt": "What should Sam do the day before?", "options": [
     {"text": "Moisturise the scalp, no products on the day", "correct": true},
     {"text": "Get a tan so the dots blend", "correct": false, "explanation": "No tanning beforehand: tanned skin changes the shade."}]}]},
  {"id": "numbing", "kind": "numbing", "title": "Numbing", "text": "Apply the numbing cream.", "numbing_wait_min": 30, "numbing_wait_s": 600},
  {"id": "s1", "kind": "session", "title": "Session 1", "text": "First pass, light.", "lesson": "small/s1.json"},
  {"id": "s2", "kind": "session", "title": "Session 2", "text": "Density on the healed session 1.", "lesson": "small/s2.json", "healed_days": 42}
 ]}
JSON

db="$work/data/gradebook.sqlite"
name="Case Trainee $$"
start_stipple --db "$db" --lessons "$lessons" --window 1280x800
wait_for_window 60 "^Stipple"
wait_for 60 "the sign-in screen" title_is "Stipple - sign in"
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool type --delay 20 "$name"
xdotool key Return
wait_for 30 "the picker" printed "^picker: $name: selected first-dots-depth"

# The case is the second row: Down, Enter.
xdotool key Down Return
wait_for 60 "the case screen" title_is "Stipple - case: Small case"
wait_for 30 "the case at its first step" printed '^case: small at step 1 of 4 \(precare, precare\)$'

# click X Y: one click at (X, Y) of the window (the panels are laid out for 1280x800).
click() { xdotool mousemove --window "$wid" "$1" "$2" click 1; }
# Pick the wrong answer (a tan) and submit; until the screen says it judged them.
answer_wrongly() { click 469 176; click 566 215; printed '^case: precare answered: 0 / 100, not passed, 2 explained$'; }
wait_for 30 "the answers judged" answer_wrongly
continue_on() { click 566 301; printed '^case: at step 2 of 4 \(numbing, numbing\)$'; }
wait_for 30 "the numbing step" continue_on
cream_on() { click 586 168; printed '^case: at step 3 of 4 \(s1, session\)$'; }
wait_for 30 "session 1 offered" cream_on
start_s1() { click 586 129; printed '^case: session s1 on lesson small-s1 with 0 healed marks, numbing clock 600 s$'; }
wait_for 30 "session 1 planned" start_s1
wait_for 120 "session 1's brief" title_has "Small case small-s1"
xdotool key Return
wait_for 60 "the needle to rest at the session's start" printed '^needle at rest on '
clicks=5
for i in $(seq 0 $((clicks - 1))); do place_dot $((560 + i * 30)) 400; done
xdotool key Return
wait_for 60 "the finish question" printed '^dialog: finish$'
xdotool key Return
has_json_file() { compgen -G "$1/*.json" >/dev/null; }
wait_for 60 "session 1's attempt file" has_json_file "$work/data/attempts"
xdotool key Escape
wait_for 60 "session 1 recorded" printed "^recorded attempt 1 for $name: small-s1"
wait_for 60 "the case back at session 2" printed '^case: small resumed at step 4 of 4 \(s2, session\)$'

# The gradebook has the question (its picks and explanations), the numbing wait (failed: the first dot came
# 600 compressed seconds early) and session 1 pointing at its attempt.
rows=$(sqlite3 -separator '|' "$db" "SELECT step_id, kind, passed, COALESCE(attempt_id, '') FROM case_steps ORDER BY id")
[ "$rows" = "$(printf 'precare|precare|0|\nnumbing|numbing|0|\ns1|session|0|1')" ] || fail "case steps recorded: $rows"
detail=$(sqlite3 "$db" "SELECT detail_json FROM case_steps WHERE step_id = 'precare'")
[ "$(jq -c '.answers' <<<"$detail")" = '[[1]]' ] || fail "the question's picks: $detail"
jq -e '.explanations | map(select(test("No tanning beforehand"))) | length == 1' <<<"$detail" >/dev/null ||
  fail "the wrong pick's explanation is not recorded: $detail"
run_file="$work/data/autosave/$(tr 'A-Z ' 'a-z-' <<<"$name")-case-small.case-run.json"
[ -f "$run_file" ] || fail "no run file at $run_file ($(ls "$work/data/autosave"))"
[ "$(jq -r '.format + " " + ([.steps[].step] | join(","))' "$run_file")" = "stipple-case-run/1 precare,numbing,s1" ] ||
  fail "the run file: $(cat "$run_file")"

# Session 2 starts on the trainee's own session 1, healed: the dots come back as existing marks.
start_s2() { click 586 175; printed '^case: session s2 on lesson small-s2 with [1-9][0-9]* healed marks$'; }
wait_for 30 "session 2 planned on the healed marks" start_s2
lesson2=$(compgen -G "$work/data/cases/*/s2.lesson.json" | head -n 1)
[ -n "$lesson2" ] || fail "session 2's lesson was not kept"
marks=$(jq '.existing.marks | length' "$lesson2")
[ "$marks" -ge 1 ] && [ "$marks" -le "$clicks" ] || fail "session 2 has $marks healed marks for $clicks dots"
wait_for 120 "session 2's brief" title_has "Small case small-s2"

# Leaving the brief comes back to the case (still at session 2); leaving the case comes back to the picker.
xdotool key Escape
wait_for 60 "the case again at session 2" printed_more '^case: small resumed at step 4 of 4 \(s2, session\)$' 1
xdotool key Escape
wait_for 60 "the picker again" printed_more "^picker: $name: selected " 1
xdotool key ctrl+q
wait_exit 30
echo "PASS: case answered (explained), numbing judged early, session 1 recorded, session 2 on $marks healed marks"
