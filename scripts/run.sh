#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the simulator: install, build, start on the default lesson.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh" build -DCMAKE_BUILD_TYPE=RelWithDebInfo
exec "$root/build/bin/stipple" "$@"
