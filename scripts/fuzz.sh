#!/usr/bin/env bash
# Fuzzes each libFuzzer target of tests/fuzz for SECONDS (default 60), one after another,
# and reports per target: runs, runs per second, accepted inputs, distinct sessions checked and
# how many of those went through every export too, coverage, corpus size and findings.
#   bash scripts/fuzz.sh [SECONDS]          FUZZ_TARGETS="import model" limits the targets;
#                                           FUZZ_RUNS=N also stops a target after N runs;
#                                           FUZZ_SEED=N fixes libFuzzer's random seed (default:
#                                           a new one each run, printed with any finding);
#                                           FUZZ_WORK=DIR keeps corpus and findings there
#                                           (default build/fuzz); FUZZ_FRESH=1 empties it first
# Builds the targets first (preset native-asan: clang 14, -fsanitize=fuzzer,address,undefined).
# Each target starts from its committed seeds (tests/fuzz/corpus/<target>) plus what earlier runs
# found (build/fuzz/<target>/corpus, kept between runs); a finding (crash, sanitizer report, broken
# check, timeout over 10 s, out of memory) is saved in build/fuzz/<target>/findings/ and makes the
# script exit 1 (the report is printed). One fuzzing process at a time (libFuzzer without -jobs).
# Reproduce a finding with: build/native-asan/tests/fuzz/fuzz_<target> <file>
# Never pause a run (kill -STOP): libFuzzer's -timeout counts wall time, so the input in flight is
# reported as a timeout when it resumes. Lower its priority (renice 19) or stop it; the corpus stays.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_EACH="${1:-60}"
TARGETS="${FUZZ_TARGETS:-import share_link autosave model}"
WORK="${FUZZ_WORK:-$ROOT/build/fuzz}"
[ "${FUZZ_FRESH:-0}" = 1 ] && rm -rf "$WORK"
[[ "$SECONDS_EACH" =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [seconds per target]" >&2; exit 2; }

cmake --preset native-asan >/dev/null
cmake --build --preset fuzz -j "${JOBS:-2}"

export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1"
found=0
printf '%-12s %10s %7s %6s %9s %9s %9s %6s %7s  %s\n' target runs runs/s time accepted checked exported cov corpus \
  findings
for t in $TARGETS; do
  bin="$ROOT/build/native-asan/tests/fuzz/fuzz_$t"
  work="$WORK/$t"
  mkdir -p "$work/corpus" "$work/findings"
  dict=()
  [ "$t" != share_link ] && dict=(-dict="$ROOT/tests/fuzz/json.dict")
  limit=(-max_total_time="$SECONDS_EACH")
  [ -n "${FUZZ_RUNS:-}" ] && limit+=(-runs="$FUZZ_RUNS")
  [ -n "${FUZZ_SEED:-}" ] && limit+=(-seed="$FUZZ_SEED")
  rc=0
  t0=$(date +%s)
  "$bin" "$work/corpus" "$ROOT/tests/fuzz/corpus/$t" "${dict[@]}" "${limit[@]}" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/findings/" \
    >"$work/log" 2>&1 || rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$' || echo '?')
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$work/log" | grep -o '[0-9]*$' || echo '?')
  cov=$(grep -o 'cov: [0-9]*' "$work/log" | tail -n1 | grep -o '[0-9]*$' || echo '?')
  accepted=$(grep -o '==fuzz== accepted: [0-9]*' "$work/log" | grep -o '[0-9]*$' || echo '-')
  checked=$(grep -o 'distinct sessions checked: [0-9]*' "$work/log" | grep -o '[0-9]*$' || echo '-')
  exported=$(grep -o 'with exports: [0-9]*' "$work/log" | grep -o '[0-9]*$' || echo '-')
  corpus=$(find "$work/corpus" -type f | wc -l)
  took="$(( $(date +%s) - t0 ))s"
  if [ "$rc" != 0 ]; then
    found=1
    printf '%-12s %10s %7s %6s %9s %9s %9s %6s %7s  exit %s, see %s\n' "$t" "$runs" "$rate" "$took" "$accepted" "$checked" \
      "$exported" "$cov" "$corpus" "$rc" "$work/log"
    grep -E '^INFO: Seed:|==fuzz==|ERROR:|SUMMARY:|runtime error|terminate called|what\(\)|Assertion|Test unit written' \
      "$work/log" | head -n 20
  else
    printf '%-12s %10s %7s %6s %9s %9s %9s %6s %7s  none\n' "$t" "$runs" "$rate" "$took" "$accepted" "$checked" "$exported" \
      "$cov" "$corpus"
  fi
done
exit "$found"
