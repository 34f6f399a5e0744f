#!/usr/bin/env bash
# Regenerates the user guides' screenshots (docs/guide/images/{it,en}) from the real
# screens: builds cruscotto-screenshots and runs it offscreen once per language, on a
# demo cache made with a fixed seed and last day, so unchanged screens give the same
# pictures. Run it after changing a screen, look at the pictures, commit them.
#
#   bash docs/tools/screenshots.sh [BUILD_DIR]      # default: build/pkg
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
build_dir="${1:-$source_dir/build/pkg}"
images="$source_dir/docs/guide/images"

if [ ! -f "$build_dir/build.ninja" ] && [ ! -f "$build_dir/Makefile" ]; then
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug
fi
cmake --build "$build_dir" --target cruscotto-screenshots -j "${JOBS:-1}"

# A real funding table (investment M1C3 1.1, from the ministry's seed text) for the
# Funded projects screen.
funding="$source_dir/tests/core/data/funding_m1c3.csv"

# The demo data in a fixed place: the Settings screen shows its path.
data="${TMPDIR:-/tmp}/cruscotto-screenshots"
for lang in en it; do
    rm -f "$images/$lang"/*.png
    rm -rf "$data"
    QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
        "$build_dir/docs/cruscotto-screenshots" --lang "$lang" --out "$images/$lang" --funding "$funding" \
        --data-dir "$data"
done
rm -rf "$data"
echo "Screenshots written to $images/{en,it}: look at them before committing."
