#!/usr/bin/env bash
# caf-assess validate: detects model / checklist / session by content; every
# broken fixture of tests/fixtures/bad/manifest.json fails with its errors.
# $1 = path to caf-assess, $2 = source dir
set -u
BIN=$1
SRC=$2
FIX=$SRC/tests/fixtures
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

ok() {  # ok <file> <kind> [extra args]
  local file=$1 kind=$2; shift 2
  local out
  out=$("$BIN" validate "$file" "$@" 2>"$TMP/err")
  local code=$?
  [ "$code" = 0 ] || fail "validate $file exited $code: $(cat "$TMP/err")"
  [ "$out" = "OK: $file is a valid $kind" ] || fail "validate $file printed '$out'"
}

ok "$SRC/data/model.json" "model"
ok "$SRC/data/checklist.json" "checklist catalogue"
for f in "$FIX"/sessions/*.json; do ok "$f" "session"; done
ok "$FIX/mini/model.json" "model"
ok "$FIX/mini/checklist.json" "checklist catalogue" --model "$FIX/mini/model.json"

# Not a file we know.
echo '{"hello": "world"}' >"$TMP/other.json"
"$BIN" validate "$TMP/other.json" >/dev/null 2>"$TMP/err"
code=$?
[ "$code" = 1 ] || fail "unknown kind exited $code, expected 1"
grep -qF "other.json: is neither a session" "$TMP/err" || fail "unknown kind message: $(cat "$TMP/err")"

"$BIN" validate "$TMP/absent.json" >/dev/null 2>"$TMP/err"
[ $? = 3 ] || fail "absent file should exit 3"

# Every broken fixture: exit 1, each expected "file:pointer: message" on stderr.
python3 - "$FIX/bad/manifest.json" >"$TMP/cases" <<'PY'
import json, sys
for c in json.load(open(sys.argv[1]))["cases"]:
    print(c["file"] + "\t" + "\t".join(c["expect"]))
PY
count=0
while IFS=$'\t' read -r -a fields; do
  file=${fields[0]}
  "$BIN" validate "$FIX/bad/$file" --model "$FIX/mini/model.json" --checklist "$FIX/mini/checklist.json" \
    >"$TMP/out" 2>"$TMP/err"
  code=$?
  count=$((count + 1))
  [ "$code" = 1 ] || { fail "validate bad/$file exited $code, expected 1"; continue; }
  [ -s "$TMP/out" ] && fail "validate bad/$file printed to stdout"
  for expected in "${fields[@]:1}"; do
    grep -qF -- "$expected" "$TMP/err" || fail "validate bad/$file: stderr lacks '$expected': $(head -c 400 "$TMP/err")"
  done
done <"$TMP/cases"
[ "$count" -ge 40 ] || fail "only $count broken fixtures were checked"

[ "$failures" = 0 ] && echo "cli_validate: all passed ($count broken files rejected)"
exit "$failures"
