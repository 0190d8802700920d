#!/usr/bin/env bash
# caf-assess report and the dated plan: --start, --capacity, --process, --format ics.
# $1 = path to caf-assess, $2 = source dir
set -u
BIN=$1
SRC=$2
FIX=$SRC/tests/fixtures/sessions
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
run() { "$BIN" "$@" >"$TMP/out" 2>"$TMP/err"; echo $?; }
REG=$FIX/persona_regulated_enterprise.json

# The JSON report carries the plan from --start with --capacity.
code=$(run report "$REG" --format json --start 2027-01-04 --capacity 3 --date 2026-12-01)
[ "$code" = 0 ] || fail "json exited $code: $(cat "$TMP/err")"
python3 - "$TMP/out" <<'PY' || fail "plan in the JSON report"
import json, sys
r = json.load(open(sys.argv[1]))
p = r["plan"]
assert p["start"] == "2027-01-04" and p["capacity"] == 3, p
items = {i["id"]: i for ph in r["roadmap"]["phases"] for i in ph["items"]}
planned = [i for i in items.values() if i["start"]]
assert planned, "nothing planned"
assert all(i["status"] in ("to_do", "in_progress", "unverified") for i in planned)
assert all(i["start"] is None for i in items.values() if i["status"] in ("done", "not_applicable"))
assert min(i["start"] for i in planned) == "2027-01-04"
assert all(i["effort"] in ("S", "M", "L") and i["owner"] and i["raci"]["accountable"] for i in items.values())
for i in planned:  # prerequisites that are planned are due before the item starts
    if i["status"] == "unverified":
        continue      # an item to check waits for nothing (plan.h)
    for d in i["depends_on"]:
        if items.get(d, {}).get("start") and items[d]["status"] != "unverified":  # a check blocks nothing
            assert items[d]["due"] < i["start"], (d, i["id"])
# At most three at once, on every day of the plan.
import datetime
day = datetime.date.fromisoformat(p["start"])
end = datetime.date.fromisoformat(p["end"])
while day <= end:
    s = day.isoformat()
    assert sum(1 for i in planned if i["start"] <= s <= i["due"]) <= 3, s
    day += datetime.timedelta(days=1)
assert [w["name"] for w in p["waves"]] == ["First 30 days", "Days 31\u201390", "Days 91\u2013180", "Later"]
assert r["use_cases"] == []
PY

# Without --start the plan starts on the report's date.
code=$(run report "$REG" --format json --date 2026-12-01)
python3 -c "import json,sys; assert json.load(open(sys.argv[1]))['plan']['start'] == '2026-12-01'" "$TMP/out" ||
  fail "the plan does not start on --date"

# Markdown: the executive summary comes first, then the first 90 days and the timeline.
code=$(run report "$REG" --start 2027-01-04)
[ "$code" = 0 ] || fail "md exited $code"
first=$(grep -m1 "^## " "$TMP/out")
[ "$first" = "## Executive summary" ] || fail "first section is '$first'"
grep -q "^## First 90 days" "$TMP/out" || fail "no First 90 days"
grep -q "^## Timeline" "$TMP/out" || fail "no Timeline"
grep -q "^\*\*The three biggest gaps\*\*" "$TMP/out" || fail "no gaps"

# iCalendar.
code=$(run report "$REG" --format ics --start 2027-01-04 --date 2026-12-01)
[ "$code" = 0 ] || fail "ics exited $code: $(cat "$TMP/err")"
python3 -c "import sys; assert open(sys.argv[1], 'rb').read().startswith(b'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')" "$TMP/out" ||
  fail "ics does not start with CRLF lines"
grep -q "DTSTART;VALUE=DATE:20270104" "$TMP/out" || fail "ics: no milestone on the start day"
grep -q "^DTSTAMP:20261201T000000Z" "$TMP/out" || fail "ics: DTSTAMP is not the report's date"
"$BIN" report "$REG" --format ics --out "$TMP/plan.ics" --start 2027-01-04 >/dev/null 2>&1
[ -s "$TMP/plan.ics" ] || fail "--out for ics"

# Azure Boards: the process picks the type and its date fields.
code=$(run report "$REG" --format csv --process scrum --no-bom --start 2027-01-04)
head -1 "$TMP/out" | tr -d '\r' | grep -qx "Work Item Type,Title,Description,Priority,Tags" || fail "scrum header: $(head -1 "$TMP/out")"
sed -n 2p "$TMP/out" | grep -q "^Product Backlog Item," || fail "scrum type"
code=$(run report "$REG" --format csv --process cmmi --no-bom --start 2027-01-04)
head -1 "$TMP/out" | tr -d '\r' | grep -qx "Work Item Type,Title,Description,Priority,Tags,Start Date,Finish Date" ||
  fail "cmmi header: $(head -1 "$TMP/out")"
sed -n 2p "$TMP/out" | grep -q "^Requirement," || fail "cmmi type"

# A session's own plan settings and owners are used, and --start overrides them.
python3 - "$REG" "$TMP/own.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
s["plan"] = {"start": "2027-03-01", "capacity": 1}
s.setdefault("checklist", {"choice": "auto"}).setdefault("items", {})["enterprise_discover_ai_security_risks"] = {"done": False, "owner": "Ana (CISO)"}
s["use_cases"] = [{"id": "hr", "name": "HR questions", "value": 4, "sensitivity": "internal", "beneficiary": "employees",
                   "goal": "business_automation", "need": "low_code_agent"}]
json.dump(s, open(sys.argv[2], "w"))
PY
code=$(run report "$TMP/own.json" --format json)
[ "$code" = 0 ] || fail "own plan exited $code: $(cat "$TMP/err")"
python3 - "$TMP/out" <<'PY' || fail "the session's plan"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["plan"]["start"] == "2027-03-01" and r["plan"]["capacity"] == 1
items = {i["id"]: i for ph in r["roadmap"]["phases"] for i in ph["items"]}
assert items["enterprise_discover_ai_security_risks"]["owner"] == "Ana (CISO)"
assert items["enterprise_discover_ai_security_risks"]["owner_role"] is None
assert r["use_cases"][0]["approach"] == "low_code" and r["use_cases"][0]["poc"] is True
assert r["plan"]["poc_use_case"] == "HR questions"
assert "HR questions" in items["enterprise_create_an_ai_proof_of_concept"]["schedule_reason"]
PY
code=$(run report "$TMP/own.json" --format json --start 2027-05-03)
python3 -c "import json,sys; assert json.load(open(sys.argv[1]))['plan']['start'] == '2027-05-03'" "$TMP/out" ||
  fail "--start does not override the session's start"

[ "$failures" = 0 ] && echo "cli_plan: all passed"
exit "$failures"
