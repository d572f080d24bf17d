#!/usr/bin/env bash
# The lesson editor end to end under X (needs $DISPLAY, xdotool, python3): start `stipple edit NEW.json` for a
# file that does not exist yet, drag a zone corner, double-click an edge to insert a point, delete another
# point and undo that, save with Ctrl+S and quit with Ctrl+Q; then check the saved file's zone in mm,
# validate it with `lesson check`, and show it is practicable: the expert demo attempt scores a pass.
# The editor prints its view mapping and every control point's screen position on start; the window sits at
# the screen's top-left corner, so window px == screen px. Every wait is on what the editor prints or writes.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_display python3

# A broken lesson file is refused before any window opens, naming the file and the field; it stays untouched.
printf '{"format": "stipple-lesson/1", "id": "x"}' >"$work/broken.json"
expect 2 edit "$work/broken.json"
grep -q "broken.json: /title" "$work/err.txt" || fail "the refusal should name the file and the field /title"
[ "$(cat "$work/broken.json")" = '{"format": "stipple-lesson/1", "id": "x"}' ] || fail "the broken file was changed"

lesson="$work/new-hairline.json"
start_stipple edit "$lesson" --window 1280x800
wait_for_window 120 "^Stipple lesson editor"
# The mapping is printed after the first frame is on screen (the scalp textures are ready then).
wait_for 120 "the view mapping" printed "^editor: hairline 4 "
xdotool windowfocus --sync "$wid"

# Screen positions of the template's zone corners: 0 front-left, 1 front-right, 2 back-right, 3 back-left.
read -r ppm x1 y1 x2 y2 x3 y3 x4 y4 < <(python3 - "$work/out.txt" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
ppm = float(re.search(r"px_per_mm ([0-9.]+)", text).group(1))
px = {int(i): (float(x), float(y)) for i, x, y in re.findall(r"^editor: zone (\d+) mm \([^)]*\) px \(([-0-9.]+), ([-0-9.]+)\)", text, re.M)}
assert len(px) == 4, px
r = lambda v: str(int(round(v)))
drag_from = px[2]
insert_at = (px[0][0] * 0.75 + px[1][0] * 0.25, px[0][1] * 0.75 + px[1][1] * 0.25)  # a quarter along the front edge
delete_at = px[3]
print(ppm, r(drag_from[0]), r(drag_from[1]), r(insert_at[0]), r(insert_at[1]), r(delete_at[0]), r(delete_at[1]),
      r(drag_from[0] + 40), r(drag_from[1] - 30))
EOF
)

# 1. Drag the back-right corner 40 px right and 30 px up (further back on the scalp).
xdotool mousemove "$x1" "$y1"
xdotool mousedown 1
xdotool mousemove $((x1 + 10)) $((y1 - 8))
xdotool mousemove $((x1 + 25)) $((y1 - 20))
xdotool mousemove "$x4" "$y4"
xdotool mouseup 1
# 2. Double-click the front edge a quarter of the way along: a new point there (index 1).
xdotool mousemove "$x2" "$y2"
xdotool click --repeat 2 --delay 120 1
wait_for 30 "the double-click to insert a zone point" printed "^editor: inserted a zone point"
# 3. Select the back-left corner (now index 4) and press Delete, then 4. Ctrl+Z brings it back.
xdotool mousemove "$x3" "$y3"
xdotool click 1
xdotool key Delete
wait_for 30 "the Delete key to delete the selected point" printed "^editor: deleted a zone point"
xdotool key ctrl+z
wait_for 30 "Ctrl+Z to undo the delete" printed "^editor: undone"
# 5. Save and quit.
xdotool key ctrl+s
wait_for 30 "the save message" printed "^editor: saved "
[ -s "$lesson" ] || fail "the editor said saved but $lesson is empty or missing"
xdotool key ctrl+q
wait_exit 30

python3 - "$lesson" "$ppm" <<'EOF' || fail "the saved zone is not what the edits should give"
import json, sys
lesson = json.load(open(sys.argv[1]))
ppm = float(sys.argv[2])
zone = lesson["zone"]
expected = [(-20, 74), (-10, 74), (20, 74), (20 + 40 / ppm, 96 + 30 / ppm), (-20, 96)]
print("saved zone:", zone)
print("expected:  ", [(round(x, 3), round(y, 3)) for x, y in expected])
assert lesson["format"] == "stipple-lesson/1" and lesson["id"] == "new-hairline", lesson["id"]
assert len(zone) == len(expected), "zone has %d points, expected %d" % (len(zone), len(expected))
for (x, y), (ex, ey) in zip(zone, expected):
    # A screen pixel is 1/ppm mm; the inserted point is projected onto the edge from a rounded pixel.
    assert abs(x - ex) <= 1.0 / ppm + 0.01 and abs(y - ey) <= 1.0 / ppm + 0.01, ((x, y), (ex, ey))
assert abs(zone[1][1] - 74) < 1e-6, "the inserted point lies on the edge"
assert len(lesson["hairline"]["curve"]) == 5
EOF

expect 0 lesson check "$lesson"
expect 0 demo --lesson "$lesson" --out "$work/demo.json"
expect 0 score --lesson "$lesson" "$work/demo.json"
python3 - "$work/out.txt" <<'EOF' || fail "the expert demo does not pass the new lesson"
import json, sys
report = json.load(open(sys.argv[1]))
print("demo score on the new lesson: total %.1f, passed %s" % (report["total"], report["passed"]))
assert report["passed"] is True
EOF
echo "PASS: editor_gui"
