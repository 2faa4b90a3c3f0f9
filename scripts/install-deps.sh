#!/usr/bin/env bash
# Installs what BallotDesk needs to build, test, package and run on Debian 12 (bookworm).
# Safe to run again: apt-get skips what is already installed.
#   scripts/install-deps.sh          install what is missing
#   scripts/install-deps.sh --list   print the packages, one a line (scripts/check-deps.sh reads it)
set -euo pipefail

packages=(
    # the build: compiler, CMake, Ninja, and Qt 6.4 with every module CMakeLists.txt finds
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6
    libgl-dev libargon2-dev
    # what the programs load at run time: SQL drivers, platform plugins, translations
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins qt6-translations-l10n
    # the tests: reading PDFs, the sqlite3 shell, fonts, a throwaway PostgreSQL server
    sqlite3 poppler-utils fonts-dejavu-core fonts-dejavu-extra
    postgresql
    # packaging (scripts/package.sh): CPack's shlibdeps, and the validators of the .deb
    dpkg-dev file lintian desktop-file-utils appstream
)

if [ "${1:-}" = "--list" ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
