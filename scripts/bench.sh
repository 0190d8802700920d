#!/usr/bin/env bash
# Measures and reports (targets live here, not in timed tests):
#   native : score + generate over the full model (build/native/core_bench), the plan and
#            portfolio (build/native/plan_bench; target: 60 items + 50 use cases <= 1 ms), and the
#            semantics tree's cost per frame (build/native/app_bench);
#   web    : what takes the space in app.wasm (scripts/wasm_sizes.py: sections, data, code by
#            origin and the largest functions), sizes raw / gzip / brotli, bytes on the wire for a
#            first visit (budget 300 KB), first frame, idle frames and CPU, input latency, frame
#            cost (tests/bench/browser_bench.mjs in headless Chromium).
# Run on a quiet machine: other work running at the same time skews every figure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
export NODE_PATH=/usr/share/nodejs

echo "== native: score + generate"
cmake --preset native >/dev/null
cmake --build --preset native --target core_bench
build/native/core_bench

echo "== native: the dated plan (60 items) and the use-case portfolio (50 use cases)"
cmake --build --preset native --target plan_bench
build/native/plan_bench

echo "== native: the semantics tree (DOM mirror) per frame"
cmake --build --preset native --target app_bench
build/native/app_bench

echo "== web: what takes the space in app.wasm"
cmake --preset web >/dev/null
cmake --build --preset web --target dist
/usr/bin/python3 scripts/wasm_sizes.py build/web/stage/app.wasm build/web/stage/app.js.symbols

echo "== web: a first visit's bytes on the wire, as serve.py sends them (budget 300 KB)"
/usr/bin/python3 scripts/first_visit.py build/web/dist

echo "== web: sizes, bytes on the wire, first frame, idle, latency"
node tests/bench/browser_bench.mjs
