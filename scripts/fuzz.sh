#!/usr/bin/env bash
# Builds the libFuzzer targets in tests/fuzz/ with clang++ (-fsanitize=fuzzer,address,undefined) from the
# scoring sources, and runs each for a bounded time on its seed corpus (tests/fuzz/corpus/TARGET/).
#   scripts/fuzz.sh [SECONDS_PER_TARGET=60] [TARGET...]
# Exits non-zero when a target crashes, leaks, times out on one input or runs out of memory; the input that
# did it is kept in build-fuzz/artifacts/. New inputs the fuzzer finds go to build-fuzz/corpus/TARGET/, never
# into the repository. The main build (g++) is untouched: objects live in build-fuzz/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(lesson attempt curriculum score case)
out="$root/build-fuzz"
cxx=${STIPPLE_FUZZ_CXX:-clang++}
mkdir -p "$out/obj" "$out/artifacts"
flags=(-std=c++20 -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
       -I"$root" -DSTIPPLE_SOURCE_DIR="\"$root\"")

# True when $1 is missing or older than any file its dependency list $2 (from -MMD) names.
stale() {
  [ -f "$1" ] && [ -f "$2" ] || return 0
  local dep
  for dep in $(sed -e 's/\\$//' -e 's/^[^:]*://' "$2"); do
    [ "$dep" -nt "$1" ] && return 0
  done
  return 1
}

# Scoring sources, compiled once each and again only when the source or a header it includes changed.
objects=()
for src in "$root"/scoring/*.cpp; do
  obj="$out/obj/$(basename "${src%.cpp}").o"
  if stale "$obj" "$obj.d"; then
    echo "fuzz: compiling $(basename "$src")"
    "$cxx" "${flags[@]}" -fsanitize=fuzzer-no-link -MMD -MF "$obj.d" -c "$src" -o "$obj"
  fi
  objects+=("$obj")
done

status=0
for t in "${targets[@]}"; do
  bin="$out/fuzz_$t"
  src="$root/tests/fuzz/fuzz_$t.cpp"
  if stale "$bin" "$bin.d" || [ -n "$(find "$out/obj" -newer "$bin" -name '*.o' | head -1)" ]; then
    echo "fuzz: building fuzz_$t"
    "$cxx" "${flags[@]}" -fsanitize=fuzzer -MMD -MF "$bin.d" "$src" "${objects[@]}" -o "$bin"
  fi
  mkdir -p "$out/corpus/$t"
  echo "== fuzz: $t for ${seconds}s"
  # First folder: where new inputs go; second: the seed corpus in the repository (read only).
  if ! ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      "$bin" "$out/corpus/$t" "$root/tests/fuzz/corpus/$t" -max_total_time="$seconds" -rss_limit_mb=2048 \
      -timeout=20 -max_len=65536 -print_final_stats=1 -artifact_prefix="$out/artifacts/$t-" \
      >"$out/$t.log" 2>&1; then
    echo "fuzz: $t FAILED (log: $out/$t.log)"
    tail -40 "$out/$t.log"
    status=1
  fi
  grep -E "^stat::(number_of_executed_units|peak_rss_mb)|cov: .*ft:" "$out/$t.log" | tail -3 || true
done
exit $status
