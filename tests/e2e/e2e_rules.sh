#!/usr/bin/env bash
# The end-to-end scripts keep their rules, so a new script cannot quietly bring back what was removed: every
# script is listed in tests/CMakeLists.txt (so it runs), sources lib/e2e.sh, never sleeps for a fixed time
# (waits go through wait_for and place_dot, on what the program prints or writes) and makes no scratch folder
# or exit trap of its own (the library's clean up). scripts/install_check.sh's GUI steps source it too.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
here=$(cd "$(dirname "$0")" && pwd)
scripts=()
for f in "$here"/*.sh; do
  [ "$f" = "$here/$(basename "$0")" ] || scripts+=("$f")
done
[ ${#scripts[@]} -ge 6 ] || fail "found only ${#scripts[@]} scripts in $here"

check "every script is registered with ctest and sources the library"
for f in "$here"/*.sh; do
  grep -qE "^[[:space:]]+$(basename "$f")\)?$" "$STIPPLE_SOURCE_DIR/tests/CMakeLists.txt" ||
    fail "$(basename "$f") is not listed in tests/CMakeLists.txt (STIPPLE_E2E_SCRIPTS), so it never runs"
done
for f in "${scripts[@]}"; do
  grep -qxF 'source "$(dirname "$0")/lib/e2e.sh"' "$f" || fail "$(basename "$f") does not source lib/e2e.sh"
done

check "no fixed sleep (xdotool's own sleep included), no private scratch folder or trap"
if grep -nE '(^|[^[:alnum:]_])sleep([^[:alnum:]_]|$)' "${scripts[@]}" | grep -vE '^[^:]+:[0-9]+:[[:space:]]*#' >"$work/sleeps"; then
  fail "a fixed sleep: $(head -n 1 "$work/sleeps")"
fi
if grep -nE 'mktemp|(^|[[:space:]])trap[[:space:]]' "${scripts[@]}" >"$work/own"; then
  fail "a script makes its own scratch folder or trap: $(head -n 1 "$work/own")"
fi
check "the install check's GUI steps use the library too, with no fixed sleep"
install_check="$STIPPLE_SOURCE_DIR/scripts/install_check.sh"
grep -qF 'source "$root/tests/e2e/lib/e2e.sh"' "$install_check" || fail "scripts/install_check.sh does not source the e2e library"
if grep -nE '(^|[^[:alnum:]_])sleep([^[:alnum:]_]|$)' "$install_check" | grep -vE '^[0-9]+:[[:space:]]*#' >"$work/sleeps"; then
  fail "a fixed sleep in scripts/install_check.sh: $(head -n 1 "$work/sleeps")"
fi
echo "PASS: ${#scripts[@]} scripts and the install check keep the e2e rules"
