#!/usr/bin/env bash
# The include boundary: the pure libraries never reach the window layer. Fails (exit 1, one line per fault,
# FILE:LINE: the include) when a file under one of the given folders includes SFML, Dear ImGui, OpenGL, X11
# or anything from sim/.
#   include_boundary.sh DIR...      e.g. include_boundary.sh scoring academy
#   include_boundary.sh --allow sim/head/ sim/head   a pure folder inside sim/ may include its own headers
#   include_boundary.sh --self-test  proves the check catches each forbidden kind (a scratch folder)
set -euo pipefail

forbidden='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](\./|\.\./)*(SFML/|imgui|GL/|X11/|sim/)'

allowed=''
check() {
  local faults=0 hits
  for dir in "$@"; do
    [ -d "$dir" ] || { echo "include_boundary: $dir: no such folder" >&2; return 2; }
    hits=$(grep -rnE --include='*.hpp' --include='*.cpp' --include='*.h' "$forbidden" "$dir" || true)
    if [ -n "$allowed" ] && [ -n "$hits" ]; then
      hits=$(printf '%s\n' "$hits" | grep -vE "include[[:space:]]*[<\"]${allowed}[^/]*\.hpp[>\"]" || true)
    fi
    if [ -n "$hits" ]; then
      printf '%s\n' "$hits" | sed 's/$/   <- not allowed here (pure library)/'
      faults=1
    fi
  done
  return $faults
}

if [ "${1:-}" = "--self-test" ]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  mkdir -p "$scratch/clean" "$scratch/dirty"
  printf '#include <vector>\n#include "scoring/geometry.hpp"\n// #include "sim/model/noise.hpp" in a comment\n' \
    >"$scratch/clean/ok.cpp"
  check "$scratch/clean" >/dev/null || { echo "self-test: a clean folder was refused" >&2; exit 1; }
  for include in '<SFML/Graphics.hpp>' '"imgui.h"' '<imgui.h>' '<GL/gl.h>' '<X11/Xlib.h>' '"sim/model/noise.hpp"' \
                 '<sim/ui/app_shell.hpp>' '"../sim/model/noise.hpp"' '"../../sim/ui/screen.hpp"' '"./imgui.h"'; do
    printf '#include <vector>\n  #  include %s\n' "$include" >"$scratch/dirty/bad.hpp"
    if check "$scratch/dirty" >/dev/null; then
      echo "self-test: #include $include was not caught" >&2
      exit 1
    fi
  done
  printf '#include "sim/head/vec3.hpp"\n' >"$scratch/clean/own.hpp"
  allowed='sim/head/'
  check "$scratch/clean" >/dev/null || { echo "self-test: --allow sim/head/ refused its own header" >&2; exit 1; }
  printf '#include "sim/head/../model/noise.hpp"\n#include "sim/head/vec3.hpp"\n' >"$scratch/dirty/bad.hpp"
  if check "$scratch/dirty" >/dev/null; then echo "self-test: --allow let sim/head/../model through" >&2; exit 1; fi
  allowed=''
  echo "self-test: every forbidden include is caught"
  exit 0
fi

if [ "${1:-}" = "--allow" ]; then
  [ $# -ge 2 ] || { echo "usage: include_boundary.sh --allow PREFIX DIR..." >&2; exit 2; }
  allowed=$2
  shift 2
fi
[ $# -gt 0 ] || { echo "usage: include_boundary.sh [--allow PREFIX] DIR... | --self-test" >&2; exit 2; }
if check "$@"; then
  echo "include boundary kept: $* include no SFML, ImGui, OpenGL, X11 or sim/${allowed:+ (but $allowed)}"
else
  exit 1
fi
