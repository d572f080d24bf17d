#!/usr/bin/env bash
# Working on the 3D head through the real window (an exam, so each dot is in the autosave as it is placed):
# the head sits beside the map; the top view (key 4) and a click at its centre puts a dot on the midline near
# the vertex; the front view (key 1) and a click left of its centre puts it on the client's RIGHT (x > 0: we
# face the client); the back view (key 5) puts it at the back of the skull. Each dot is found in the exam
# autosave (the down and up events at the map point the head gave) and in the attempt, at the point the
# needle rested on before the press: the same path as a click on the map. A right drag on the head turns it
# and the wheel zooms; neither places a dot. Every wait is on a line the program prints or a file it writes.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_display python3
lesson="$lessons/hairline-classic.json"
out="$work/attempt.json"

start_stipple practice "$lesson" --exam --trainee Ana --save "$out" --window 1280x800 --skip-brief
wait_for 180 "the practice window to become ready" printed '^ready window [0-9]+$'
wid=$(sed -n 's/^ready window \([0-9]*\)$/\1/p' "$work/out.txt")
xdotool windowfocus --sync "$wid" 2>/dev/null || true
wait_for 60 "the needle to rest at the session's start" printed '^needle at rest on '
wait_for 120 "the head beside the map" printed '^head view at [0-9]+,[0-9]+ [0-9]+x[0-9]+ px$'
read -r L T W H < <(sed -n 's/^head view at \([0-9]*\),\([0-9]*\) \([0-9]*\)x\([0-9]*\) px$/\1 \2 \3 \4/p' "$work/out.txt" | tail -n 1)
check "the head's pane is right of the map's strip, under the depth gauge, at 1280x800"
[ "$L" -gt 700 ] && [ $((L + W)) -le 1280 ] && [ "$T" -ge 340 ] && [ "$H" -gt 200 ] ||
  fail "the head's pane is at $L,$T ${W}x$H"
cx=$((L + W / 2)) cy=$((T + H / 2))

# exam_autosave: the exam's autosave file (written before the dot's line is printed).
exam_autosave() { compgen -G "$XDG_DATA_HOME/stipple/autosave/*hairline-classic.exam.json" | head -n 1; }

# view KEY NAME: a preset by its key, waiting until the program says it is drawn.
view() {
  local before
  before=$(count_printed "^head view: $2\$")
  xdotool key --clearmodifiers "$1"
  wait_for 30 "the $2 view" printed_more "^head view: $2\$" "$before"
}

# check_dot N XMIN XMAX YMIN YMAX: dot N (from 1) lies in the box, in the autosave's events (its down and
# up at the map point the head's pick gave), and the printed dot is at the point the needle rested on.
check_dot() {
  python3 - "$(exam_autosave)" "$work/out.txt" "$@" <<'PY' || fail "dot $1 on the head is not where it should be"
import json, math, re, sys
autosave, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
xmin, xmax, ymin, ymax = map(float, sys.argv[4:8])
a = json.load(open(autosave))
assert a["dot_count"] == n, f"the exam autosave holds {a['dot_count']} dots, {n} placed"
events = a["events"]
downs = [e for e in events if e.get("kind") == "down"]
ups = [e for e in events if e.get("kind") == "up"]
assert len(downs) == n and len(ups) == n, f"{len(downs)} downs and {len(ups)} ups for {n} dots"
down, up = downs[-1], ups[-1]
for e in (down, up):
    assert xmin <= e["x"] <= xmax and ymin <= e["y"] <= ymax, \
        f"dot {n}: the head gave ({e['x']:.1f}, {e['y']:.1f}) mm, expected x {xmin}..{xmax}, y {ymin}..{ymax}"
text = open(out).read().splitlines()
rests = [tuple(map(float, m.groups())) for m in (re.match(r"needle at rest on \((-?[\d.]+), (-?[\d.]+)\) mm", l) for l in text) if m]
said = [m.groups() for m in (re.match(r"dot (\d+) at \((-?[\d.]+), (-?[\d.]+)\) mm", l) for l in text) if m]
assert len(said) == n, f"{len(said)} dot lines for {n} dots"
_, sx, sy = said[-1]
rx, ry = rests[-1]
err = math.hypot(float(sx) - rx, float(sy) - ry)
assert err < 0.05, f"dot {n} at ({sx}, {sy}), the needle rested on ({rx}, {ry}): off by {err:.3f} mm"
assert math.hypot(down["x"] - rx, down["y"] - ry) < 0.01, f"dot {n}: pressed at ({down['x']}, {down['y']}), rested on ({rx}, {ry})"
print(f"ok: dot {n} at ({float(sx):.1f}, {float(sy):.1f}) mm")
PY
}

check "top view: a click at the centre is a dot on the midline near the vertex"
view 4 top
place_dot "$cx" "$cy"
check_dot 1 -3 3 120 215

check "front view: a click left of the centre (the client's right as we face them) is a dot at x > 0"
view 1 front
# (About 1 px per mm at the front preset: 30 px left and 60 px up of the centre is the forehead.)
place_dot $((cx - 30)) $((cy - 60))
check_dot 2 10 60 20 140

check "back view: a click at the centre is a dot at the back of the skull"
view 5 back
place_dot "$cx" "$cy"
check_dot 3 -3 3 220 380

check "a right drag turns the head and the wheel zooms; neither places a dot"
turned=$(count_printed '^head view turned to ')
xdotool mousemove --window "$wid" "$cx" "$cy" mousedown 3 mousemove --window "$wid" $((cx + 80)) "$cy" mouseup 3
wait_for 30 "the head to turn" printed_more '^head view turned to ' "$turned"
zoomed=$(count_printed '^head view distance ')
xdotool mousemove --window "$wid" "$cx" "$cy" click 4
wait_for 30 "the wheel's zoom" printed_more '^head view distance [0-9]+ mm$' "$zoomed"
[ "$(count_printed '^dot [0-9]+ at ')" = 3 ] || fail "turning or zooming the head placed a dot"

check "finished: the attempt holds the three dots the head placed"
xdotool key --clearmodifiers Return
wait_for 30 "the finish question" printed '^dialog: finish$'
xdotool key --clearmodifiers Return
wait_for 60 "the attempt file" test -s "$out"
xdotool key --clearmodifiers Escape
wait_exit 60
python3 - "$out" "$work/out.txt" <<'PY' || fail "the attempt's dots are not the ones placed on the head"
import json, re, sys
a = json.load(open(sys.argv[1]))
said = [tuple(map(float, m.groups())) for m in (re.match(r"dot \d+ at \((-?[\d.]+), (-?[\d.]+)\) mm", l) for l in open(sys.argv[2])) if m]
dots = a["dots"]
assert len(dots) == 3, f"{len(dots)} dots in the attempt"
for (sx, sy), d in zip(said, dots):
    assert abs(d["x"] - sx) < 6e-4 and abs(d["y"] - sy) < 6e-4, f"saved {d}, announced ({sx}, {sy})"
PY
echo "PASS: dots placed on the head (top, front, back) are in the autosave and the attempt at the right map points"
