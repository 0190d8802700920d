#!/usr/bin/env bash
# caf-assess: --help, --version and usage errors (exit 2, message on stderr).
# $1 = path to caf-assess, $2 = source dir
set -u
BIN=$1
SRC=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect <exit code> <stdout pattern or ''> <stderr pattern or ''> -- args...
expect() {
  local code=$1 out_pat=$2 err_pat=$3; shift 4
  "$BIN" "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  [ "$got" = "$code" ] || fail "caf-assess $* exited $got, expected $code; stderr: $(cat "$TMP/err")"
  if [ -n "$out_pat" ]; then grep -q -- "$out_pat" "$TMP/out" || fail "caf-assess $*: stdout lacks '$out_pat'"; fi
  if [ -n "$err_pat" ]; then grep -q -- "$err_pat" "$TMP/err" || fail "caf-assess $*: stderr lacks '$err_pat': $(cat "$TMP/err")"; fi
  if [ "$code" != 0 ] && [ -s "$TMP/out" ]; then fail "caf-assess $*: printed to stdout on error"; fi
}

expect 0 "Usage:" "" -- --help
expect 0 "caf-assess report <session.json>" "" -- -h
expect 0 "Exit codes: 0 ok, 1 invalid input or data, 2 usage error, 3" "" -- --help
expect 0 "^caf-assess 1\.0\.0$" "" -- --version
expect 2 "" "missing command" --
expect 2 "" "unknown command 'score'" -- score x.json
expect 2 "" "report needs a file" -- report
expect 2 "" "validate needs a file" -- validate
expect 2 "" "unknown option '--fast'" -- report x.json --fast
expect 2 "" "--format must be md, html, csv, csv-issues, json, session or ics, not 'xml'" -- report x.json --format xml
expect 2 "" "--start must be a real day like 2027-01-04, not '2027-02-30'" -- report x.json --start 2027-02-30
expect 2 "" "--capacity must be a whole number from 1 to 12, not '0'" -- report x.json --capacity 0
expect 2 "" "--capacity must be a whole number from 1 to 12, not 'two'" -- report x.json --capacity two
expect 2 "" "--process must be basic, agile, scrum or cmmi, not 'kanban'" -- report x.json --process kanban
expect 2 "" "diff takes no --start" -- diff a.json b.json --start 2027-01-04
expect 2 "" "--out needs a value" -- report x.json --out
expect 2 "" "too many arguments" -- report a.json b.json
expect 2 "" "Try 'caf-assess --help'" -- report
expect 2 "" "validate takes no --out or --format" -- validate "$SRC/data/model.json" --format json

[ "$failures" = 0 ] && echo "cli_usage: all passed"
exit "$failures"
