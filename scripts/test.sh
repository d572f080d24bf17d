#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to every test: installs what is needed, builds a normal (with
# the benchmarks) and an ASan+UBSan configuration, starts Xvfb when there is no display, runs ctest on both,
# fuzzes the readers and scoring for a bounded time (scripts/fuzz.sh, 45 s per target; STIPPLE_FUZZ_SECONDS
# to change it), and proves the normal build installs and packages (scripts/install_check.sh: a temporary
# prefix, the program run from elsewhere, a GUI smoke test, the .deb's dependencies and files). The academy
# tests run on both gradebook backends: a throw-away PostgreSQL server (scripts/pg_test_server.sh) is up for
# the whole run and stopped at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/deps.sh" --test

xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  declare -F pg_test_server_stop >/dev/null && pg_test_server_stop
  true
}
trap cleanup EXIT
# shellcheck source=pg_test_server.sh
source "$root/scripts/pg_test_server.sh"
if [ -z "${DISPLAY:-}" ]; then
  for n in $(seq 90 120); do
    [ -e "/tmp/.X${n}-lock" ] && continue
    # -noreset: the server must not reset when its last client leaves between two tests.
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=":$n"
    # Poll until the server answers (bounded: 20 s).
    for _ in $(seq 1 200); do
      xdotool getdisplaygeometry >/dev/null 2>&1 && break
      sleep 0.1
    done
    xdotool getdisplaygeometry >/dev/null 2>&1 || { echo "Xvfb did not start on $DISPLAY" >&2; exit 1; }
    break
  done
  echo "Xvfb on $DISPLAY"
fi

echo "== build: normal (RelWithDebInfo)"
"$root/scripts/build.sh" build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTIPPLE_BENCHMARKS=ON
echo "== build: sanitizers (ASan+UBSan)"
"$root/scripts/build.sh" build-asan -DCMAKE_BUILD_TYPE=Debug -DSTIPPLE_SANITIZE=ON -DSTIPPLE_BENCHMARKS=OFF

export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
# The fuzzers run first; then ctest on both configurations; then the installed program (it needs the normal build).
echo "== fuzz: readers and scoring"
"$root/scripts/fuzz.sh" "${STIPPLE_FUZZ_SECONDS:-45}" || status=1
echo "== tests: sanitizers"
ctest --test-dir build-asan --output-on-failure -j "$(nproc)" || status=1
echo "== tests: normal"
ctest --test-dir build --output-on-failure -j "$(nproc)" || status=1
echo "== install: temporary prefix, GUI smoke test, .deb"
"$root/scripts/install_check.sh" build || status=1
exit $status
