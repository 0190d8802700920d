#!/usr/bin/env bash
# Sets up what is missing, then builds and runs every test:
#   native      : Catch2 core tests, CLI tests, data schema checks;
#   native-asan : the Catch2 core tests, CLI tests and export checks again, built with
#                 clang 14 under AddressSanitizer + UndefinedBehaviorSanitizer; the fuzz
#                 targets over their seed corpus, then each fuzzed for FUZZ_SECONDS (15 s);
#   web         : the same Catch2 tests compiled to wasm and run under node,
#                 and the browser tests (playwright-core driving Debian's chromium).
# Screenshots and downloaded files of the browser tests land in test-results/.
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
bash scripts/setup.sh
export NODE_PATH=/usr/share/nodejs
JOBS="${JOBS:-2}"

echo "== native build and tests"
cmake --preset native >/dev/null
cmake --build --preset native -j "$JOBS"
ctest --preset native -j "$JOBS"

echo "== native build and tests under ASan + UBSan (clang 14)"
asan_start=$(date +%s)
cmake --preset native-asan >/dev/null
cmake --build --preset native-asan -j "$JOBS"
ctest --preset native-asan -j "$JOBS"
echo "== fuzzing each target for ${FUZZ_SECONDS:-15} s"
bash scripts/fuzz.sh "${FUZZ_SECONDS:-15}"
echo "== sanitizer build, tests and fuzzing took $(( $(date +%s) - asan_start )) s"

echo "== web build and tests (wasm under node, browser)"
cmake --preset web >/dev/null
cmake --build --preset web -j "$JOBS"
ctest --preset web -j "$JOBS"

echo "== all tests passed in $(( $(date +%s) - start )) s"
