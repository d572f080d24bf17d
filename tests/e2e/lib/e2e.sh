# The one library every end-to-end script sources (it is not a test itself): the program under test, a scratch
# folder removed on exit with any program still running, a failure helper whose first line is the reason,
# tool and display checks with the Debian package to install, running the program with an expected exit
# code, bounded waits on what the program prints or writes (never a fixed sleep), and placing a dot in the
# practice window step by step on the lines the program prints.
#
#   source "$(dirname "$0")/lib/e2e.sh"
#   require_tools jq sqlite3          # or, in GUI scripts: require_display python3 (xdotool is implied)
#   expect 0 demo --lesson "$lessons/first-dots-depth.json" --out "$work/demo.json"
#   start_stipple edit "$work/new.json"; wait_for 120 "the view mapping" printed "^editor: hairline "
#
# at_exit COMMAND... runs COMMAND on exit, pass or fail. Variables: $work (scratch folder), $lessons (the shipped lessons), $program_pid (the program started with
# start_stipple; its stdout/stderr in $work/out.txt and $work/err.txt), $wid (the window found by
# wait_for_window). Scripts run with `set -euo pipefail` (set here too).
set -euo pipefail

e2e_name=$(basename "$0" .sh)

# fail REASON...: one line "FAIL: SCRIPT: REASON", then what the program printed (if one was started), exit 1.
fail() {
  echo "FAIL: $e2e_name: $*"
  local f
  for f in out.txt err.txt; do
    if [ -n "${work:-}" ] && [ -s "$work/$f" ]; then
      echo "--- program ${f%.txt} (last 40 lines)"
      tail -n 40 "$work/$f"
    fi
  done
  exit 1
}

# check WHAT: announces the next group of checks, so a failure's place in the script is plain.
check() { echo "check: $*"; }

# The Debian package that ships a tool (what scripts/deps.sh --test installs).
e2e_package_of() {
  case $1 in
    sha256sum | mktemp | timeout) echo coreutils ;;
    Xvfb) echo xvfb ;;
    xprop) echo x11-utils ;;
    *) echo "$1" ;;
  esac
}

# require_tools TOOL...: fails naming every missing tool and its Debian package.
require_tools() {
  local tool missing=()
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool (Debian package $(e2e_package_of "$tool"))")
  done
  [ ${#missing[@]} -eq 0 ] ||
    fail "not installed: ${missing[*]}; run scripts/deps.sh --test"
}

# require_display TOOL...: the GUI scripts' check: DISPLAY is set and its X server answers, and the tools exist.
require_display() {
  require_tools xdotool "$@"
  [ -n "${DISPLAY:-}" ] || fail "needs an X display: set DISPLAY (scripts/test.sh starts Xvfb)"
  xdotool getdisplaygeometry >/dev/null 2>&1 || fail "the X server on DISPLAY=$DISPLAY does not answer"
}

[ -n "${STIPPLE_BIN:-}" ] || fail "STIPPLE_BIN must name the built stipple program"
[ -x "$STIPPLE_BIN" ] || fail "STIPPLE_BIN=$STIPPLE_BIN is not an executable program"
# The source tree (ctest sets it; run by hand, it is the tree this script is in).
: "${STIPPLE_SOURCE_DIR:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}"
lessons="$STIPPLE_SOURCE_DIR/lessons"
# This library's folder (helpers beside it, e.g. xtest_hold.py).
e2e_lib="$STIPPLE_SOURCE_DIR/tests/e2e/lib"
[ -d "$lessons" ] || fail "no lessons folder at $lessons (STIPPLE_SOURCE_DIR=$STIPPLE_SOURCE_DIR)"

work=$(mktemp -d "${TMPDIR:-/tmp}/stipple-e2e-$e2e_name.XXXXXX")
# Whatever the program writes to its data folder (gradebook, attempts, autosaves, screenshots) stays here.
export XDG_DATA_HOME="$work/xdg" XDG_CACHE_HOME="$work/xdg-cache"
program_pid=""
e2e_pids=()

# track_pid PID: a background process killed (SIGKILL) on exit if it still runs.
track_pid() { e2e_pids+=("$1"); }

# at_exit COMMAND...: run on exit, pass or fail (e.g. to undo a change to the shared X display).
e2e_at_exit=()
at_exit() { e2e_at_exit+=("$(printf '%q ' "$@")"); }

e2e_cleanup() {
  local pid cmd
  for cmd in ${e2e_at_exit[@]+"${e2e_at_exit[@]}"}; do eval "$cmd" || true; done
  for pid in ${program_pid:+"$program_pid"} ${e2e_pids[@]+"${e2e_pids[@]}"}; do
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  done
  rm -rf "$work"
}
trap e2e_cleanup EXIT

# expect CODE ARGS...: runs `stipple ARGS...` to the end (stdout in $work/out.txt, stderr in $work/err.txt) and
# fails unless it exits with CODE.
expect() {
  local want=$1 got=0
  shift
  "$STIPPLE_BIN" "$@" >"$work/out.txt" 2>"$work/err.txt" || got=$?
  [ "$got" -eq "$want" ] || fail "stipple $* exited $got, expected $want"
}

# start_stipple ARGS...: starts `stipple ARGS...` in the background ($program_pid), output in $work/out.txt and
# $work/err.txt.
start_stipple() {
  # The files exist before the program starts, so a wait never reads a file the background shell has not
  # opened yet.
  : >"$work/out.txt"
  : >"$work/err.txt"
  "$STIPPLE_BIN" "$@" >>"$work/out.txt" 2>>"$work/err.txt" &
  program_pid=$!
}

# printed REGEX: the program started with start_stipple printed a line matching REGEX (grep -E).
printed() { grep -qE -- "$1" "$work/out.txt"; }

e2e_program_alive() { [ -z "$program_pid" ] || kill -0 "$program_pid" 2>/dev/null; }

# wait_for SECONDS WHAT COMMAND...: runs COMMAND every $poll_s seconds (default 0.1) until it succeeds; fails
# after SECONDS, or at once when the program started with start_stipple has exited meanwhile.
poll_s=0.1
wait_for() {
  local seconds=$1 what=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  while :; do
    "$@" && return 0
    e2e_program_alive || { "$@" && return 0; fail "the program exited while waiting for $what"; }
    [ "$SECONDS" -lt "$deadline" ] || fail "timed out after ${seconds}s waiting for $what"
    sleep "$poll_s"
  done
}

# wait_exit SECONDS: waits for the program started with start_stipple to exit and fails unless it exits 0.
wait_exit() {
  local seconds=$1 deadline=$((SECONDS + $1)) status=0
  while kill -0 "$program_pid" 2>/dev/null; do
    [ "$SECONDS" -lt "$deadline" ] || fail "the program did not exit within ${seconds}s"
    sleep "$poll_s"
  done
  wait "$program_pid" || status=$?
  program_pid=""
  [ "$status" -eq 0 ] || fail "the program exited with status $status"
}

# wait_for_window SECONDS TITLE_REGEX: the first visible window whose title matches, into $wid.
e2e_find_window() { wid=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1) && [ -n "$wid" ]; }
wait_for_window() {
  wid=""
  # (xdotool search can trip over windows that come and go while it looks: poll it, quietly.)
  wait_for "$1" "a window titled /$2/" e2e_find_window "$2"
}

# title_is TEXT / title_has TEXT: the window $wid's title is / contains TEXT.
title_is() { [ "$(xdotool getwindowname "$wid" 2>/dev/null)" = "$1" ]; }
title_has() { xdotool getwindowname "$wid" 2>/dev/null | grep -qF -- "$1"; }

# count_printed REGEX: how many lines the program started with start_stipple printed that match REGEX.
count_printed() { grep -cE -- "$1" "$work/out.txt" || true; }
# printed_more REGEX N: more than N such lines.
printed_more() { [ "$(count_printed "$1")" -gt "$2" ]; }

# place_dot X Y: places one dot with the mouse at pixel (X, Y) of window $wid (not the pixel of the dot before)
# as a trainee would, each step waiting on the line the practice screen prints (sim/model/practice_notes.hpp):
# move there and wait until the needle rests on the pointer, press and wait until the held depth reaches the
# lesson's window, release and wait for the dot's own line.
place_dot() {
  local rest dots depth
  rest=$(count_printed '^needle at rest on ')
  depth=$(count_printed '^depth [0-9.]+ mm: reached the window')
  dots=$(count_printed '^dot [0-9]+ at ')
  xdotool mousemove --window "$wid" "$1" "$2"
  wait_for 60 "the needle to rest on ($1, $2)" printed_more '^needle at rest on ' "$rest"
  xdotool mousedown 1
  # Polled finely: the depth goes on growing while the button is held, so release soon after it is in.
  poll_s=0.01 wait_for 60 "the depth held at ($1, $2) to reach the window" \
    printed_more '^depth [0-9.]+ mm: reached the window' "$depth"
  xdotool mouseup 1
  wait_for 60 "dot $((dots + 1)) at ($1, $2)" printed "^dot $((dots + 1)) at "
}
