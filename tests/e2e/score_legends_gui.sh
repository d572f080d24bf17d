#!/usr/bin/env bash
# End to end through the real window: the score screen's overlays have legends. `stipple show` on the expert
# demo with every overlay on: scrolled to the foot of its panel, the screenshot (F12) holds the legends'
# swatches in the overlays' own colours (the heat map's hole blue and too-dense red, the depth colours' green
# and blow-out magenta, drawn opaque in the panel); with no overlay on, none of them is in the panel.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_display convert
lesson="$lessons/hairline-classic.json"
expect 0 demo --lesson "$lesson" --out "$work/demo.json"

# shot OVERLAYS: opens show with those overlays, scrolls the panel to its foot, F12, leaves; the picture's path
# in $shot.
shot=""
shot() {
  start_stipple show --lesson "$lesson" "$work/demo.json" --window 1280x800 --overlays "$1"
  wait_for 180 "the score screen" printed '^ready window [0-9]+$'
  wid=$(sed -n 's/^ready window \([0-9]*\)$/\1/p' "$work/out.txt")
  xdotool windowfocus --sync "$wid" 2>/dev/null || true
  xdotool mousemove --window "$wid" 200 400
  xdotool click --repeat 30 --delay 0 5      # wheel down over the panel: the legends sit below the toggles
  xdotool key --clearmodifiers F12
  wait_for 60 "the screenshot" printed '^screenshot: '
  shot=$(sed -n 's/^screenshot: //p' "$work/out.txt" | tail -n 1)
  wait_for 30 "the screenshot file" test -s "$shot"
  cp "$shot" "$work/$1.png"
  shot="$work/$1.png"
  xdotool key --clearmodifiers Escape
  wait_exit 60
}

# pixels FILE R G B: how many pixels of the panel (the left 400 px) have exactly that colour.
pixels() {
  convert "$1" -crop 400x800+0+0 +repage -fill black +opaque "rgb($2,$3,$4)" -fill white -opaque "rgb($2,$3,$4)" \
    -format '%[fx:round(mean*w*h)]' info:
}
swatches=("40 90 230" "235 50 40" "60 200 90" "200 40 200")

check "every overlay on: each legend's swatches are in the panel"
shot all
for c in "${swatches[@]}"; do
  read -r r g b <<<"$c"
  n=$(pixels "$shot" "$r" "$g" "$b")
  [ "$n" -ge 60 ] || fail "no legend swatch of rgb($r,$g,$b) in the panel ($n pixels)"
done

check "no overlay on: no legend"
shot none
for c in "${swatches[@]}"; do
  read -r r g b <<<"$c"
  n=$(pixels "$shot" "$r" "$g" "$b")
  [ "$n" -lt 10 ] || fail "$n pixels of rgb($r,$g,$b) in the panel with no overlay on"
done
echo "PASS: score_legends_gui"
