#!/usr/bin/env bash
# Longer fuzzing by hand: builds the libFuzzer targets (clang) in build/fuzz and
# runs one target, or all of them in turn, for SECONDS each (default 600).
#   tests/fuzz/run-long.sh [TARGET|all] [SECONDS] [JOBS]
# Crashes land in build/fuzz/tests/fuzz/artifacts/; copy each into
# tests/fuzz/regressions/TARGET/ (it then runs in the normal suite as
# fuzzreplay_TARGET) and fix the parser. New coverage stays in build/fuzz's
# working corpus; minimise it into tests/fuzz/corpus/TARGET/ with -merge=1 if
# it is worth keeping.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:-all}
seconds=${2:-600}
jobs=${3:-1}
CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCRUSCOTTO_FUZZ=ON >/dev/null
cmake --build build/fuzz -j "${jobs}" --target cruscotto_fuzz_targets
if [ "$target" = all ]; then
    targets=$(sed -n 's/^set(fuzz_targets \(.*\)/\1/p;s/^    \([a-z ]*\))$/\1/p' tests/fuzz/CMakeLists.txt)
else
    targets=$target
fi
for t in $targets; do
    work=build/fuzz/tests/fuzz/work/$t
    mkdir -p "$work" build/fuzz/tests/fuzz/artifacts
    echo "== fuzz_$t for $seconds s"
    parallel=()
    if [ "$jobs" -gt 1 ]; then
        parallel=(-jobs="$jobs" -workers="$jobs")
    fi
    QT_QPA_PLATFORM=offscreen "build/fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 "${parallel[@]}" \
        -artifact_prefix="build/fuzz/tests/fuzz/artifacts/$t-" "$work" "tests/fuzz/corpus/$t"
done
