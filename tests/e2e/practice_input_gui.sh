#!/usr/bin/env bash
# Input a hand can get wrong, through the real window, in an exam (`stipple practice --exam --trainee`):
#   - each exam dot is in the exam autosave the moment it is placed (killing the program cannot take it back);
#   - a move and a click that reach the window at one server instant onto the panel's Guides checkbox act on
#     the panel only: no dot on the scalp under it;
#   - holding Enter (the server's auto-repeat) opens "Finish and score?" once and never answers it; Esc then
#     keeps working and nothing is written; a second, separate Enter confirms.
# Input is played by the X server itself (lib/xtest_input.py), so "one instant" and "held 1.5 s" are exact.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_display python3
lesson="$lessons/hairline-classic.json"
out="$work/attempt.json"

start_stipple practice "$lesson" --exam --trainee Ana --save "$out" --view 0,87,10 --window 1280x800 --skip-brief
wait_for 180 "the practice window to become ready" printed '^ready window [0-9]+$'
wid=$(sed -n 's/^ready window \([0-9]*\)$/\1/p' "$work/out.txt")
xdotool windowfocus --sync "$wid" 2>/dev/null || true
wait_for 60 "the needle to rest at the session's start" printed '^needle at rest on '
eval "$(xdotool getwindowgeometry --shell "$wid")"  # X, Y: the window's origin on the screen

# autosaved_dots: the dot count in the exam autosave (academy/user_data: DATA/autosave/<trainee>-<lesson>.exam.json;
# it is written before the dot's line is printed).
autosaved_dots() {
  local file
  file=$(compgen -G "$XDG_DATA_HOME/stipple/autosave/*hairline-classic.exam.json" | head -n 1) || { echo none; return; }
  python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["dot_count"])' "$file"
}

check "an exam dot is autosaved as it is placed"
xdotool mousemove --window "$wid" 450 380
wait_for 60 "the needle to rest on the pointer" printed_more '^needle at rest on ' 1
python3 "$e2e_lib/xtest_input.py" hold:1,350 >/dev/null
wait_for 60 "dot 1" printed '^dot 1 at '
[ "$(autosaved_dots)" = 1 ] || fail "dot 1 is placed but the exam autosave holds $(autosaved_dots) dots"

check "a move and a click at one instant onto the Guides checkbox place no dot"
python3 "$e2e_lib/xtest_input.py" "move:$((X + 33)),$((Y + 187))" hold:1,0 >/dev/null

check "holding Enter opens the question once and never answers it"
python3 "$e2e_lib/xtest_input.py" key:Return,1500
wait_for 30 "the finish question" printed '^dialog: finish$'
xdotool key --clearmodifiers Escape
wait_for 30 "the question to close" printed '^dialog: none$'
# Events are handled in order: by now the click and every repeat of Enter have been handled.
[ "$(count_printed '^dot [0-9]+ at ')" = 1 ] || fail "the click on the panel also placed a dot on the scalp"
[ "$(count_printed '^dialog: finish$')" = 1 ] || fail "the held Enter opened the question $(count_printed '^dialog: finish$') times"
[ ! -e "$out" ] || fail "the held Enter finished the exam"
[ "$(autosaved_dots)" = 1 ] || fail "the exam autosave holds $(autosaved_dots) dots, 1 placed"

check "a separate Enter confirms: the exam is finished and recorded"
xdotool key --clearmodifiers Return
wait_for 30 "the finish question again" printed_more '^dialog: finish$' 1
xdotool key --clearmodifiers Return
wait_for 60 "the attempt file" test -s "$out"
xdotool key --clearmodifiers Escape
wait_exit 60
printed '^recorded attempt [0-9]+ for Ana: hairline-classic ' || fail "no 'recorded attempt' line"
python3 -c 'import json, sys; a = json.load(open(sys.argv[1])); assert len(a["dots"]) == 1, len(a["dots"])' "$out" ||
  fail "the attempt does not hold exactly the one dot placed"
echo "PASS: exam dots autosaved as placed; a click on the panel places no dot; a held Enter never answers"
