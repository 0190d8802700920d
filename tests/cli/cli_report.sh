#!/usr/bin/env bash
# caf-assess report: Markdown and JSON reports, --out, and error exit codes.
# $1 = path to caf-assess, $2 = source dir
set -u
BIN=$1
SRC=$2
FIX=$SRC/tests/fixtures
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

run() { "$BIN" "$@" >"$TMP/out" 2>"$TMP/err"; echo $?; }
has() { grep -qF -- "$2" "$1" || fail "$1 lacks '$2'"; }

# Markdown (the default) for a regulated enterprise.
code=$(run report "$FIX/sessions/persona_regulated_enterprise.json")
[ "$code" = 0 ] || fail "md report exited $code: $(cat "$TMP/err")"
[ -s "$TMP/err" ] && fail "md report wrote to stderr: $(cat "$TMP/err")"
has "$TMP/out" "# Persona: regulated enterprise"
has "$TMP/out" "**Level 2 — Customize (our label)**"
has "$TMP/out" "**Basis:** skills level 2, data level 3 → level 2"
has "$TMP/out" "### Technology fit"
has "$TMP/out" "## Checklist: Enterprise AI adoption checklist"
has "$TMP/out" "Regulation: “Regulated industry”"
has "$TMP/out" "[Discover AI security risks](https://learn.microsoft.com/azure/cloud-adoption-framework/ai/secure#discover-ai-security-risks)"
has "$TMP/out" "— To do · **Now**"

# JSON, checked with python's parser.
code=$(run report "$FIX/sessions/persona_copilot_startup.json" --format json)
[ "$code" = 0 ] || fail "json report exited $code: $(cat "$TMP/err")"
python3 - "$TMP/out" <<'PY' || fail "json report content"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["format"] == "caf-ai-report", r["format"]
assert r["recommendation"]["chosen"] == "startup"
assert r["roadmap"]["counts"]["total"] == 14
assert r["roadmap"]["counts"]["not_applicable"] == 5   # Copilots: no Ready, Adopt or model items
assert [p["id"] for p in r["roadmap"]["phases"]] == ["strategy", "plan", "ready", "adopt", "secure", "govern", "manage"]
assert r["overall"]["caf_level"]["level"] == 1
assert r["overall"]["caf_level"]["basis"] == "skills level 1, data level 2 → level 1"  # data answer 1 supports level 2
assert r["technology_fit"]["declared"] == "copilots"
assert r["technology_fit"]["warning"] is None
PY

# Notes go into the JSON report only with --notes, as into every other report.
"$BIN" report "$FIX/sessions/example_startup_paas.json" --format json >"$TMP/plain.json"
"$BIN" report "$FIX/sessions/example_startup_paas.json" --format json --notes >"$TMP/noted.json"
python3 - "$TMP/plain.json" "$TMP/noted.json" <<'PY' || fail "json report notes"
import json, sys
def notes(path):
    r = json.load(open(path))
    qs = [q["note"] for p in r["phases"] for d in p["dimensions"] for q in d["questions"] if q["note"] is not None]
    items = [i["note"] for p in r["roadmap"]["phases"] for i in p["items"] if i["note"]]
    return qs, items
assert notes(sys.argv[1]) == ([], []), notes(sys.argv[1])
qs, items = notes(sys.argv[2])
assert qs and items, (qs, items)
PY

# Notes go into the JSON report only with --notes, as into every other report.
"$BIN" report "$FIX/sessions/example_startup_paas.json" --format json >"$TMP/plain.json"
"$BIN" report "$FIX/sessions/example_startup_paas.json" --format json --notes >"$TMP/noted.json"
python3 - "$TMP/plain.json" "$TMP/noted.json" <<'PY' || fail "json report notes"
import json, sys
def notes(path):
    r = json.load(open(path))
    qs = [q["note"] for p in r["phases"] for d in p["dimensions"] for q in d["questions"] if q["note"] is not None]
    items = [i["note"] for p in r["roadmap"]["phases"] for i in p["items"] if i["note"]]
    return qs, items
assert notes(sys.argv[1]) == ([], []), notes(sys.argv[1])
qs, items = notes(sys.argv[2])
assert qs and items, (qs, items)
PY

# --format=json spelling and --out.
code=$(run report "$FIX/sessions/persona_mature_enterprise.json" --format=json --out "$TMP/report.json")
[ "$code" = 0 ] || fail "--out exited $code: $(cat "$TMP/err")"
[ -s "$TMP/out" ] && fail "--out also printed to stdout"
python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$TMP/report.json" || fail "--out file is not JSON"

# The same report twice is byte-identical (deterministic).
"$BIN" report "$FIX/sessions/persona_startup_paas_no_rai.json" >"$TMP/a.md"
LC_ALL=C.UTF-8 "$BIN" report "$FIX/sessions/persona_startup_paas_no_rai.json" >"$TMP/b.md"
cmp -s "$TMP/a.md" "$TMP/b.md" || fail "two runs differ"

# I/O errors: exit 3.
code=$(run report "$TMP/missing.json")
[ "$code" = 3 ] || fail "missing session exited $code, expected 3"
has "$TMP/err" "missing.json: cannot read the file"
code=$(run report "$FIX/sessions/persona_mature_enterprise.json" --out "$TMP/no/such/dir/r.md")
[ "$code" = 3 ] || fail "unwritable --out exited $code, expected 3"
has "$TMP/err" "cannot write the file"
code=$(run report "$FIX/sessions/persona_mature_enterprise.json" --model "$TMP/nope.json")
[ "$code" = 3 ] || fail "missing --model exited $code, expected 3"

# Invalid session: exit 1, "file:pointer: message" on stderr, nothing on stdout.
code=$(run report "$FIX/bad/session_out_of_range.json" --model "$FIX/mini/model.json" --checklist "$FIX/mini/checklist.json")
[ "$code" = 1 ] || fail "invalid session exited $code, expected 1"
has "$TMP/err" "session_out_of_range.json:/answers/alpha_one: must be 0 to 4 or \"unknown\", not 5"
[ -s "$TMP/out" ] && fail "invalid session printed a report"

# A session for another model than the built-in one.
code=$(run report "$FIX/bad/session_wrong_format.json")
[ "$code" = 1 ] || fail "wrong-model session exited $code, expected 1"
has "$TMP/err" "/model/id: is \"mini-model\" but this app's model is \"caf-ai-maturity\""

# Other model and checklist files.
cat >"$TMP/mini_session.json" <<'JSON'
{"format": "caf-ai-session", "format_version": 1, "model": {"id": "mini-model", "version": "1.0.0"},
 "profile": {"org_type": "startup"}, "answers": {"alpha_one": 2, "alpha_two": 3}}
JSON
code=$(run report "$TMP/mini_session.json" --model "$FIX/mini/model.json" --checklist "$FIX/mini/checklist.json")
[ "$code" = 0 ] || fail "report with --model/--checklist exited $code: $(cat "$TMP/err")"
has "$TMP/out" "## Checklist: Startup checklist"
has "$TMP/out" "**Not enough answers:**"

# A broken model given with --model: exit 1.
code=$(run report "$TMP/mini_session.json" --model "$FIX/bad/model_four_levels.json")
[ "$code" = 1 ] || fail "broken --model exited $code, expected 1"
has "$TMP/err" "model_four_levels.json:/levels: must have exactly 5 entries, not 4"

[ "$failures" = 0 ] && echo "cli_report: all passed"
exit "$failures"
