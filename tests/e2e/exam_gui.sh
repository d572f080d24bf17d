#!/usr/bin/env bash
# Honest exams and the keys a person expects, through the real window (`stipple practice --exam`, needs
# $DISPLAY): Enter with no dots is refused with a message (nothing written); Esc opens a leave dialog that
# stays open (Enter there submits nothing, Esc again keeps working); Enter asks "Finish and score?" and Esc
# cancels; closing the window keeps the exam (its autosave, dots and start), no discard anywhere; reopening
# resumes it (announced: "resuming: N dots" before the replay) with the wall-clock time that is left; an exam reopened past its limit is finished as it
# stands and recorded in the gradebook as failed ("abandoned"), and so is one the app's picker finds when the
# trainee signs in; a finished exam's file carries its mode and the gradebook's seal (re-imported it is found, edited it
# is unverified). Every wait is on a line the program prints.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_display python3 sqlite3 jq

trainee="Exam Taker"
autosave="$XDG_DATA_HOME/stipple/autosave/exam-taker-hairline-classic.exam.json"
# hairline-classic with a 10-minute limit (the shipped one has none).
python3 - "$lessons/hairline-classic.json" "$work/timed.json" <<'PY'
import json, sys
l = json.load(open(sys.argv[1]))
l["time_limit_s"] = 600
json.dump(l, open(sys.argv[2], "w"))
PY

# close_window: the window manager's close button (WM_DELETE_WINDOW to window $wid), as a person closes it.
close_window() {
  python3 - "$wid" <<'PY'
import ctypes, sys
x = ctypes.cdll.LoadLibrary("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XInternAtom.restype = ctypes.c_ulong
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
x.XFlush.argtypes = [ctypes.c_void_p]
class ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]
class Event(ctypes.Union):
    _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]
d = x.XOpenDisplay(None)
e = Event()
e.xclient.type = 33  # ClientMessage
e.xclient.window = int(sys.argv[1])
e.xclient.message_type = x.XInternAtom(d, b"WM_PROTOCOLS", 0)
e.xclient.format = 32
e.xclient.data[0] = x.XInternAtom(d, b"WM_DELETE_WINDOW", 0)
x.XSendEvent(d, int(sys.argv[1]), 0, 0, ctypes.byref(e))
x.XFlush(d)
PY
}

# start_exam: `stipple practice` on the timed lesson as an exam for $trainee, waiting for its window.
start_exam() {
  start_stipple practice "$work/timed.json" --exam --skip-brief --trainee "$trainee" --view 0,87,10 --window 1280x800
  wait_for 180 "the exam window to become ready" printed '^ready window [0-9]+$'
  wid=$(sed -n 's/^ready window \([0-9]*\)$/\1/p' "$work/out.txt")
  xdotool windowfocus --sync "$wid" 2>/dev/null || true
}

check "Enter or the Finish button with no dots is refused with a message; nothing is written or recorded"
start_exam
wait_for 60 "the needle to rest at the session's start" printed '^needle at rest on '
[ -s "$autosave" ] || fail "the exam was not autosaved at its start ($autosave)"
xdotool key --clearmodifiers Return
wait_for 30 "the refusal" printed '^refused: Place at least one dot before finishing'
printed '^dialog: finish$' && fail "Enter with no dots asked to finish"
# The panel's "Finish (Enter)" button (top left; an exam's panel has no undo or guides rows) is refused too.
# Hover first and wait until the needle rests under it (frames have passed: ImGui knows the pointer is on
# its panel, so the click is the button's and places no dot), then click.
rests=$(count_printed '^needle at rest on ')
xdotool mousemove --window "$wid" 168 214
wait_for 60 "the needle to rest under the panel" printed_more '^needle at rest on ' "$rests"
xdotool click 1
wait_for 30 "the Finish button's refusal" printed_more '^refused: Place at least one dot before finishing' 1
printed '^dialog: finish$' && fail "the Finish button with no dots asked to finish"
printed '^dot 1 at ' && fail "the click on the Finish button placed a dot"

check "Esc opens a leave dialog that stays open: Enter there submits nothing, Esc again keeps working"
place_dot 450 380
xdotool key --clearmodifiers Escape
wait_for 30 "the leave dialog" printed '^dialog: leave$'
xdotool key --clearmodifiers Return          # "Esc, then Enter" must not submit
xdotool key --clearmodifiers Escape          # keep working
wait_for 30 "the leave dialog to close" printed '^dialog: none$'
[ "$(count_printed '^dialog: ')" = 2 ] || fail "expected exactly: leave, none; got $(grep '^dialog: ' "$work/out.txt" | tr '\n' ' ')"

check "Enter asks \"Finish and score?\"; Esc cancels"
xdotool key --clearmodifiers Return
wait_for 30 "the finish question" printed '^dialog: finish$'
xdotool key --clearmodifiers Escape
wait_for 30 "the finish question to close" printed_more '^dialog: none$' 1
place_dot 560 430                            # still working: a second dot goes in

check "closing the window keeps the exam: dots, exam flag and its start, in the exam autosave"
close_window
wait_for 30 "the leave dialog on close" printed_more '^dialog: leave$' 1
close_window                                 # the second close closes
wait_exit 60
printed "^not finished; unfinished work is kept in $autosave$" || fail "no 'unfinished work is kept' line"
printed '^saved attempt: ' && fail "closing finished the exam"
python3 - "$autosave" <<'PY' || fail "the exam autosave does not hold the work"
import json, sys
a = json.load(open(sys.argv[1]))
assert a["format"] == "stipple-autosave/1" and a["exam"] is True, a
assert a["dot_count"] == 2, a["dot_count"]
assert a["trainee"] == "Exam Taker" and a["started"].endswith("Z"), a
print("ok: exam autosave with 2 dots, started", a["started"])
PY

check "reopening resumes the exam (no discard) with the wall-clock time left"
# The exam began 100 s earlier than it did (as if it had been closed for that long): the clock counts it.
python3 - "$autosave" <<'PY'
import datetime, json, sys
a = json.load(open(sys.argv[1]))
t = datetime.datetime.strptime(a["started"], "%Y-%m-%dT%H:%M:%S.%fZ") - datetime.timedelta(seconds=100)
a["started"] = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
json.dump(a, open(sys.argv[1], "w"))
PY
start_exam
xdotool key --clearmodifiers Return          # the brief offers only "Resume the exam (Enter)"
wait_for 60 "the exam to resume" printed '^exam resumed: 2 dots, [0-9]+ s left$'
# The replay is announced (the window shows "Resuming your work..." first), before the exam goes on.
[ "$(grep -nE '^resuming: 2 dots$' "$work/out.txt" | cut -d: -f1)" -lt \
  "$(grep -nE '^exam resumed: 2 dots' "$work/out.txt" | cut -d: -f1)" ] ||
  fail "no 'resuming: 2 dots' line before the exam resumed"
left=$(sed -n 's/^exam resumed: 2 dots, \([0-9]*\) s left$/\1/p' "$work/out.txt")
[ "$left" -le 500 ] && [ "$left" -gt 300 ] || fail "$left s left on resuming: the time apart did not count"
close_window
wait_for 30 "the leave dialog on close" printed '^dialog: leave$'
close_window
wait_exit 60

check "an exam reopened past its limit is finished as it stands and recorded failed"
python3 - "$autosave" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
a["started"] = "2020-01-01T10:00:00.000Z"
json.dump(a, open(sys.argv[1], "w"))
PY
cp "$autosave" "$work/abandoned.exam.json"   # for the app's picker below
start_exam
wait_for 60 "the exam to be finished at once" printed '^exam past its limit: finished as it stands$'
attempt=""
find_attempt() { attempt=$(compgen -G "$XDG_DATA_HOME/stipple/attempts/*.json" | head -n 1) && [ -n "$attempt" ]; }
wait_for 60 "the attempt file" find_attempt
xdotool key --clearmodifiers Escape          # leave the score screen
wait_exit 60
printed "^recorded attempt [0-9]+ for $trainee: hairline-classic [0-9]+\.[0-9] \(not passed\)$" ||
  fail "the abandoned exam was not recorded as failed"
[ ! -e "$autosave" ] || fail "the abandoned exam's autosave is still there"
expect 0 score --lesson "$work/timed.json" "$attempt"   # the app's own file passes its validator
db="$XDG_DATA_HOME/stipple/gradebook.sqlite"
expect 0 academy export --db "$db" --csv "$work/attempts.csv"
python3 - "$work/attempts.csv" <<'PY' || fail "the gradebook does not hold the abandoned exam as failed"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert len(rows) == 1, rows
r = rows[0]
assert r["mode"] == "exam" and r["dots"] == "2", r
assert r["passed"] in ("false", "0", "no"), r["passed"]
print("ok: abandoned exam recorded:", r["mode"], r["dots"], "dots, passed", r["passed"])
PY
check "an exam open when its limit passes is finished as it stands and recorded (here with no dots: failed)"
python3 - "$work/timed.json" "$work/short.json" <<'PY'
import json, sys
l = json.load(open(sys.argv[1]))
l["time_limit_s"] = 2
json.dump(l, open(sys.argv[2], "w"))
PY
start_stipple practice "$work/short.json" --exam --skip-brief --trainee "Quick Taker" --save "$work/timeup.json" --window 1280x800
wait_for 180 "the exam window to become ready" printed '^ready window [0-9]+$'
wid=$(sed -n 's/^ready window \([0-9]*\)$/\1/p' "$work/out.txt")
wait_for 60 "the exam to end at its limit" test -s "$work/timeup.json"
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool key --clearmodifiers Escape          # leave the score screen
wait_exit 60
printed '^recorded attempt [0-9]+ for Quick Taker: hairline-classic [0-9]+\.[0-9] \(not passed\)$' ||
  fail "the exam ended by its limit was not recorded"
expect 0 score --lesson "$work/short.json" "$work/timeup.json"

check "the exam's file is sealed by the gradebook with its mode: re-imported it is found, edited it is unverified"
gb="$XDG_DATA_HOME/stipple/gradebook.sqlite"
jq -e '.mode == "exam" and .seal.alg == "hmac-sha256" and (.seal.mac | length) == 64 and (.finished | endswith("Z"))' \
  "$work/timeup.json" >/dev/null || fail "the exam file is not sealed as an exam: $(jq -c '{mode, seal}' "$work/timeup.json")"
[ "$(sqlite3 "$gb" "SELECT a.verification || ' ' || a.mode FROM attempts a JOIN trainees t ON t.id = a.trainee_id
  WHERE t.name = 'Quick Taker'")" = "app exam" ] || fail "the exam was not recorded as the app's"
mkdir -p "$work/short-lessons"
cp "$work/short.json" "$work/short-lessons/"
expect 0 academy import --lessons "$work/short-lessons" "$work/timeup.json"
grep -Eq '^already recorded as [0-9]+$' "$work/out.txt" || fail "re-import: $(head -1 "$work/out.txt")"
jq '.mode = "practice" | .trainee = "Copy Cat"' "$work/timeup.json" >"$work/edited.json"
expect 0 academy import --lessons "$work/short-lessons" --add-trainees "$work/edited.json"
grep -Eq '^recorded [0-9]+ \(unverified: integrity record does not match \(changed after it was sealed\)\)$' "$work/out.txt" ||
  fail "edited copy: $(head -1 "$work/out.txt")"

check "the app's picker finds an abandoned exam on signing in: finished as it stands, recorded failed"
# The app on a copy of the curriculum whose hairline-classic has the limit, the same abandoned exam waiting
# in its data folder (beside its gradebook).
cp -r "$lessons" "$work/lessons"
cp "$work/timed.json" "$work/lessons/hairline-classic.json"
mkdir -p "$work/app/autosave"
cp "$work/abandoned.exam.json" "$work/app/autosave/exam-taker-hairline-classic.exam.json"
start_stipple --db "$work/app/gradebook.sqlite" --lessons "$work/lessons" --window 1280x800
wait_for_window 60 "^Stipple"
wait_for 60 "the sign-in screen" title_is "Stipple - sign in"
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool type --delay 20 "$trainee"
xdotool key Return
wait_for 120 "the abandoned exam to be settled" printed '^abandoned exam hairline-classic finished as it stands, recorded failed$'
wait_for 30 "the picker" printed "^picker: $trainee: "
[ ! -e "$work/app/autosave/exam-taker-hairline-classic.exam.json" ] || fail "the app left the abandoned exam's autosave"
row=$(sqlite3 -separator '|' "$work/app/gradebook.sqlite" "SELECT a.mode, a.passed, a.dot_count, json_extract(a.score_json,
  '\$.critical_errors[#-1].code') FROM attempts a JOIN trainees t ON t.id = a.trainee_id WHERE t.name = '$trainee'")
[ "$row" = "exam|0|2|abandoned" ] || fail "the app recorded '$row', expected 'exam|0|2|abandoned'"
kill "$program_pid"; wait "$program_pid" 2>/dev/null || true; program_pid=""
echo "PASS: exam_gui"
