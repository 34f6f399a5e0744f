#!/usr/bin/env bash
# Installs every Debian 12 package Cruscotto needs to build, run and test.
# Idempotent: packages already present are left alone; safe to run again.
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config git
    # Qt 6: widgets, charts, svg, tools (moc/uic/rcc), linguist (lupdate/lrelease)
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev libgl-dev libxkbcommon-dev
    # storage, archives, networking
    libsqlite3-dev sqlite3 libquazip1-qt6-dev zlib1g-dev libssl-dev openssl
    libboost1.81-dev libboost-json1.81-dev
    # numerics, QR codes
    libeigen3-dev libqrencode-dev
    # secrets: the hub password lives in the system keychain
    qtkeychain-qt6-dev
    # running and looking at the GUI headless; reading back what we write
    xvfb xauth imagemagick poppler-utils python3-openpyxl curl unzip
    fonts-dejavu-core tzdata
    # packaging and desktop integration checks: the .deb, the .desktop file, AppStream, the hub's unit
    dpkg-dev file desktop-file-utils appstream systemd qt6-qpa-plugins
    # fuzzing (tests/fuzz, CRUSCOTTO_FUZZ=ON): clang's libFuzzer and sanitizer runtimes
    clang clang-14 libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
