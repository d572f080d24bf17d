#!/usr/bin/env bash
# Input timing through the real window: press and release times come from the X server, never from the frame
# that handles them. The same script runs `stipple practice` capped at 3 fps and at 144 fps and places, with
# XTEST (lib/xtest_input.py), four dots: a hold of exactly 0.35 s, a hold of 0.30 s, a tap (press and release inside one frame)
# and a human-like move (steps over 0.1 s, a pause, a tap: all inside one slow frame). Then:
#   - each hold in the event log is the scripted hold within 5 ms at both rates (the X server itself times
#     it: lib/xtest_input.py), and gives the same depth;
#   - 0.30 s is shallower than 0.35 s;
#   - the tap records the depth model's minimum deposit (0.05 mm), never 0, and the file passes the
#     program's own validator (`stipple score`);
#   - the moved tap lands where the hand was moved to, not on the dot before.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_display python3
lesson="$lessons/hairline-classic.json"
W=1280 H=800 CX=0 CY=87 PPM=10

# run_at FPS: one practice run at this frame-rate cap; the attempt in $work/attempt-FPS.json.
run_at() {
  local fps=$1 out="$work/attempt-$1.json" rest dots
  start_stipple practice "$lesson" --save "$out" --view "$CX,$CY,$PPM" --window "${W}x$H" --skip-brief --max-fps "$fps"
  wait_for 180 "the practice window to become ready" printed '^ready window [0-9]+$'
  wid=$(sed -n 's/^ready window \([0-9]*\)$/\1/p' "$work/out.txt")
  xdotool windowfocus --sync "$wid" 2>/dev/null || true
  wait_for 60 "the needle to rest at the session's start" printed '^needle at rest on '
  # hold_at X Y MS: move, wait for the needle to rest, hold the button exactly MS milliseconds of server time.
  hold_at() {
    rest=$(count_printed '^needle at rest on ')
    dots=$(count_printed '^dot [0-9]+ at ')
    xdotool mousemove --window "$wid" "$1" "$2"
    wait_for 60 "the needle to rest on ($1, $2)" printed_more '^needle at rest on ' "$rest"
    python3 "$e2e_lib/xtest_input.py" "hold:1,$3" >>"$work/held-$fps.txt"
    wait_for 60 "dot $((dots + 1))" printed "^dot $((dots + 1)) at "
  }
  hold_at 450 380 350
  hold_at 560 430 300
  hold_at 640 470 0
  # A hand moving 10 mm from (640, 470) to (740, 410) in five steps over 0.1 s, pausing 0.25 s, tapping:
  # all inside one 3 fps frame, timed by the server (screen pixels: the window's origin added).
  dots=$(count_printed '^dot [0-9]+ at ')
  eval "$(xdotool getwindowgeometry --shell "$wid")"  # X, Y: the window's origin on the screen
  python3 "$e2e_lib/xtest_input.py" "move:$((X + 660)),$((Y + 458))" "move:$((X + 680)),$((Y + 446))@25" \
    "move:$((X + 700)),$((Y + 434))@25" "move:$((X + 720)),$((Y + 422))@25" "move:$((X + 740)),$((Y + 410))@25" \
    "hold:1,0@250" >>"$work/held-$fps.txt"
  wait_for 60 "dot $((dots + 1))" printed "^dot $((dots + 1)) at "
  finish_work
  wait_for 60 "the attempt file" test -s "$out"
  xdotool key --clearmodifiers Escape  # leave the score screen: the program ends
  wait_exit 60
  check "the attempt written at $fps fps passes the program's own validator"
  expect 0 score --lesson "$lesson" "$out"
}

# finish_work: Enter asks "Finish and score?", Enter again confirms.
finish_work() {
  xdotool key --clearmodifiers Return
  wait_for 30 "the finish question" printed '^dialog: finish$'
  xdotool key --clearmodifiers Return
}

run_at 3
run_at 144

python3 - "$work/attempt-3.json" "$work/attempt-144.json" "$W" "$H" "$CX" "$CY" "$PPM" "$work/held-3.txt" "$work/held-144.txt" <<'PY' || fail "input timing depends on the frame rate"
import json, math, re, sys
slow, fast = (json.load(open(p)) for p in sys.argv[1:3])
W, H, CX, CY, PPM = map(float, sys.argv[3:8])
# The holds as the X server stamped them (xtest_input.py), in seconds.
server = [[int(m) / 1000 for m in re.findall(r"^held (\d+) ms$", open(p).read(), re.M)] for p in sys.argv[8:10]]
def mm(px, py): return (CX + (px - W / 2) / PPM, CY - (py - H / 2) / PPM)
def holds(a):
    ev = [e for e in a["events"] if e.get("kind") in ("down", "up")]
    downs = [e["t"] for e in ev if e["kind"] == "down"]
    ups = [e["t"] for e in ev if e["kind"] == "up"]
    return [u - d for d, u in zip(downs, ups)]
for name, a, x in (("3 fps", slow, server[0]), ("144 fps", fast, server[1])):
    d, h = a["dots"], holds(a)
    assert len(d) == 4 and len(h) == 4 and len(x) == 4, f"{name}: {len(d)} dots, {len(h)} holds, {len(x)} server holds"
    # The program's hold is the server's, to its millisecond clock: a frame at 3 fps lasts 333 ms.
    for i in range(4):
        assert abs(h[i] - x[i]) <= 0.002, f"{name}: hold {i + 1} was {x[i]:.3f} s at the server, {h[i]:.4f} s in the log"
    # The server timed the scripted holds (XTEST delays; a busy server releases a few ms late).
    assert abs(x[0] - 0.35) <= 0.03 and abs(x[1] - 0.30) <= 0.03, f"{name}: the server held {x[0]:.3f} s and {x[1]:.3f} s"
    assert d[1]["depth_mm"] < d[0]["depth_mm"], f"{name}: 0.30 s went deeper than 0.35 s: {d[1]['depth_mm']} >= {d[0]['depth_mm']}"
    assert h[2] < 0.05, f"{name}: the tap was held {h[2]:.3f} s"
    assert abs(d[2]["depth_mm"] - 0.05) < 1e-9, f"{name}: a tap recorded depth {d[2]['depth_mm']}, not the minimum deposit 0.05 mm"
    aim, before = mm(740, 410), (d[2]["x"], d[2]["y"])
    miss = math.dist(aim, (d[3]["x"], d[3]["y"]))
    assert miss < 1.0, f"{name}: the moved tap landed {miss:.2f} mm from where the hand went"
    assert math.dist(before, (d[3]["x"], d[3]["y"])) > 5.0, f"{name}: the moved tap landed on the dot before"
    print(f"{name}: server holds {x}; logged holds {h[0]:.4f} s, {h[1]:.4f} s, tap {h[2]:.4f} s; depths {d[0]['depth_mm']:.3f}, {d[1]['depth_mm']:.3f}, {d[2]['depth_mm']:.3f} mm; moved tap {miss:.2f} mm off")
# The same hold gives the same depth at both rates: what differs is only what the server's holds differ by
# (the hold curve rises at most 2 mm/s near 0.3 s on this lesson), plus 0.002 mm.
for i in (0, 1):
    a, b = slow["dots"][i]["depth_mm"], fast["dots"][i]["depth_mm"]
    allowed = 2.0 * abs(server[0][i] - server[1][i]) + 0.002
    assert abs(a - b) <= allowed, f"dot {i + 1}: {a:.4f} mm at 3 fps, {b:.4f} mm at 144 fps (holds {server[0][i]}, {server[1][i]} s)"
PY
check "holds of 0.35 s and 0.30 s give the same depth at 3 fps and 144 fps; a tap records the minimum deposit"
