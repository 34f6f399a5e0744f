#!/usr/bin/env bash
# Installs the dependencies, builds Cruscotto and starts it on its demo data.
# Extra arguments go to the app (e.g. --data-dir DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/install-deps.sh
cmake --preset dev
cmake --build --preset dev -j "$(nproc)"
exec ./build/dev/app/cruscotto --demo "$@"
