#!/usr/bin/env bash
# A screen that fits, end to end under X (needs $DISPLAY, xdotool, xprop, python3): a window with no --window
# opens inside the desktop's work area (set here with xprop, put back on exit), at most 90 % of it and centred,
# and a --window larger than the screen is clamped to it; `stipple show` on the expert demo at 1024x640 draws
# the overlays, G hides every one and brings them back, arrows pan and F fits again (pixels of F12
# screenshots), and its Close button is reachable; at 1024x640 the picker's Start button is in view and
# works, a click on the scalp under the depth gauge places a dot (the gauge takes no clicks), and G in
# practice hides the zone and the target hairline.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_display python3 xprop

lesson="$lessons/hairline-classic.json"
expect 0 demo --lesson "$lesson" --out "$work/demo.json"

# stop_program: ends the program started last (what it would do on leaving is not what is checked here).
stop_program() {
  kill "$program_pid" 2>/dev/null || true
  wait "$program_pid" 2>/dev/null || true
  program_pid=""
}
# geometry: "X Y W H" of window $wid.
geometry() {
  local X Y WIDTH HEIGHT
  eval "$(xdotool getwindowgeometry --shell "$wid" | grep -E '^(X|Y|WIDTH|HEIGHT)=')"
  echo "$X $Y $WIDTH $HEIGHT"
}
ready_window() {
  wait_for 180 "the window to be shown" printed '^ready window [0-9]+$'
  wid=$(sed -n 's/^ready window \([0-9]*\)$/\1/p' "$work/out.txt" | tail -n 1)
  xdotool windowfocus --sync "$wid" 2>/dev/null || true
}
# shot NAME: F12, then waits for the screenshot's line and copies it to $work/NAME.png.
shot() {
  local n
  n=$(count_printed '^screenshot: ')
  xdotool key --clearmodifiers F12
  wait_for 60 "screenshot $1" printed_more '^screenshot: ' "$n"
  cp "$(sed -n 's/^screenshot: //p' "$work/out.txt" | tail -n 1)" "$work/$1.png"
}
# differing A B X0 Y0 X1 Y1: how many pixels of the two PNGs differ (any channel by more than 24) in the box.
differing() {
  python3 - "$work/$1.png" "$work/$2.png" "$3" "$4" "$5" "$6" <<'PY'
import struct, sys, zlib
def pixels(path):
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', path
    pos, idat = 8, b''
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            w, h, depth, colour = struct.unpack('>IIBB', body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            bpp = 3 if colour == 2 else 4
        elif kind == b'IDAT':
            idat += body
        pos += 12 + n
    raw, rows, prev, stride = zlib.decompress(idat), [], bytearray(w * bpp), w * bpp
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return w, h, bpp, rows
(w1, h1, b1, p1), (w2, h2, b2, p2) = pixels(sys.argv[1]), pixels(sys.argv[2])
x0, y0, x1, y1 = map(int, sys.argv[3:7])
assert (w1, h1) == (w2, h2), ((w1, h1), (w2, h2))
print(sum(1 for y in range(y0, y1) for x in range(x0, x1)
          if max(abs(p1[y][x * b1 + k] - p2[y][x * b2 + k]) for k in range(3)) > 24))
PY
}

check "a window with no --window opens inside the work area, at most 90 % of it, centred"
read -r sw sh < <(xdotool getdisplaygeometry)
old_area=$(xprop -root -notype _NET_WORKAREA 2>/dev/null | sed -n 's/^_NET_WORKAREA = //p')
if [ -n "$old_area" ]; then
  at_exit xprop -root -f _NET_WORKAREA 32c -set _NET_WORKAREA "$old_area"
else
  at_exit xprop -root -remove _NET_WORKAREA
fi
ax=30 ay=40 aw=$((sw - 130)) ah=$((sh - 100))
xprop -root -f _NET_WORKAREA 32c -set _NET_WORKAREA "$ax, $ay, $aw, $ah"
start_stipple show --lesson "$lesson" "$work/demo.json"
ready_window
read -r x y w h < <(geometry)
want_w=$((aw * 9 / 10 < 1280 ? aw * 9 / 10 : 1280)) want_h=$((ah * 9 / 10 < 800 ? ah * 9 / 10 : 800))
if [ "$w" -ne "$want_w" ] || [ "$h" -ne "$want_h" ]; then
  fail "the window is ${w}x$h in a ${aw}x$ah work area, expected ${want_w}x$want_h (90 %, at most 1280x800)"
fi
off_x=$((x - ax - (aw - w) / 2)) off_y=$((y - ay - (ah - h) / 2))
if [ "${off_x#-}" -gt 1 ] || [ "${off_y#-}" -gt 1 ]; then
  fail "the window at ($x, $y) is not centred in the work area ($ax, $ay, ${aw}x$ah)"
fi
printed '^score [0-9.]+ \(passed\), [0-9]+ dots, [0-9]+ feedback items$' || fail "show did not print the demo's score"
xdotool key --clearmodifiers Escape
wait_exit 60

check "a --window larger than the screen is clamped to the screen"
start_stipple show --lesson "$lesson" "$work/demo.json" --window 8000x6000
ready_window
read -r x y w h < <(geometry)
if [ "$w" -ne "$sw" ] || [ "$h" -ne "$sh" ] || [ "$x" -ne 0 ] || [ "$y" -ne 0 ]; then
  fail "--window 8000x6000 gave ${w}x$h at ($x, $y) on a ${sw}x$sh screen"
fi
xdotool key --clearmodifiers Escape
wait_exit 60

check "show at 1024x640: the overlays, G (all off, then back as they were), arrows and F, Close"
start_stipple show --lesson "$lesson" "$work/demo.json" --window 1024x640 --overlays all --healed 1-year
ready_window
box="420 0 1024 520"   # the scalp right of the score panel, above the toast and the scale bar
shot all
xdotool key --clearmodifiers g
shot none
xdotool key --clearmodifiers g
shot back
xdotool key --clearmodifiers Left Left Up
shot panned
xdotool key --clearmodifiers f
shot fitted
# shellcheck disable=SC2086
{
  hidden=$(differing all none $box) again=$(differing all back $box)
  panned=$(differing all panned $box) fitted=$(differing all fitted $box)
}
echo "pixels changed: G $hidden, G again $again, panned $panned, F $fitted"
[ "$hidden" -gt 5000 ] || fail "G changed only $hidden pixels of the scalp: the overlays did not go"
[ "$again" -lt 50 ] || fail "G again left $again pixels different: the overlays did not come back as they were"
[ "$panned" -gt 5000 ] || fail "the arrow keys changed only $panned pixels: no pan"
[ "$fitted" -lt 50 ] || fail "F left $fitted pixels different from the fitted view"
# The Close button at the panel's foot (10 px margin, 380 px panel, 34 px button): in view and working.
xdotool mousemove --window "$wid" 200 $((640 - 10 - 8 - 17)) click 1
wait_exit 60

check "the picker at 1024x640: the Start button is in view and starts the lesson"
start_stipple --db "$work/data/gradebook.sqlite" --window 1024x640
wait_for_window 60 "^Stipple"
wait_for 60 "the sign-in screen" title_is "Stipple - sign in"
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool type --delay 20 "Layout $$"
xdotool key Return
wait_for 30 "the picker" printed "^picker: Layout $$: selected first-dots-depth"
# The detail panel's foot: (1024 - 30) * 0.45 = 447 px of lessons left, the history 42 % of the rest below.
left_w=$(((1024 - 30) * 45 / 100)) history_h=$(((640 - 54 - 20) * 42 / 100))
xdotool mousemove --window "$wid" $((20 + left_w + 250)) $((640 - 10 - history_h - 10 - 8 - 18)) click 1
wait_for 120 "the practice screen" title_has "First dots"
stop_program

check "at 1024x640 a click under the depth gauge places a dot on the scalp"
start_stipple practice "$lesson" --window 1024x640 --view 0,87,10 --skip-brief --save "$work/gauge.json"
ready_window
# Window pixel (944, 150) lies under the gauge (right 160 px, top 340 px): x = 0 + (944 - 512) / 10 mm,
# y = 87 - (150 - 320) / 10 mm.
wait_for 60 "the needle to rest at the session's start" printed '^needle at rest on '
place_dot 944 150
line=$(grep -E '^dot 1 at ' "$work/out.txt")
python3 - "$line" <<'PY' || fail "the dot under the gauge is not where the pointer was: $line"
import re, sys
x, y = map(float, re.match(r'dot 1 at \(([-0-9.]+), ([-0-9.]+)\) mm', sys.argv[1]).groups())
assert abs(x - 43.2) < 0.6 and abs(y - 104.0) < 0.6, (x, y)
PY

check "G in practice hides the zone and the target hairline"
xdotool mousemove --window "$wid" 900 600   # the pointer (needle) away from the zone
shot guides_on
xdotool key --clearmodifiers g
shot guides_off
# The zone (-30..30 mm, 72..102 mm) at --view 0,87,10 spans x 212..812, y 170..470; right of the lesson panel.
guides=$(differing guides_on guides_off 345 160 830 480)
echo "pixels changed by G in practice: $guides"
[ "$guides" -gt 1000 ] || fail "G in practice changed only $guides pixels: the guides did not go"
stop_program
echo "layout: all checks passed"
