#!/usr/bin/env bash
# Installs the dependencies, builds everything (warnings are errors) and runs the
# whole test suite offscreen; then builds everything again with AddressSanitizer
# and UndefinedBehaviorSanitizer (the asan preset) and runs the suite under them.
# Exits non-zero on any failure.
#   CRUSCOTTO_SKIP_ASAN=1   the first half only (a quick local run)
#   CRUSCOTTO_FUZZ_SECONDS=N also runs each libFuzzer target for N seconds (clang)
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/install-deps.sh
started=$SECONDS
cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
ctest --preset ci -j "$(nproc)"
echo "test.sh: ci build and suite took $((SECONDS - started)) s"

if [ "${CRUSCOTTO_SKIP_ASAN:-0}" != 1 ]; then
    started=$SECONDS
    cmake --preset asan
    cmake --build --preset asan -j "$(nproc)"
    # Leaks, out-of-bounds, use-after-free and undefined behaviour fail the test
    # that shows them (tests/sanitizers/lsan.supp: third-party leaks only).
    ctest --preset asan -j "$(nproc)"
    echo "test.sh: asan build and suite took $((SECONDS - started)) s"
fi

if [ -n "${CRUSCOTTO_FUZZ_SECONDS:-}" ]; then
    started=$SECONDS
    CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCRUSCOTTO_FUZZ=ON \
        -DCRUSCOTTO_FUZZ_SECONDS="${CRUSCOTTO_FUZZ_SECONDS}"
    cmake --build build/fuzz -j "$(nproc)" --target cruscotto_fuzz_targets
    ctest --test-dir build/fuzz -L fuzz --output-on-failure
    echo "test.sh: fuzzing took $((SECONDS - started)) s"
fi
