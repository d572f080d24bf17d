# Shared by the GUI end-to-end scripts (source it; it is not a test itself): a scratch folder, the program under
# test ($program_pid, its output in $work/out.txt and $work/err.txt), failing with that output, and bounded
# polling that stops as soon as the program has died. Usage: source it, then `require_tools xdotool ...`.

: "${STIPPLE_BIN:?STIPPLE_BIN must name the built stipple program}"
: "${DISPLAY:?this test needs an X display (scripts/test.sh starts Xvfb)}"

require_tools() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/deps.sh --test)"; exit 1; }
  done
}

work=$(mktemp -d)
program_pid=""
cleanup() {
  if [ -n "$program_pid" ] && kill -0 "$program_pid" 2>/dev/null; then kill "$program_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*"
  echo "--- program stdout"; cat "$work/out.txt" 2>/dev/null || true
  echo "--- program stderr"; cat "$work/err.txt" 2>/dev/null || true
  exit 1
}

# wait_for SECONDS DESCRIPTION COMMAND...: polls COMMAND every 0.1 s until it succeeds or time runs out.
# Fails early when the program has exited, unless DESCRIPTION ends in "to exit".
wait_for() {
  local seconds=$1 what=$2
  shift 2
  for _ in $(seq 1 $((seconds * 10))); do
    "$@" && return 0
    if [ -n "$program_pid" ] && [[ "$what" != *"to exit" ]] && ! kill -0 "$program_pid" 2>/dev/null; then
      fail "the program exited while waiting for $what"
    fi
    sleep 0.1
  done
  fail "timed out after ${seconds}s waiting for $what"
}
