#!/usr/bin/env bash
# Sets up what is missing, then builds and runs every test:
#   native      : Catch2 core tests, CLI tests, data schema checks;
#   native-asan : the Catch2 core tests, CLI tests and export checks again, built with
#                 clang 14 under AddressSanitizer + UndefinedBehaviorSanitizer; the fuzz
#                 targets over their seed corpus, then each fuzzed from the committed
#                 corpus for FUZZ_RUNS runs (2000) with seed FUZZ_SEED (1; scripts/fuzz.sh);
#   web         : the same Catch2 tests compiled to wasm and run under node,
#                 and the browser tests (playwright-core driving Debian's chromium).
# Screenshots and downloaded files of the browser tests land in test-results/.
# Each part's time is printed as it ends and again in a summary at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
times=()
# Runs "$@" as the part named $1 and records how long it took.
part() {
  local name="$1" t0
  shift
  echo "== $name"
  t0=$(date +%s)
  "$@"
  times+=("$(printf '%-28s %5d s' "$name" $(( $(date +%s) - t0 )))")
  echo "== $name: $(( $(date +%s) - t0 )) s"
}

part "setup" bash scripts/setup.sh --tests
export NODE_PATH=/usr/share/nodejs
JOBS="${JOBS:-2}"

cmake --preset native >/dev/null
part "native build" cmake --build --preset native -j "$JOBS"
part "native tests" ctest --preset native -j "$JOBS"

cmake --preset native-asan >/dev/null
part "asan build (clang 14)" cmake --build --preset native-asan -j "$JOBS"
part "asan tests" ctest --preset native-asan -j "$JOBS"
# From the committed seeds only (a fresh work folder), with a fixed seed and number of runs:
# nearly the same inputs on every run of a commit, so a test run does not fail by chance (the
# random search is scripts/fuzz.sh alone; README "Fuzzing"). 60 s per target is only a cap.
part "fuzzing (${FUZZ_RUNS:-2000} runs per target, seed ${FUZZ_SEED:-1})" env FUZZ_WORK="$PWD/build/fuzz-test" \
  FUZZ_FRESH=1 FUZZ_RUNS="${FUZZ_RUNS:-2000}" FUZZ_SEED="${FUZZ_SEED:-1}" bash scripts/fuzz.sh 60

cmake --preset web >/dev/null
part "web build" cmake --build --preset web -j "$JOBS"
part "web tests (node, browser)" ctest --preset web -j "$JOBS"

echo "== times"
printf '  %s\n' "${times[@]}"
echo "== all tests passed in $(( $(date +%s) - start )) s"
