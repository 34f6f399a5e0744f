#!/usr/bin/env bash
# Installs the dependencies, builds everything (warnings are errors) and runs the
# whole test suite offscreen. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/install-deps.sh
cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
ctest --preset ci -j "$(nproc)"
