#!/usr/bin/env bash
# End to end through the real window: `stipple practice LESSON --save OUT --view 0,87,10` under $DISPLAY,
# N clicks with xdotool at known window pixels, Enter (finish), Escape (leave the score screen); then the
# saved attempt must hold one dot per click at the millimetres those pixels map to, in click order.
# Pixel -> mm with --view CX,CY,PPM and --window WxH: x = CX + (px - W/2) / PPM, y = CY - (py - H/2) / PPM.
set -euo pipefail
: "${STIPPLE_BIN:?set STIPPLE_BIN to the built stipple program}"
: "${DISPLAY:?needs an X display (scripts/test.sh starts Xvfb)}"
root=$(cd "$(dirname "$0")/../.." && pwd)
lesson="$root/lessons/hairline-classic.json"
tmp=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
export XDG_DATA_HOME="$tmp/data"   # autosaves and screenshots stay in the scratch folder

W=1280 H=800 CX=0 CY=87 PPM=10
out="$tmp/attempt.json"
"$STIPPLE_BIN" practice "$lesson" --save "$out" --view "$CX,$CY,$PPM" --window "${W}x$H" >"$tmp/stdout" 2>"$tmp/stderr" &
pid=$!

# The program prints "ready window ID" once the scalp is prepared and input counts (bounded polling:
# 180 s, for sanitizer builds on a busy machine).
for _ in $(seq 1 1800); do grep -q '^ready window ' "$tmp/stdout" && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
wid=$(sed -n 's/^ready window \([0-9]*\)$/\1/p' "$tmp/stdout")
if [ -z "$wid" ]; then
  echo "FAIL: the practice window did not become ready"; cat "$tmp/stderr"; exit 1
fi
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool key --clearmodifiers Return          # close the brief, start working

# Clicks away from the panels (lesson panel top left, depth gauge top right): move, let the hand settle
# (1.5 s: generous, so a slow frame under a sanitizer build on a busy machine still sees it settled),
# press for 0.4 s (inside the depth window), release.
clicks=("450 380" "560 430" "640 470" "740 410" "830 450")
for c in "${clicks[@]}"; do
  set -- $c
  xdotool mousemove --window "$wid" "$1" "$2" sleep 1.5 mousedown 1 sleep 0.4 mouseup 1
done
xdotool mousemove --window "$wid" 900 600 sleep 0.2
xdotool key --clearmodifiers Return          # finish: the attempt is written, the score screen opens

for _ in $(seq 1 300); do [ -s "$out" ] && break; sleep 0.1; done
if [ ! -s "$out" ]; then
  echo "FAIL: no attempt written to $out"; cat "$tmp/stderr"; exit 1
fi
xdotool key --clearmodifiers Escape          # leave the score screen: the program ends
for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then echo "FAIL: stipple did not exit after Escape"; exit 1; fi
status=0
wait "$pid" || status=$?
pid=""
[ "$status" -eq 0 ] || { echo "FAIL: stipple exited with $status"; cat "$tmp/stderr"; exit 1; }
grep -q "saved attempt: $out" "$tmp/stdout" || { echo "FAIL: no 'saved attempt' line"; cat "$tmp/stdout"; exit 1; }

python3 - "$out" "$W" "$H" "$CX" "$CY" "$PPM" "${clicks[@]}" <<'PY'
import json, math, sys
path, W, H, CX, CY, PPM = sys.argv[1], *map(float, sys.argv[2:7])
clicks = [tuple(map(float, c.split())) for c in sys.argv[7:]]
a = json.load(open(path))
assert a["format"] == "stipple-attempt/1", a.get("format")
assert a["lesson"] == "hairline-classic", a["lesson"]
assert a["input"] == "mouse", a["input"]
dots = a["dots"]
assert len(dots) == len(clicks), f"expected {len(clicks)} dots, got {len(dots)}"
for i, ((px, py), d) in enumerate(zip(clicks, dots)):
    x, y = CX + (px - W / 2) / PPM, CY - (py - H / 2) / PPM
    err = math.hypot(d["x"] - x, d["y"] - y)
    # The needle tip settles on the pointer within a few hundredths of a mm; 0.3 mm is one pixel and a bit.
    assert err < 0.3, f"dot {i}: at ({d['x']:.3f}, {d['y']:.3f}), expected ({x:.2f}, {y:.2f}), off by {err:.3f} mm"
    assert 0.0 <= d["depth_mm"] < 1.8, f"dot {i}: depth {d['depth_mm']}"
events = a["events"]
assert events[0]["kind"] == "session" and events[0]["exam"] is False
kinds = [e["kind"] for e in events[1:]]
assert kinds.count("down") == len(clicks) and kinds.count("up") == len(clicks), kinds
print(f"ok: {len(dots)} dots at the clicked millimetres")
PY
# The saved attempt is a valid stipple-attempt/1 the scorer accepts.
"$STIPPLE_BIN" score --lesson "$lesson" "$out" >/dev/null
echo "PASS"
