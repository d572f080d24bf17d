#!/usr/bin/env bash
# Installs the Debian 12 packages Stipple needs to build, run and test (skips apt when all are present).
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  libsfml-dev libbox2d-dev nlohmann-json3-dev catch2 libcli11-dev libsqlite3-dev sqlite3
  libimgui-dev libstb-dev libxi-dev libgl-dev libbenchmark-dev fonts-dejavu-core
  # The .deb: CPack finds the Debian package names of the libraries with dpkg-shlibdeps (dpkg-dev), and
  # reads which files are programs with file.
  dpkg-dev file
  # The gradebook's second backend (libpq), the integrity seal and password hashes (libsodium), and
  # `academy push` to an LRS (libcurl). The PostgreSQL server itself is only needed by the tests (below) and
  # on the academy's server (academy/README.md).
  libpq-dev libsodium-dev libcurl4-openssl-dev
)
if [ "${1:-}" = "--test" ]; then
  # The display tests run under Xvfb and are driven with xdotool; the HTML report is checked in Chromium;
  # the academy end-to-end scripts read JSON exports with jq.
  packages+=(xvfb xauth xdotool chromium jq)
  # tests/e2e/layout_gui.sh sets the desktop's work area (_NET_WORKAREA) with xprop.
  packages+=(x11-utils)
  # tests/lessons check the lesson JSON Schema (draft 2020-12) with python3-jsonschema.
  packages+=(python3-jsonschema)
  # scripts/install_check.sh validates the installed desktop entry.
  packages+=(desktop-file-utils)
  # tests/fuzz: libFuzzer targets built with clang (scripts/fuzz.sh); the fuzzer runtime is in libclang-rt.
  packages+=(clang libclang-rt-14-dev)
  # The throw-away PostgreSQL server (scripts/pg_test_server.sh) and its contrib modules, certificates
  # printed to PDF and read back (poppler-utils), the xAPI validator (npm).
  packages+=(postgresql postgresql-contrib poppler-utils)
  # Debian's npm only where no npm is installed: a Node.js from elsewhere (NodeSource) brings its own npm,
  # and its package conflicts with Debian's.
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing: ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
