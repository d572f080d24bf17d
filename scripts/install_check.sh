#!/usr/bin/env bash
# Proves the build installs like a Debian program: installs BUILD_DIR into a temporary prefix (nothing is
# moved back, the scratch folder is removed), runs the installed program from another working directory with
# no STIPPLE_DATA_DIR (so it must find PREFIX/share/stipple by itself): --version, `lesson check`, `demo`,
# `score`, `academy progress` on the built-in curriculum and one GUI smoke test (practice: one dot, finish,
# score screen, quit; and a clear line on stderr when the font is missing); then builds the .deb with CPack
# and checks its dependencies (Debian package names) and its file list, and runs the program from the
# unpacked package.   install_check.sh BUILD_DIR      (needs DISPLAY and xdotool for the GUI step)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:?usage: install_check.sh BUILD_DIR}" && pwd)
: "${DISPLAY:?install_check.sh needs an X display (scripts/test.sh starts Xvfb)}"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "install check FAILED: $*" >&2; exit 1; }
step() { echo "-- install check: $*"; }

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt"

# The files an install must hold (relative to the prefix), from the source tree: every lesson, every asset
# but the README's screenshots, and the fixed ones.
expected_files() {
  {
    printf '%s\n' bin/stipple share/applications/stipple.desktop share/icons/hicolor/scalable/apps/stipple.svg \
      share/man/man1/stipple.1.gz share/doc/stipple/README.md
    (cd "$root" && find lessons assets -type f -not -path 'assets/screenshots/*' | sed 's|^|share/stipple/|')
  } | sort
}

step "install into a temporary prefix"
prefix="$scratch/prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null
diff <(expected_files) <(cd "$prefix" && find . -type f | sed 's|^\./||' | sort) >"$scratch/files.diff" ||
  { cat "$scratch/files.diff"; fail "the installed files are not the expected ones (< expected, > installed)"; }
echo "   $(expected_files | wc -l) files, as expected"

# Strangers to the source tree: another working directory, a private data folder, no resource override.
elsewhere="$scratch/elsewhere"
mkdir -p "$elsewhere" "$scratch/home"
cd "$elsewhere"
unset STIPPLE_DATA_DIR STIPPLE_FONT STIPPLE_BIN STIPPLE_SOURCE_DIR
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data"
stipple="$prefix/bin/stipple"
lessons="$prefix/share/stipple/lessons"

step "no source or build path compiled in"
for bin in "$stipple" "$build/bin/stipple"; do
  n=$(strings "$bin" | grep -cF -e "$root" -e "$build" || true)
  [ "$n" -eq 0 ] || fail "$bin names this machine's source or build folder $n times"
done

step "the desktop entry"
desktop-file-validate "$prefix/share/applications/stipple.desktop" || fail "desktop-file-validate"

step "stipple --version"
[ "$("$stipple" --version)" = "stipple $version" ] || fail "--version says '$("$stipple" --version)'"

step "stipple lesson check (the installed curriculum)"
"$stipple" lesson check "$lessons/curriculum.json" >"$scratch/check.out" || fail "lesson check: exit $?"
lesson_count=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["lessons"]))' "$root/lessons/curriculum.json")
grep -q "curriculum.json: ok (curriculum .*, $lesson_count lessons)" "$scratch/check.out" || { cat "$scratch/check.out"; fail "lesson check output"; }

step "stipple demo and stipple score"
"$stipple" demo --lesson "$lessons/first-dots-depth.json" --out demo.json || fail "demo: exit $?"
"$stipple" score --lesson "$lessons/first-dots-depth.json" demo.json >score.json || fail "score: exit $?"
python3 - score.json <<'PY' || fail "the expert demo's score report"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["format"] == "stipple-score/1", r.get("format")
assert r["passed"] is True and r["total"] >= 80, (r["passed"], r["total"])
print(f"   expert demo: total {r['total']:.1f}, passed")
PY

step "stipple academy progress (the built-in curriculum, found next to the program)"
"$stipple" academy trainees add Ana --db gb.sqlite >/dev/null || fail "academy trainees add: exit $?"
"$stipple" academy progress --db gb.sqlite >progress.out || fail "academy progress: exit $?"
grep -q "Ana" progress.out || { cat progress.out; fail "academy progress does not list Ana"; }

# The GUI steps use the e2e library every end-to-end script sources (tests/e2e/lib/e2e.sh): bounded waits on
# what the program prints, never a fixed sleep. It is pointed at the installed program and lessons; its own
# scratch folder is removed on exit together with this script's.
export STIPPLE_BIN="$stipple" STIPPLE_SOURCE_DIR="$prefix/share/stipple"
# shellcheck source=../tests/e2e/lib/e2e.sh
source "$root/tests/e2e/lib/e2e.sh"
trap 'e2e_cleanup; rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data"
require_display

# start_practice ARGS...: the installed `stipple practice` on the first lesson, brief skipped, waiting
# (bounded) for its "ready window ID" line; the window in $wid.
start_practice() {
  start_stipple practice "$lessons/first-dots-depth.json" --skip-brief --window 1024x700 "$@"
  wait_for 180 "the installed practice window to become ready" printed '^ready window [0-9]+$'
  wid=$(sed -n 's/^ready window \([0-9]*\)$/\1/p' "$work/out.txt")
  xdotool windowfocus --sync "$wid" 2>/dev/null || true
}

step "GUI smoke test: practice one dot, finish, score screen, quit"
start_practice --save "$elsewhere/smoke.json" --trainee Ana
if grep -q "font" "$work/err.txt"; then fail "the installed program did not find the DejaVu font"; fi
wait_for 60 "the needle to rest at the session's start" printed '^needle at rest on '
place_dot 520 360
xdotool key --clearmodifiers Return            # finish? the program asks first
wait_for 60 "the finish question" printed '^dialog: finish$'
xdotool key --clearmodifiers Return            # Enter again: the attempt is written, the score screen opens
wait_for 60 "the attempt file" test -s "$elsewhere/smoke.json"
xdotool key --clearmodifiers Escape            # leave the score screen: the program ends
wait_exit 60
printed '^recorded attempt [0-9]+ for Ana: first-dots-depth ' || fail "the installed program did not record the attempt"
"$stipple" score --lesson "$lessons/first-dots-depth.json" smoke.json >smoke-score.json || fail "scoring the GUI attempt"
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert len(a["dots"]) == 1, len(a["dots"])' smoke.json ||
  fail "the GUI attempt does not hold the one dot placed"

step "a missing font is named on stderr, and the window still opens"
STIPPLE_FONT="$scratch/no-such-font.ttf" start_practice --save "$elsewhere/nofont.json"
grep -q "^stipple: font $scratch/no-such-font.ttf not found (install fonts-dejavu-core or set STIPPLE_FONT)" "$work/err.txt" ||
  fail "no clear line about the missing font"
kill "$program_pid"; wait "$program_pid" 2>/dev/null || true; program_pid=""

step "the .deb (CPack)"
cpack --config "$build/CPackConfig.cmake" -B "$build/deb" >/dev/null || fail "cpack: exit $?"
deb="$build/deb/stipple_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no $deb"
depends=$(dpkg-deb -f "$deb" Depends)
# Debian package names (versions dropped): dpkg-shlibdeps' findings for the libraries, the font by hand.
depends_names=$(tr ',' '\n' <<<"$depends" | sed -e 's/^ *//' -e 's/ .*//')
# libpq5: the PostgreSQL gradebook; libsodium23: attempt seals and password hashes; libcurl4: academy push (issue 12).
for package in fonts-dejavu-core libsfml-graphics2.5 libsfml-window2.5 libsfml-system2.5 libbox2d2 libsqlite3-0 \
               libpq5 libsodium23 libcurl4 libstb0 libstdc++6 libopengl0 libx11-6 libxi6; do
  grep -qxF "$package" <<<"$depends_names" || fail "Depends lacks $package: $depends"
done
diff <(expected_files | sed 's|^|usr/|') <(dpkg-deb -c "$deb" | awk '$1 ~ /^-/ {print $NF}' | sed 's|^\./||' | sort) \
  >"$scratch/deb.diff" || { cat "$scratch/deb.diff"; fail "the .deb's files are not the expected ones (< expected, > in the .deb)"; }
dpkg-deb -x "$deb" "$scratch/unpacked"
[ "$("$scratch/unpacked/usr/bin/stipple" --version)" = "stipple $version" ] || fail "the packaged program's --version"
"$scratch/unpacked/usr/bin/stipple" academy trainees add Ben --db deb.sqlite >/dev/null
"$scratch/unpacked/usr/bin/stipple" academy progress --db deb.sqlite | grep -q Ben ||
  fail "the packaged program does not find its curriculum"
echo "   $(basename "$deb"): $(stat -c %s "$deb") bytes, $(dpkg-deb -c "$deb" | awk '$1 ~ /^-/' | wc -l) files"
echo "   Depends: $depends"
echo "install check: ok"
