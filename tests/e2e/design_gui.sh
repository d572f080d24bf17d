#!/usr/bin/env bash
# Drawing a hairline design through the real window: a design lesson (the classic hairline lesson with a
# client's design brief) opened at a known view (--view 16,80,2.5: map x = (px - 600) / 2.5, y = 80 - (py -
# 400) / 2.5), five clicks on the map make a five-point line; dragging its middle point up 4 mm shows on the
# calipers (mid-frontal 84 mm along the skin and a shorter straight line through the head); Ctrl+Z undoes
# the drag (80 mm again); S switches the symmetry guide off; a click on the 3D head adds a sixth point at the
# map point the head's pick gives (the client's right: x > 0); Delete over a map point removes it; the
# work is autosaved with the line; Enter twice finishes; the saved attempt holds the line left to right,
# point for point, and the score screen follows. Every wait is on a line the program prints or a file.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_display python3
lesson="$work/design.json"
out="$work/attempt.json"
python3 - "$lessons/hairline-classic.json" "$lesson" <<'PY'
import json, sys
l = json.load(open(sys.argv[1]))
l["id"] = "design-e2e"
l["title"] = "Design a hairline (e2e)"
l["design"] = {"client_age": 34, "face_shape": "oval", "loss_stage": "norwood-3",
               "wishes": "a natural adult line, not too low"}
json.dump(l, open(sys.argv[2], "w"))
PY

start_stipple practice "$lesson" --trainee Ana --save "$out" --window 1280x800 --skip-brief --view 16,80,2.5
wait_for 180 "the design window to become ready" printed '^ready window [0-9]+$'
wid=$(sed -n 's/^ready window \([0-9]*\)$/\1/p' "$work/out.txt")
xdotool windowfocus --sync "$wid" 2>/dev/null || true
wait_for 120 "the head beside the map" printed '^head view at [0-9]+,[0-9]+ [0-9]+x[0-9]+ px$'
read -r L T W H < <(sed -n 's/^head view at \([0-9]*\),\([0-9]*\) \([0-9]*\)x\([0-9]*\) px$/\1 \2 \3 \4/p' "$work/out.txt" | tail -n 1)
[ "$L" -gt 760 ] || fail "the head's pane starts at x $L px: it would cover the line's right end"

# px X_MM / py Y_MM: the window pixel of a map point at this view.
px() { python3 -c "print(round(600 + $1 * 2.5))"; }
py() { python3 -c "print(round(400 - ($1 - 80) * 2.5))"; }
# points N: wait until the program says the line has N points.
points() { wait_for 30 "a line of $1 points" printed "^design line: $1 points\$"; }

check "five clicks on the map make a five-point line"
n=0
for p in "-56 72" "-30 86" "0 80" "30 86" "56 72"; do
  read -r x y <<<"$p"
  n=$((n + 1))
  xdotool mousemove --window "$wid" "$(px "$x")" "$(py "$y")" click 1
  points "$n"
done
wait_for 30 "the calipers at 80 mm" printed '^calipers: mid-frontal 80\.0 mm skin, [0-9.]+ mm straight$'
straight=$(sed -n 's/^calipers: mid-frontal 80\.0 mm skin, \([0-9.]*\) mm straight$/\1/p' "$work/out.txt" | tail -n 1)
python3 -c "import sys; s=float('$straight'); sys.exit(0 if 65 < s < 80 else 1)" ||
  fail "the straight line from the glabella to an 80 mm mid-frontal point is $straight mm (a chord: a little shorter)"

check "dragging the middle point up 4 mm: the calipers say 84 mm; Ctrl+Z: 80 mm again"
xdotool mousemove --window "$wid" "$(px 0)" "$(py 80)" mousedown 1 mousemove --window "$wid" "$(px 0)" "$(py 82)" \
  mousemove --window "$wid" "$(px 0)" "$(py 84)" mouseup 1
wait_for 30 "the calipers at 84 mm" printed '^calipers: mid-frontal 84\.0 mm skin, '
[ "$(count_printed '^design line: 6 points$')" = 0 ] || fail "the drag added a point"
before=$(count_printed '^calipers: mid-frontal 80\.0 mm skin')
xdotool key --clearmodifiers ctrl+z
wait_for 30 "the undo" printed_more '^calipers: mid-frontal 80\.0 mm skin' "$before"

check "S switches the symmetry guide off"
xdotool key --clearmodifiers s
wait_for 30 "the guide off" printed '^symmetry guide off$'

check "a click on the head (front view, left of its centre: the client's right) adds a sixth point"
xdotool key --clearmodifiers 1
wait_for 30 "the front view" printed '^head view: front$'
cx=$((L + W / 2)) cy=$((T + H / 2))
xdotool mousemove --window "$wid" $((cx - 20)) $((cy - 30)) click 1
points 6

check "Delete over the point at (-30, 86) removes it"
xdotool mousemove --window "$wid" "$(px -30)" "$(py 86)"
xdotool mousemove --window "$wid" "$(px -30)" $(($(py 86) + 1))
xdotool key --clearmodifiers Delete
wait_for 30 "five points again" printed_more '^design line: 5 points$' 1

check "the line is autosaved"
autosave() { compgen -G "$XDG_DATA_HOME/stipple/autosave/*design-e2e.json" | head -n 1; }
has_autosave() { test -n "$(autosave)"; }  # looked for again on every poll
xdotool key --clearmodifiers Escape
wait_for 30 "the leave question" printed '^dialog: leave$'
xdotool key --clearmodifiers Escape
wait_for 30 "the question closed" printed '^dialog: none$'
wait_for 30 "the autosave with the line" has_autosave
python3 - "$(autosave)" <<'PY' || fail "the autosave does not hold the line"
import json, sys
a = json.load(open(sys.argv[1]))
assert len(a["design_line"]) == 5, a.get("design_line")
PY

check "finished: the attempt holds the line, left to right, point for point"
xdotool key --clearmodifiers Return
wait_for 30 "the finish question" printed '^dialog: finish$'
xdotool key --clearmodifiers Return
wait_for 60 "the attempt file" test -s "$out"
xdotool key --clearmodifiers Escape
wait_exit 60
python3 - "$out" <<'PY' || fail "the attempt's design line is not the one drawn"
import json, sys
a = json.load(open(sys.argv[1]))
line = a["design_line"]
assert len(line) == 5, f"{len(line)} points: {line}"
xs = [p[0] for p in line]
assert all(b > a for a, b in zip(xs, xs[1:])), f"not left to right: {xs}"
def has(x, y):
    return any(abs(p[0] - x) < 0.01 and abs(p[1] - y) < 0.01 for p in line)
for x, y in ((-56, 72), (0, 80), (30, 86), (56, 72)):
    assert has(x, y), f"({x}, {y}) is not in {line}"
assert not has(-30, 86), f"the deleted point is still in {line}"
head = [p for p in line if not any(abs(p[0] - x) < 0.01 for x in (-56, 0, 30, 56))]
assert len(head) == 1 and 0 < head[0][0] < 30 and 20 < head[0][1] < 80, f"the head's point: {head}"
assert a["dots"] == [], "a design attempt has no dots"
print("ok:", line)
PY
echo "PASS: a hairline drawn on the map and the head, edited, autosaved and saved in the attempt"
