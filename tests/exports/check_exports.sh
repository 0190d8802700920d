#!/usr/bin/env bash
# Every export, checked by the real tools that read it (not by our own code):
#   Markdown  cmark (CommonMark) and, when installed, cmark-gfm with the GitHub
#             extensions (tables, task lists): structure, task items, table cells
#   HTML      tidy -q -e: no errors and no warnings; then Python's html.parser
#             for structure (no script, no external resource, every chart an
#             <svg role=img> with a caption and a table next to it, A4 print CSS)
#   CSV       Python's csv module (RFC 4180): headers, row counts, equal
#             columns, CRLF records, no cell a spreadsheet would run as a formula
#   report    the JSON report against data/schema/report.schema.json, its counts add up
#   ICS       python3-icalendar (Debian) parses the plan's calendar; CRLF, 75-octet
#             lines, all-day events on each wave's first day, UIDs
#   Azure     one CSV per Boards process: the type and only the date fields it has
#   JSON      the session against data/schema/session.schema.json with
#             python3-jsonschema (Debian's /usr/bin/python3), then re-imported
#             by caf-assess (round trip is byte-identical)
# for every persona session, the injection fixture (notes holding HTML,
# Markdown and formula payloads), a comparison and a merge.
# $1 = path to caf-assess, $2 = source dir
set -u
BIN=$1
SRC=$2
PY=/usr/bin/python3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

for tool in cmark tidy "$PY"; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/setup.sh installs it)"; exit 1; }
done
"$PY" -c "import jsonschema" 2>/dev/null || { echo "FAIL: python3-jsonschema is missing"; exit 1; }
"$PY" -c "import icalendar" 2>/dev/null || { echo "FAIL: python3-icalendar is missing (scripts/setup.sh installs it)"; exit 1; }
GFM=$(command -v cmark-gfm || true)
[ -n "$GFM" ] || echo "note: cmark-gfm is not installed; GitHub-flavoured checks (tables, task lists) skipped"

DATE=2026-01-02
sessions=("$SRC"/tests/fixtures/sessions/*.json "$SRC/tests/exports/injection_session.json")
checked=0

# export <session> <name> [extra args]: every format into $TMP/<name>.<ext>
export_all() {
  local session=$1 name=$2; shift 2
  for f in md html csv csv-issues json session ics; do
    "$BIN" report "$session" --format "$f" --out "$TMP/$name.$f" --date "$DATE" --notes "$@" 2>"$TMP/err" ||
      fail "report $name --format $f exited $?: $(cat "$TMP/err")"
  done
}

check_md() {  # check_md <file.md> <report.json or ''> <label>
  local md=$1 json=$2 label=$3
  cmark --unsafe "$md" >"$TMP/md.html" || { fail "$label: cmark failed"; return; }
  if [ -n "$GFM" ]; then
    "$GFM" --unsafe -e table -e tasklist -e autolink -e strikethrough "$md" >"$TMP/md.gfm.html" ||
      { fail "$label: cmark-gfm failed"; return; }
  else
    : >"$TMP/md.gfm.html"
  fi
  "$PY" "$SRC/tests/exports/checks.py" markdown "$md" "$TMP/md.html" "$TMP/md.gfm.html" "$json" || fail "$label: Markdown"
}

check_html() {  # check_html <file.html> <label> [more checks.py args]
  local html=$1 label=$2; shift 2
  tidy -q -e "$html" 2>"$TMP/tidy"
  local code=$?
  [ "$code" = 0 ] || fail "$label: tidy exited $code: $(head -c 600 "$TMP/tidy")"
  "$PY" "$SRC/tests/exports/checks.py" html "$html" "$DATE" "$@" || fail "$label: HTML"
}

for s in "${sessions[@]}"; do
  name=$(basename "$s" .json)
  export_all "$s" "$name"
  check_md "$TMP/$name.md" "$TMP/$name.json" "$name.md"
  check_html "$TMP/$name.html" "$name.html"
  "$PY" "$SRC/tests/exports/checks.py" csv "$TMP/$name.csv" "$TMP/$name.csv-issues" "$TMP/$name.json" ||
    fail "$name: CSV"
  "$PY" "$SRC/tests/exports/checks.py" session "$TMP/$name.session" "$SRC/data/schema/session.schema.json" ||
    fail "$name: session JSON schema"
  "$PY" "$SRC/tests/exports/checks.py" report "$TMP/$name.json" "$SRC/data/schema/report.schema.json" ||
    fail "$name: JSON report schema"
  "$PY" "$SRC/tests/exports/checks.py" ics "$TMP/$name.ics" "$TMP/$name.json" || fail "$name: ICS"
  # Re-import: the exported session is accepted, and exporting it again gives the same bytes.
  "$BIN" validate --kind session "$TMP/$name.session" >/dev/null 2>"$TMP/err" ||
    fail "$name: exported session does not re-import: $(cat "$TMP/err")"
  "$BIN" report "$TMP/$name.session" --format session --out "$TMP/$name.again" 2>/dev/null
  cmp -s "$TMP/$name.session" "$TMP/$name.again" || fail "$name: session export is not stable on re-import"
  checked=$((checked + 1))
done

# Azure Boards: each process's work item type, and date columns only where the type has them.
for process in basic agile scrum cmmi; do
  "$BIN" report "$SRC/tests/fixtures/sessions/persona_regulated_enterprise.json" --format csv --process "$process" \
    --date "$DATE" --start 2027-01-04 --out "$TMP/azure-$process.csv" 2>"$TMP/err" || fail "csv --process $process: $(cat "$TMP/err")"
  "$PY" "$SRC/tests/exports/checks.py" azure-process "$TMP/azure-$process.csv" "$process" || fail "Azure $process"
done

# Injection: no payload survives unescaped in any export.
"$PY" "$SRC/tests/exports/checks.py" injection "$TMP/injection_session" || fail "injection payloads"

# Without --notes no note text appears anywhere (the title and respondent do, by design).
"$BIN" report "$SRC/tests/exports/injection_session.json" --format html --date "$DATE" >"$TMP/nonotes.html"
"$BIN" report "$SRC/tests/exports/injection_session.json" --format md --date "$DATE" >"$TMP/nonotes.md"
"$BIN" report "$SRC/tests/exports/injection_session.json" --format csv-issues --date "$DATE" >"$TMP/nonotes.csv"
for f in "$TMP/nonotes.html" "$TMP/nonotes.md" "$TMP/nonotes.csv"; do
  grep -qE "&lt;script|<script|onerror|onmouseover|SUM\(|C calc|@cmd" "$f" && fail "$(basename "$f"): notes appear without --notes"
done

# A comparison inside the report (md and html) and on its own.
FIX=$SRC/tests/fixtures/sessions
"$BIN" report "$FIX/persona_mature_enterprise.json" --compare "$FIX/persona_regulated_enterprise.json" \
  --format html --date "$DATE" --out "$TMP/compare.html" || fail "report --compare html"
check_html "$TMP/compare.html" "compare.html" --expect-section changes-h
"$BIN" report "$FIX/persona_mature_enterprise.json" --compare "$FIX/persona_regulated_enterprise.json" \
  --format md --date "$DATE" --out "$TMP/compare.md" || fail "report --compare md"
check_md "$TMP/compare.md" "" "compare.md"
grep -q "^## Changes since " "$TMP/compare.md" || fail "compare.md has no Changes section"
"$BIN" diff "$FIX/persona_regulated_enterprise.json" "$FIX/persona_mature_enterprise.json" >"$TMP/diff.md" ||
  fail "diff md"
check_md "$TMP/diff.md" "" "diff.md"

# A merge of three respondents (md and html).
"$BIN" merge "$FIX/persona_regulated_enterprise.json" "$FIX/persona_mature_enterprise.json" \
  "$FIX/example_startup_paas.json" --format html --date "$DATE" --out "$TMP/merge.html" || fail "merge html"
check_html "$TMP/merge.html" "merge.html" --expect-section merge-h
"$BIN" merge "$FIX/persona_regulated_enterprise.json" "$FIX/persona_mature_enterprise.json" \
  "$FIX/example_startup_paas.json" --format md --date "$DATE" --out "$TMP/merge.md" --session-out "$TMP/merged.json" ||
  fail "merge md"
check_md "$TMP/merge.md" "" "merge.md"
"$PY" "$SRC/tests/exports/checks.py" session "$TMP/merged.json" "$SRC/data/schema/session.schema.json" ||
  fail "merged session JSON schema"

[ "$checked" -ge 6 ] || fail "only $checked sessions were checked"
[ "$failures" = 0 ] && echo "check_exports: all passed ($checked sessions x 7 formats, 4 Azure processes, compare, merge)"
exit "$failures"
