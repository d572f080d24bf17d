#!/usr/bin/env bash
# Holds the manual page to the program: every command and long option that `stipple [COMMAND...] --help`
# lists is in the page, every long option the page names is one the program has, and the page's version is
# `stipple --version`'s.   man_page_check.sh STIPPLE PAGE.1
set -euo pipefail
stipple=$1 page=$2
# The page as plain words: roff escapes and font changes removed.
text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(.. / /g' "$page")
faults=0
fault() { echo "man page $page: $*" >&2; faults=$((faults + 1)); }

help_options=""
# walk COMMAND...: checks this command's options and subcommands, then walks each subcommand.
walk() {
  local help subs sub opt
  help=$("$stipple" "$@" --help)
  for opt in $(printf '%s\n' "$help" | grep -oE '^  (-[a-zA-Z],)?--[a-z][a-z-]*' | grep -oE -- '--[a-z][a-z-]*'); do
    help_options+=" $opt"
    grep -qF -- "$opt" <<<"$text" || fault "stipple $* --help lists $opt, the page does not"
  done
  subs=$(printf '%s\n' "$help" | sed -n '/^Subcommands:/,/^$/p' | grep -oE '^  [a-z][a-z-]*' || true)
  for sub in $subs; do
    grep -qw -- "$sub" <<<"$text" || fault "stipple $* --help lists the command '$sub', the page does not"
    walk "$@" "$sub"
  done
}
walk
for opt in $(grep -oE -- '--[a-z][a-z-]*' <<<"$text" | sort -u); do
  [[ " $help_options " == *" $opt "* ]] || fault "the page names $opt, which no command's --help lists"
done
version=$("$stipple" --version)
grep -qF "\"$version\"" "$page" || fault ".TH does not name \"$version\" (stipple --version)"
[ "$faults" -eq 0 ] || exit 1
echo "man page agrees with --help ($(wc -w <<<"$help_options") options) and --version ($version)"
