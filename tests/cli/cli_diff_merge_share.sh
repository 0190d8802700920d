#!/usr/bin/env bash
# caf-assess diff, merge, share / unshare, and the report options added with
# them (--compare, --date, --notes, --work-item-type, --no-bom, --format session).
# $1 = path to caf-assess, $2 = source dir
set -u
BIN=$1
SRC=$2
FIX=$SRC/tests/fixtures/sessions
PY=/usr/bin/python3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
run() { "$BIN" "$@" >"$TMP/out" 2>"$TMP/err"; echo $?; }
has() { grep -qF -- "$2" "$1" || fail "$(basename "$1") lacks '$2': $(head -c 300 "$1")"; }

REG=$FIX/persona_regulated_enterprise.json
MAT=$FIX/persona_mature_enterprise.json
PAAS=$FIX/example_startup_paas.json

# --- diff ---------------------------------------------------------------------
code=$(run diff "$REG" "$MAT")
[ "$code" = 0 ] || fail "diff exited $code: $(cat "$TMP/err")"
has "$TMP/out" "# Changes: persona_regulated_enterprise.json → persona_mature_enterprise.json"
has "$TMP/out" "| CAF level | Level 2 — Customize (our label) | Level 4 — Build at scale (our label) | +2 |"
has "$TMP/out" "| Practices score | "
has "$TMP/out" "## Dimensions"
has "$TMP/out" "## Checklist items"
has "$TMP/out" "answers changed:"
code=$(run diff "$REG" "$MAT" --format json)
[ "$code" = 0 ] || fail "diff json exited $code"
$PY - "$TMP/out" <<'PY' || fail "diff json content"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["format"] == "caf-ai-comparison" and d["format_version"] == 1
assert len(d["dimensions"]) == 11
assert d["counts"]["answers_changed"] == len(d["answers"]) > 0
assert d["level_delta"] == d["after"]["level"] - d["before"]["level"]
assert all(i["change"] in ("newly_done", "regressed", "changed", "added", "removed") for i in d["items"])
PY
code=$(run diff "$REG" "$REG")
[ "$code" = 0 ] || fail "diff of a file with itself exited $code"
has "$TMP/out" "No answer changed."
has "$TMP/out" "No checklist item changed status."
code=$(run diff "$REG")
[ "$code" = 2 ] || fail "diff with one file exited $code"
has "$TMP/err" "diff needs two files"
code=$(run diff "$REG" "$SRC/tests/bad_inputs/truncated.json")
[ "$code" = 1 ] || fail "diff with a broken file exited $code"
has "$TMP/err" "the file ends too early"

# --- report --compare ----------------------------------------------------------
code=$(run report "$MAT" --compare "$REG" --date 2026-02-03)
[ "$code" = 0 ] || fail "report --compare exited $code: $(cat "$TMP/err")"
has "$TMP/out" "## Changes since persona_regulated_enterprise.json"
has "$TMP/out" "Date: 2026-02-03"

# --- merge ----------------------------------------------------------------------
code=$(run merge "$REG" "$MAT" "$PAAS" --session-out "$TMP/merged.json" --date 2026-02-03)
[ "$code" = 0 ] || fail "merge exited $code: $(cat "$TMP/err")"
has "$TMP/out" "# Merged view of 3 respondents"
has "$TMP/out" "## Respondents"
has "$TMP/out" "| Dimension | Respondents | Mean | Min | Max | Std dev (levels) | Merged | Divergent |"
has "$TMP/out" "## Checklist: "
"$BIN" validate "$TMP/merged.json" >/dev/null 2>&1 || fail "merged session does not validate"
code=$(run merge "$REG" "$MAT" "$PAAS" --format json)
[ "$code" = 0 ] || fail "merge json exited $code"
$PY - "$TMP/out" <<'PY' || fail "merge json content"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["format"] == "caf-ai-merge"
assert len(d["respondents"]) == 3
assert len(d["dimensions"]) == 11 and all(len(x["scores"]) == 3 for x in d["dimensions"])
assert d["session"]["format"] == "caf-ai-session"
for q in d["questions"]:
    vals = [a for a in q["answers"] if isinstance(a, int)]
    if vals:
        assert q["min"] == min(vals) and q["max"] == max(vals)
        assert abs(q["mean"] - round(sum(vals) / len(vals), 2)) < 1e-9
PY
code=$(run merge "$REG")
[ "$code" = 2 ] || fail "merge with one file exited $code"
has "$TMP/err" "merge needs at least two session files"

# --- share / unshare ---------------------------------------------------------------
code=$(run share "$REG")
[ "$code" = 0 ] || fail "share exited $code: $(cat "$TMP/err")"
link=$(cat "$TMP/out")
case "$link" in v3.*) ;; *) fail "share printed '$link'";; esac
[ "${#link}" -lt 300 ] || fail "share link is ${#link} characters"
code=$(run unshare "https://example.test/app/#$link" --out "$TMP/shared.json")
[ "$code" = 0 ] || fail "unshare exited $code: $(cat "$TMP/err")"
$PY - "$REG" "$TMP/shared.json" <<'PY' || fail "share round trip"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for key in ("profile", "answers", "targets"):
    assert a[key] == b[key], key
assert b["notes"] == {} and "title" not in b.get("meta", {})
PY
"$BIN" share "$SRC/tests/exports/injection_session.json" --notes >"$TMP/notes_link"
"$BIN" unshare "$(cat "$TMP/notes_link")" >"$TMP/notes.json" 2>"$TMP/err" || fail "unshare with notes: $(cat "$TMP/err")"
$PY - "$SRC/tests/exports/injection_session.json" "$TMP/notes.json" <<'PY' || fail "share round trip with notes"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a["notes"] == b["notes"]
assert a["meta"]["title"] == b["meta"]["title"] and a["meta"]["respondent"] == b["meta"]["respondent"]
assert a["checklist"]["items"] == b["checklist"]["items"]
PY
# A changed character, a cut, another prefix: clear errors, exit 1, nothing printed.
pos=$(( ${#link} / 2 ))
ch=${link:$pos:1}
[ "$ch" = A ] && repl=B || repl=A
tampered="${link:0:$pos}$repl${link:$((pos + 1))}"
code=$(run unshare "$tampered")
[ "$code" = 1 ] || fail "tampered link exited $code"
has "$TMP/err" "share link: was changed or cut off: its checksum does not match"
[ -s "$TMP/out" ] && fail "tampered link printed a session"
code=$(run unshare "${link:0:40}")
[ "$code" = 1 ] || fail "cut link exited $code"
grep -qE "share link: (was changed or cut off|is cut off)" "$TMP/err" || fail "cut link message: $(cat "$TMP/err")"
code=$(run unshare "v9.AAAA")
[ "$code" = 1 ] || fail "v9 link exited $code"
has "$TMP/err" "was made by a newer version of this app (link format v9)"
code=$(run unshare "hello")
[ "$code" = 1 ] || fail "non-link exited $code"
has "$TMP/err" "is not a share link of this app"
code=$(run unshare "v1.abc%20def")
[ "$code" = 1 ] || fail "bad character exited $code"
has "$TMP/err" "contains '%' at position 7, which a share link never has"

# --- report options ------------------------------------------------------------------
code=$(run report "$REG" --format csv --work-item-type "Product Backlog Item" --no-bom)
[ "$code" = 0 ] || fail "csv exited $code"
head -c 3 "$TMP/out" | od -An -tx1 | grep -q "ef bb bf" && fail "--no-bom wrote a BOM"
sed -n 2p "$TMP/out" | grep -q "^Product Backlog Item," || fail "--work-item-type not used"
code=$(run report "$REG" --format csv)
head -c 3 "$TMP/out" | od -An -tx1 | grep -q "ef bb bf" || fail "csv has no BOM by default"
code=$(run report "$REG" --format session)
[ "$code" = 0 ] || fail "--format session exited $code"
has "$TMP/out" '"format": "caf-ai-session"'
code=$(run report "$REG" --date 23/11/2026)
[ "$code" = 2 ] || fail "bad --date exited $code"
has "$TMP/err" "--date must look like 2026-11-23, not '23/11/2026'"
code=$(run diff "$REG" "$MAT" --notes)
[ "$code" = 2 ] || fail "diff --notes exited $code"
has "$TMP/err" "diff takes no --notes"
SOURCE_DATE_EPOCH=0 "$BIN" report "$REG" --format html >"$TMP/epoch.html"
grep -qF "<dt>Date</dt><dd>1970-01-01</dd>" "$TMP/epoch.html" || fail "SOURCE_DATE_EPOCH not used"

[ "$failures" = 0 ] && echo "cli_diff_merge_share: all passed"
exit "$failures"
