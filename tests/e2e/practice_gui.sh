#!/usr/bin/env bash
# End to end through the real window: `stipple practice LESSON --save OUT --view 0,87,10 --trainee NAME` under
# $DISPLAY, N clicks with xdotool at known window pixels, Enter twice (finish? yes), Escape (leave the score screen); then
# the saved attempt must hold one dot per click at the millimetres those pixels map to, in click order, and
# the default gradebook (in the scratch XDG_DATA_HOME) must hold it for NAME, scored as `stipple score` does.
# Pixel -> mm with --view CX,CY,PPM and --window WxH: x = CX + (px - W/2) / PPM, y = CY - (py - H/2) / PPM.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_display python3
lesson="$lessons/hairline-classic.json"

W=1280 H=800 CX=0 CY=87 PPM=10
out="$work/attempt.json"
trainee="Ana Lima"
start_stipple practice "$lesson" --save "$out" --view "$CX,$CY,$PPM" --window "${W}x$H" --trainee "$trainee"
# The program prints "ready window ID" once the scalp is prepared and input counts (180 s: sanitizer builds on
# a busy machine).
wait_for 180 "the practice window to become ready" printed '^ready window [0-9]+$'
wid=$(sed -n 's/^ready window \([0-9]*\)$/\1/p' "$work/out.txt")
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool key --clearmodifiers Return          # close the brief, start working
# Working: the needle rests where the session starts it (so the next rest line is the first click's).
wait_for 60 "the needle to rest at the session's start" printed '^needle at rest on '

# Clicks away from the panels (lesson panel top left, depth gauge top right): move, wait until the needle
# rests on the pointer, press until the depth reaches the window, release (place_dot: each step waits on
# the line the program prints).
clicks=("450 380" "560 430" "640 470" "740 410" "830 450")
for c in "${clicks[@]}"; do
  read -r x y <<<"$c"
  place_dot "$x" "$y"
done
xdotool key --clearmodifiers Return          # finish? the program asks first
wait_for 60 "the finish question" printed '^dialog: finish$'
xdotool key --clearmodifiers Return          # Enter again: the attempt is written, the score screen opens

wait_for 60 "the attempt file" test -s "$out"
xdotool key --clearmodifiers Escape          # leave the score screen: the program ends
wait_exit 60
printed "^saved attempt: $out " || fail "no 'saved attempt: $out' line"
check "practice --trainee records the attempt in the gradebook, as the app does"
printed "^recorded attempt [0-9]+ for $trainee: hairline-classic [0-9]+\.[0-9] \((passed|not passed)\)$" ||
  fail "no 'recorded attempt N for $trainee' line"

python3 - "$out" "$work/out.txt" "$W" "$H" "$CX" "$CY" "$PPM" "${clicks[@]}" <<'PY' || fail "the dots are not where the clicks were"
import json, math, re, sys
path, printed, (W, H, CX, CY, PPM) = sys.argv[1], open(sys.argv[2]).read(), map(float, sys.argv[3:8])
clicks = [tuple(map(float, c.split())) for c in sys.argv[8:]]
a = json.load(open(path))
assert a["format"] == "stipple-attempt/1", a.get("format")
assert a["lesson"] == "hairline-classic", a["lesson"]
assert a["input"] == "mouse", a["input"]
dots = a["dots"]
assert len(dots) == len(clicks), f"expected {len(clicks)} dots, got {len(dots)}"
# What the program said while working: where the needle came to rest (the first rest is the session's start)
# and each dot as it was placed.
rests = [tuple(map(float, m)) for m in re.findall(r"^needle at rest on \(([-0-9.]+), ([-0-9.]+)\) mm$", printed, re.M)]
said = re.findall(r"^dot (\d+) at \(([-0-9.]+), ([-0-9.]+)\) mm, depth ([0-9.]+) mm$", printed, re.M)
assert len(rests) == len(clicks) + 1, f"{len(rests)} rest lines for {len(clicks)} clicks"
assert [int(n) for n, *_ in said] == list(range(1, len(clicks) + 1)), said
for i, ((px, py), d) in enumerate(zip(clicks, dots)):
    x, y = CX + (px - W / 2) / PPM, CY - (py - H / 2) / PPM
    # The pointer's pixel maps to these millimetres: the needle rested there before the press.
    assert math.hypot(rests[i + 1][0] - x, rests[i + 1][1] - y) < 0.01, f"click {i}: rested at {rests[i + 1]}, expected ({x:.2f}, {y:.2f})"
    # Pressed only once at rest (tip within 0.02 mm of the pointer), so the dot lands there.
    err = math.hypot(d["x"] - x, d["y"] - y)
    assert err < 0.05, f"dot {i}: at ({d['x']:.3f}, {d['y']:.3f}), expected ({x:.2f}, {y:.2f}), off by {err:.3f} mm"
    # Released once the program said the depth reached the window's 0.4 mm (and the depth only grows).
    assert 0.4 <= d["depth_mm"] < 1.8, f"dot {i}: depth {d['depth_mm']}"
    # The saved dot is the one the program announced.
    _, sx, sy, sd = said[i]
    assert abs(float(sx) - d["x"]) < 6e-4 and abs(float(sy) - d["y"]) < 6e-4 and abs(float(sd) - d["depth_mm"]) < 6e-4, \
        f"dot {i}: announced {said[i]}, saved {d}"
events = a["events"]
assert events[0]["kind"] == "session" and events[0]["exam"] is False
kinds = [e["kind"] for e in events[1:]]
assert kinds.count("down") == len(clicks) and kinds.count("up") == len(clicks), kinds
print(f"ok: {len(dots)} dots at the clicked millimetres")
PY
# The saved attempt is a valid stipple-attempt/1 the scorer accepts.
expect 0 score --lesson "$lesson" "$out"
cp "$work/out.txt" "$work/score.json"
# The gradebook is the default one (the data folder is the scratch XDG_DATA_HOME): one row, for the trainee
# (added when new), this lesson, five dots, practice mode, the total `stipple score` gives.
db="$XDG_DATA_HOME/stipple/gradebook.sqlite"
[ -s "$db" ] || fail "no gradebook at $db"
expect 0 academy export --db "$db" --csv "$work/attempts.csv"
python3 - "$work/attempts.csv" "$work/score.json" "$trainee" <<'PY' || fail "the gradebook does not hold the attempt as scored"
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
total = json.load(open(sys.argv[2]))["total"]
assert len(rows) == 1, f"{len(rows)} rows recorded, expected 1"
r = rows[0]
assert r["trainee"] == sys.argv[3], r["trainee"]
assert r["lesson_id"] == "hairline-classic", r["lesson_id"]
assert r["mode"] == "practice", r["mode"]
assert r["dots"] == "5", r["dots"]
assert abs(float(r["total"]) - total) < 0.01, f"recorded total {r['total']}, score says {total}"
print(f"ok: recorded for {r['trainee']}: {r['lesson_id']} {float(r['total']):.1f}")
PY
echo "PASS: practice_gui"
