#!/usr/bin/env bash
# The bad-input catalogue (tests/bad_inputs/manifest.json) through the CLI:
# `caf-assess validate --kind session FILE` (the app's import path) must exit 1
# with every expected error substring on stderr and nothing on stdout; the
# accepted cases exit 0 with their notes. The oversize case is generated here.
# $1 = path to caf-assess, $2 = source dir
set -u
BIN=$1
SRC=$2
DIR=$SRC/tests/bad_inputs
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# One line per case: file, expect (error|ok), path, substrings (tab-separated).
/usr/bin/python3 - "$DIR/manifest.json" "$DIR" "$TMP" >"$TMP/cases" <<'PY' || { echo "FAIL: manifest"; exit 1; }
import json, os, sys
manifest, folder, tmp = sys.argv[1:4]
for c in json.load(open(manifest, encoding="utf-8"))["cases"]:
    path = os.path.join(folder, c["file"])
    if "generate" in c:
        g = c["generate"]
        path = os.path.join(tmp, c["file"])
        with open(path, "w", encoding="utf-8") as f:
            f.write(g["prefix"] + g["repeat"] * g["count"] + g["suffix"])
    subs = c["errors"] if c["expect"] == "error" else c["notes"]
    print("\t".join([c["file"], c["expect"], path] + subs))
PY

errors=0
oks=0
while IFS=$'\t' read -r -a f; do
  file=${f[0]} expect=${f[1]} path=${f[2]}
  "$BIN" validate --kind session "$path" >"$TMP/out" 2>"$TMP/err"
  code=$?
  if [ "$expect" = error ]; then
    errors=$((errors + 1))
    [ "$code" = 1 ] || { fail "$file exited $code, expected 1: $(head -c 300 "$TMP/err")"; continue; }
    [ -s "$TMP/out" ] && fail "$file printed to stdout"
    grep -qF "not a valid session" "$TMP/err" || fail "$file: no summary line"
  else
    oks=$((oks + 1))
    [ "$code" = 0 ] || { fail "$file exited $code, expected 0: $(head -c 300 "$TMP/err")"; continue; }
    grep -qF "is a valid session" "$TMP/out" || fail "$file: no OK line"
  fi
  for expected in "${f[@]:3}"; do
    grep -qF -- "$expected" "$TMP/err" || fail "$file: stderr lacks '$expected': $(head -c 400 "$TMP/err")"
  done
done <"$TMP/cases"
[ "$errors" -ge 20 ] || fail "only $errors bad inputs in the catalogue"

# report on a bad input fails the same way and writes no report.
"$BIN" report "$DIR/truncated.json" >"$TMP/out" 2>"$TMP/err"
[ $? = 1 ] || fail "report on a truncated file should exit 1"
[ -s "$TMP/out" ] && fail "report on a truncated file printed a report"
grep -qF "the file ends too early" "$TMP/err" || fail "report: truncation message: $(cat "$TMP/err")"

[ "$failures" = 0 ] && echo "cli_bad_inputs: all passed ($errors rejected, $oks accepted)"
exit "$failures"
