#!/usr/bin/env bash
# End to end through the real window: markers sit on the dots at fault, one per cluster. On ludwig-thinning,
# three clicks on one pixel and three on another 27 mm away make two stacks of merged dots; after Enter the
# score report names them ("6 dots merge with another of yours", not "dots merge" nor anything about hairs)
# with two places, and the score screen's screenshot (F12) shows a white marker on each place's pixel and
# none between them. Pixel <-> mm with --view CX,CY,PPM and --window WxH (as practice_gui.sh).
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_display python3 convert
lesson="$lessons/ludwig-thinning.json"

W=1280 H=800 CX=0 CY=120 PPM=8
out="$work/attempt.json"
start_stipple practice "$lesson" --save "$out" --view "$CX,$CY,$PPM" --window "${W}x$H"
wait_for 180 "the practice window to become ready" printed '^ready window [0-9]+$'
wid=$(sed -n 's/^ready window \([0-9]*\)$/\1/p' "$work/out.txt")
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool key --clearmodifiers Return          # close the brief, start working
wait_for 60 "the needle to rest at the session's start" printed '^needle at rest on '

# Two stacks, away from the panels: three dots on each pixel. place_dot waits for the needle to come to rest
# on the pixel, so the pointer first moves 40 px aside and the needle rests there.
for spot in "560 300" "720 520"; do
  read -r x y <<<"$spot"
  for _ in 1 2 3; do
    rest=$(count_printed '^needle at rest on ')
    xdotool mousemove --window "$wid" $((x + 40)) "$y"
    wait_for 60 "the needle to rest beside ($x, $y)" printed_more '^needle at rest on ' "$rest"
    place_dot "$x" "$y"
  done
done
# Finish: Enter, and Enter again when the program asks "Finish and score?" (it prints 'dialog: finish').
finished_or_asked() { test -s "$out" || printed '^dialog: finish$'; }
xdotool key --clearmodifiers Return
wait_for 60 "the attempt file or the finish question" finished_or_asked
test -s "$out" || xdotool key --clearmodifiers Return
wait_for 60 "the attempt file" test -s "$out"
shots=$(count_printed '^screenshot: ')
xdotool key --clearmodifiers F12
wait_for 60 "the score screen's screenshot" printed_more '^screenshot: ' "$shots"
shot=$(sed -n 's/^screenshot: //p' "$work/out.txt" | tail -n 1)
wait_for 30 "the screenshot file" test -s "$shot"
xdotool key --clearmodifiers Escape          # leave the score screen: the program ends
wait_exit 60

expect 0 score --lesson "$lesson" "$out"
cp "$work/out.txt" "$work/score.json"
check "the report names the merged dots and gives one place per stack"
python3 - "$work/score.json" "$W" "$H" "$CX" "$CY" "$PPM" >"$work/places.txt" <<'PY' || fail "the report does not place the two stacks"
import json, math, sys
r = json.load(open(sys.argv[1]))
W, H, CX, CY, PPM = map(float, sys.argv[2:7])
items = [f for f in r["feedback"] if "merge with another of yours" in f["message"]]
assert len(items) == 1, [f["message"] for f in r["feedback"]]
item = items[0]
assert item["message"].startswith("6 dots merge"), item["message"]
assert not any("existing hairs" in f["message"] and f["message"].startswith("6 ") for f in r["feedback"])
places = item["places"]
assert len(places) == 2, places
assert item["at"] == places[0]
spots = [(CX + (560 - W / 2) / PPM, CY - (300 - H / 2) / PPM), (CX + (720 - W / 2) / PPM, CY - (520 - H / 2) / PPM)]
for p in places:
    assert min(math.hypot(p[0] - s[0], p[1] - s[1]) for s in spots) < 0.3, (p, spots)
# The markers' pixels (8 px left and right of each centre: in the white disc, clear of its number), and a
# control point half way between the stacks, where nothing is marked.
for p in places:
    px, py = W / 2 + (p[0] - CX) * PPM, H / 2 - (p[1] - CY) * PPM
    print(f"marker {round(px - 8)} {round(py)}")
    print(f"marker {round(px + 8)} {round(py)}")
print(f"bare {round((560 + 720) / 2)} {round((300 + 520) / 2)}")
PY
check "the score screen shows a marker on each stack"
while read -r kind x y; do
  rgb=$(convert "$shot" -format "%[fx:int(255*p{$x,$y}.r)] %[fx:int(255*p{$x,$y}.g)] %[fx:int(255*p{$x,$y}.b)]" info:)
  read -r r g b <<<"$rgb"
  white=0
  if [ "$r" -ge 235 ] && [ "$g" -ge 235 ] && [ "$b" -ge 235 ]; then white=1; fi
  if [ "$kind" = marker ] && [ "$white" -ne 1 ]; then fail "no marker at ($x, $y): pixel $rgb"; fi
  if [ "$kind" = bare ] && [ "$white" -ne 0 ]; then fail "a marker where none belongs at ($x, $y): pixel $rgb"; fi
done <"$work/places.txt"
echo "PASS: score_markers_gui"
