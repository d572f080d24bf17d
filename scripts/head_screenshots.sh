#!/usr/bin/env bash
# Renders the README's head screenshots (assets/screenshots/head-*.png) with `stipple render`: the final exam's
# expert demo on the client's head from several sides, fresh and healed (4 years, sun), and the conversation
# view. Needs a display (DISPLAY, e.g. Xvfb).   head_screenshots.sh [STIPPLE] [LESSON.json]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
stipple=${1:-$root/build/bin/stipple}
lesson=${2:-}
if [ -z "$lesson" ]; then
  for id in final-exam-norwood-7-whole-head final-exam-norwood-7; do
    [ -f "$root/lessons/$id.json" ] && { lesson=$root/lessons/$id.json; break; }
  done
fi
[ -n "$lesson" ] || { echo "head_screenshots.sh: no final exam lesson in $root/lessons" >&2; exit 2; }
out=$root/assets/screenshots
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$stipple" demo --lesson "$lesson" --out "$tmp/demo.json" >/dev/null
shot() {  # NAME ARGS...
  local name=$1; shift
  "$stipple" render --lesson "$lesson" --attempt "$tmp/demo.json" --size 640x480 --out "$out/$name.png" "$@"
}
shot head-front-fresh --view front
shot head-left-fresh --view left
shot head-top-fresh --view top
shot head-back-fresh --view back
shot head-top-close-fresh --view top --distance-m 0.3
shot head-top-close-healed-4y-sun --view top --distance-m 0.3 --healed-days 1460 --sun
shot head-left-healed-4y-sun --view left --healed-days 1460 --sun
shot head-conversation-healed-1y --view conversation --healed-days 365
# Before any work, on lighter skin: the Norwood 7 horseshoe from behind, a classic hairline lesson's client,
# and the diffuse thinning client (a woman: long hair with a part).
bare() {  # NAME LESSON-ID ARGS...
  local name=$1 id=$2; shift 2
  "$stipple" render --lesson "$root/lessons/$id.json" --size 640x480 --out "$out/$name.png" "$@"
}
bare head-exam-back-before final-exam-norwood-7-whole-head --view back
bare head-hairline-classic-front hairline-classic --view front
bare head-diffuse-left whole-head-diffuse --view left
"$stipple" demo --lesson "$root/lessons/hairline-classic.json" --out "$tmp/classic.json" >/dev/null
"$stipple" render --lesson "$root/lessons/hairline-classic.json" --attempt "$tmp/classic.json" --size 640x480 \
  --view front --healed-days 30 --out "$out/head-hairline-classic-healed-30d.png"
