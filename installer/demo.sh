#!/usr/bin/env bash
# Installs the dependencies, builds Cruscotto and starts it on its demo data.
# Extra arguments go to the app (e.g. --data-dir DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/install-deps.sh
cmake --preset dev
cmake --build --preset dev -j "$(nproc)"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    # No desktop session (a server, a container): run on a virtual display.
    echo "demo.sh: no display found; starting Cruscotto on a virtual X display (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1400x900x24" ./build/dev/app/cruscotto --demo "$@"
fi
exec ./build/dev/app/cruscotto --demo "$@"
