#!/usr/bin/env bash
# The end-to-end scripts keep their rules, so a new script cannot quietly bring back what was removed: every
# script sources lib/e2e.sh, none sleeps for a fixed time (waits go through wait_for and place_dot, on what the
# program prints or writes) and none makes its own scratch folder or exit trap (the library's clean up).
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
here=$(cd "$(dirname "$0")" && pwd)
scripts=()
for f in "$here"/*.sh; do
  [ "$f" = "$here/$(basename "$0")" ] || scripts+=("$f")
done
[ ${#scripts[@]} -ge 6 ] || fail "found only ${#scripts[@]} scripts in $here"

check "every script sources the library"
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
echo "PASS: ${#scripts[@]} scripts keep the e2e rules"
