#!/usr/bin/python3
"""Checks on what real tools made of our exports (called by check_exports.sh).

  checks.py markdown FILE.md CMARK.html GFM.html REPORT.json|''
  checks.py html FILE.html DATE [--expect-section ID]
  checks.py csv AZURE.csv ISSUES.csv REPORT.json
  checks.py session SESSION.json SCHEMA.json
  checks.py injection PREFIX        (PREFIX.md, .html, .csv, .csv-issues, .session)

The Markdown is parsed by cmark / cmark-gfm and the CSV by Python's csv
module; this script only inspects their results (and the HTML with Python's
standard html.parser after tidy accepted it). Exit 1 with a message on failure.
"""
import csv
import html.parser
import io
import json
import re
import subprocess
import sys

problems = []


ISO_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def check(cond, message):
    if not cond:
        problems.append(message)


class Tree(html.parser.HTMLParser):
    """Start tags with attributes and ancestors, plus the text."""

    VOID = {"meta", "link", "br", "hr", "img", "input", "col", "area", "base", "wbr", "source", "track", "embed",
            "line", "circle", "rect", "polygon", "polyline", "path"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, attrs dict, ancestors list of (tag, attrs))
        self.stack = []
        self.text = []
        self.ids = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a, list(self.stack)))
        if "id" in a:
            self.ids[a["id"]] = tag
        if tag not in self.VOID:
            self.stack.append((tag, a))

    def handle_startendtag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a, list(self.stack)))
        if "id" in a:
            self.ids[a["id"]] = tag

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        self.text.append(data)


def parse(text):
    t = Tree()
    t.feed(text)
    t.close()
    return t


# [SECTION] Markdown


def markdown(md_path, cmark_path, gfm_path, report_path):
    md = open(md_path, encoding="utf-8").read()
    cm = parse(open(cmark_path, encoding="utf-8").read())
    tags = {e[0] for e in cm.elements}
    allowed = {"h1", "h2", "h3", "p", "ul", "ol", "li", "strong", "a"}
    check(tags <= allowed, f"cmark output has unexpected elements {sorted(tags - allowed)} (raw HTML or markup leaked)")
    for tag, a, _ in cm.elements:
        if tag == "a":
            check(a.get("href", "").startswith("https://"), f"link to {a.get('href')!r}")
    check(md.startswith("# "), "no title")
    check(sum(1 for e in cm.elements if e[0] == "h1") == 1, "not exactly one h1")
    if report_path:
        r = json.load(open(report_path, encoding="utf-8"))
        counts = r["roadmap"]["counts"]
        open_boxes = sum(1 for line in md.splitlines() if line.startswith("- [ ] "))
        done_boxes = sum(1 for line in md.splitlines() if line.startswith("- [x] "))
        # What cmark made of them: list items whose text starts with the box.
        rendered = open(cmark_path, encoding="utf-8").read()
        check(rendered.count("<li>[ ] ") == open_boxes and rendered.count("<li>[x] ") == done_boxes,
              "cmark did not keep every task item")
        check(open_boxes + done_boxes == counts["total"], f"{open_boxes + done_boxes} task items, expected {counts['total']}")
        check(done_boxes == counts["done"], f"{done_boxes} done items, expected {counts['done']}")
        phases_with_items = [p["name"] for p in r["roadmap"]["phases"] if p["items"]]
        for name in phases_with_items:
            check(f'">{name}</a></h3>' in rendered, f"no h3 heading for phase {name}")
    gfm_text = open(gfm_path, encoding="utf-8").read() if gfm_path else ""
    if gfm_text:
        g = parse(gfm_text)
        gtags = {e[0] for e in g.elements}
        allowed_gfm = allowed | {"table", "thead", "tbody", "tr", "th", "td", "input"}
        check(gtags <= allowed_gfm, f"cmark-gfm output has unexpected elements {sorted(gtags - allowed_gfm)}")
        check(gfm_text.count("<table>") >= 2, "cmark-gfm found fewer than 2 tables")
        if report_path:
            r = json.load(open(report_path, encoding="utf-8"))
            boxes = [e for e in g.elements if e[0] == "input"]
            check(len(boxes) == r["roadmap"]["counts"]["total"],
                  f"cmark-gfm found {len(boxes)} task list checkboxes, expected {r['roadmap']['counts']['total']}")
            check(sum(1 for e in boxes if "checked" in e[1]) == r["roadmap"]["counts"]["done"],
                  "checked boxes differ from done items")
            check(all(e[1].get("type") == "checkbox" and "disabled" in e[1] for e in boxes), "odd task list inputs")
            # Score table: one row per dimension plus one per phase, every row 7 cells.
            dims = sum(len(p["dimensions"]) for p in r["phases"])
            rows = gfm_text.split("<h2>Scores</h2>", 1)[1].split("</table>", 1)[0]
            check(rows.count("<tr>") == 1 + dims + len(r["phases"]), "score table rows")


# [SECTION] HTML


def html_checks(path, date, args):
    text = open(path, encoding="utf-8").read()
    t = parse(text)
    check(text.startswith("<!DOCTYPE html>"), "no doctype")
    html_el = [e for e in t.elements if e[0] == "html"]
    check(html_el and html_el[0][1].get("lang") == "en", "no <html lang=en>")
    check(any(e[0] == "meta" and e[1].get("charset", "").lower() == "utf-8" for e in t.elements), "no meta charset")
    forbidden = {"script", "iframe", "object", "embed", "link", "img", "base", "form", "input", "textarea", "frame",
                 "applet", "audio", "video", "source"}
    for tag, a, _ in t.elements:
        check(tag not in forbidden, f"forbidden element <{tag}>")
        for k, v in a.items():
            check(not k.startswith("on"), f"event handler attribute {k} on <{tag}>")
            check(k != "src", f"external resource src={v!r}")
            if k == "href":
                check(v.startswith("https://") or v.startswith("#"), f"href {v!r}")
                check(a.get("rel") == "noopener" or v.startswith("#"), f"link without rel=noopener: {v}")
    check(text.count("<style>") == 1, "not exactly one <style>")
    style = text.split("<style>", 1)[1].split("</style>", 1)[0] if "<style>" in text else ""
    check("@media print" in style and "@page" in style and "size: A4" in style, "no A4 print stylesheet")
    check("url(" not in style and "@import" not in style, "CSS loads something")
    body_text = "".join(t.text)
    check(date in body_text, "the date is missing")
    check("caf-ai-maturity" in body_text and "version 2.0.0" in body_text, "model id and version missing")
    check("Profile" in body_text, "profile missing")
    # Charts: <svg role=img aria-labelledby=caption> inside a figure, with a table in the same .pair.
    svgs = [e for e in t.elements if e[0] == "svg"]
    check(len(svgs) >= 2, f"{len(svgs)} charts, expected radar and bars")
    for i, (tag, a, anc) in enumerate(t.elements):
        if tag != "svg":
            continue
        check(a.get("role") == "img", "svg without role=img")
        label = a.get("aria-labelledby", "")
        check(t.ids.get(label) == "figcaption", f"svg aria-labelledby={label!r} is not a figcaption id")
        check(any(x[0] == "figure" for x in anc), "svg outside a figure")
        pair = [x for x in anc if x[0] == "div" and "pair" in x[1].get("class", "").split()]
        check(pair, "svg not in a chart/table pair")
        if pair:
            # a table among the following elements that share this pair ancestor
            found = False
            for tag2, a2, anc2 in t.elements[i + 1:]:
                if tag2 == "table" and any(x[1] is pair[-1][1] for x in anc2):
                    found = True
                    break
            check(found, "chart without a data table next to it")
    check(sum(1 for e in t.elements if e[0] == "caption") >= 3, "tables without captions")
    check(all(e[1].get("scope") in ("col", "row") for e in t.elements if e[0] == "th"), "th without scope")
    i = 0
    while i < len(args):
        if args[i] == "--expect-section":
            check(args[i + 1] in t.ids, f"no section #{args[i + 1]}")
            i += 2
        else:
            i += 1


# [SECTION] CSV

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def read_csv(path):
    raw = open(path, "rb").read()
    check(raw.startswith(b"\xef\xbb\xbf"), f"{path}: no UTF-8 byte order mark")
    check(raw.endswith(b"\r\n"), f"{path}: last record does not end with CRLF")
    text = raw.decode("utf-8-sig")
    check(text.split("\n", 1)[0].endswith("\r"), f"{path}: header does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    for n, row in enumerate(rows):
        for cell in row:
            check(not cell.startswith(DANGEROUS), f"{path} row {n}: cell starts with a formula character: {cell[:30]!r}")
    return rows


def csv_checks(azure_path, issues_path, report_path):
    r = json.load(open(report_path, encoding="utf-8"))
    c = r["roadmap"]["counts"]
    rows = read_csv(azure_path)
    # Agile (the default): User Story has Start Date and Finish Date (Azure's date-field reference).
    header = ["Work Item Type", "Title", "Description", "Priority", "Tags", "Start Date", "Finish Date"]
    check(rows[0] == header, f"Azure header {rows[0]}")
    body = rows[1:]
    check(len(body) == c["in_progress"] + c["to_do"] + c["unverified"],
          f"Azure: {len(body)} rows, expected the open items and the items to check")
    check(all(len(x) == len(header) for x in body), "Azure: rows differ in columns")
    check(all(x[0] == "User Story" for x in body), "Azure: work item type")
    prios = [int(x[3]) for x in body if x[3].isdigit()]
    check(len(prios) == len(body) and all(p in (1, 2, 3, 4) for p in prios), "Azure: priority not 1..4")
    check(sum(1 for p in prios if p == 4) == c["unverified"], "Azure: priority 4 is for the items to check only")
    check(prios == sorted(prios), "Azure: not ordered Now, Next, Later, to check")
    check(sum(1 for p in prios if p == 1) == c["now"], "Azure: Now count")
    check(all(x[1] and "CAF AI" in x[4] and "Phase: " in x[4] for x in body), "Azure: title/tags")
    check(all("\n" not in x[2] and "\r" not in x[2] for x in body), "Azure: line break in Description")
    check(all('<a href="https://learn.microsoft.com/' in x[2] for x in body), "Azure: no CAF link in Description")
    planned = r["plan"] is not None
    if planned:
        check(all(ISO_DAY.match(x[5]) and ISO_DAY.match(x[6]) and x[5] <= x[6] for x in body), "Azure: start/finish dates")
        check(all("Owner: " in x[4] and "Wave: " in x[4] for x in body), "Azure: owner and wave tags")

    rows = read_csv(issues_path)
    header = ["Summary", "Description", "Priority", "Labels", "Status", "Phase", "Link", "Item ID", "Note",
              "Start date", "Due date", "Owner"]
    check(rows[0] == header, f"issues header {rows[0]}")
    body = rows[1:]
    check(len(body) == c["total"] - c["not_applicable"], f"issues: {len(body)} rows, expected applicable items")
    check(all(len(x) == len(header) for x in body), "issues: rows differ in columns")
    check(all(x[2] in ("High", "Medium", "Low", "Lowest") for x in body), "issues: priority names")
    check(all(x[4] in ("To Do", "In Progress", "Done") for x in body), "issues: status names")
    check(sum(1 for x in body if x[4] == "Done") == c["done"], "issues: done count")
    check(all(x[6].startswith("https://") for x in body), "issues: link")
    check(all(all(ch.islower() or ch.isdigit() or ch in "- " for ch in x[3]) for x in body), "issues: labels")
    ids = {i["id"] for p in r["roadmap"]["phases"] for i in p["items"]}
    check(all(x[7] in ids for x in body), "issues: unknown item id")
    if planned:
        check(all((x[4] == "Done") == (x[9] == "") for x in body), "issues: dates exactly on the open items")
        check(all(x[9] == "" or (ISO_DAY.match(x[9]) and ISO_DAY.match(x[10])) for x in body), "issues: date format")


def azure_process_checks(path, process):
    """The CSV for one Azure Boards process: its work item type, and date columns only where the type has them."""
    types = {"basic": "Issue", "agile": "User Story", "scrum": "Product Backlog Item", "cmmi": "Requirement"}
    rows = read_csv(path)
    dated = process in ("agile", "cmmi")
    header = ["Work Item Type", "Title", "Description", "Priority", "Tags"] + (["Start Date", "Finish Date"] if dated else [])
    check(rows[0] == header, f"Azure {process} header {rows[0]}")
    check(all(x[0] == types[process] for x in rows[1:]), f"Azure {process}: work item type")
    if not dated:
        check(all("<b>Start:</b> " in x[2] and "<b>Due:</b> " in x[2] for x in rows[1:]),
              f"Azure {process}: the dates belong in the description")


# [SECTION] iCalendar


def ics_checks(path, report_path):
    """The plan's calendar read by python3-icalendar (Debian), plus RFC 5545's line rules
    that a lenient parser would not enforce."""
    import icalendar
    raw = open(path, "rb").read()
    check(raw.endswith(b"\r\n"), "ics: does not end with CRLF")
    lines = raw.split(b"\r\n")[:-1]
    check(all(b"\n" not in l and b"\r" not in l for l in lines), "ics: a bare LF or CR")
    check(all(len(l) <= 75 for l in lines), "ics: a line longer than 75 octets")
    cal = icalendar.Calendar.from_ical(raw)
    check(str(cal.get("VERSION")) == "2.0" and cal.get("PRODID"), "ics: VERSION/PRODID")
    events = list(cal.walk("VEVENT"))
    r = json.load(open(report_path, encoding="utf-8"))
    waves = [w for w in (r["plan"] or {}).get("waves", []) if w["items"]]
    check(len(events) == len(waves), f"ics: {len(events)} events for {len(waves)} waves with items")
    uids = set()
    for ev, wave in zip(events, waves):
        for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            check(ev.get(prop) is not None, f"ics: event without {prop}")
        start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
        check(type(start).__name__ == "date" and type(end).__name__ == "date", "ics: not all-day (VALUE=DATE)")
        check(start.isoformat() == wave["from"], f"ics: {start} is not the wave's first day {wave['from']}")
        check((end - start).days == 1, "ics: a milestone lasts one day (DTEND exclusive)")
        check(ev.get("DTSTAMP").dt.tzinfo is not None, "ics: DTSTAMP is not UTC")
        desc = str(ev.get("DESCRIPTION"))
        titles = {i["id"]: i["title"] for p in r["roadmap"]["phases"] for i in p["items"]}
        check(all(titles[i] in desc for i in wave["items"]), "ics: an item of the wave is missing")
        uids.add(str(ev.get("UID")))
    check(len(uids) == len(events), "ics: UIDs repeat")


# [SECTION] JSON report


def report_checks(path, schema_path):
    """The JSON report against data/schema/report.schema.json, and its counts add up."""
    import jsonschema

    schema = json.load(open(schema_path, encoding="utf-8"))
    doc = json.load(open(path, encoding="utf-8"))
    v = jsonschema.Draft202012Validator(schema)
    for e in v.iter_errors(doc):
        problems.append(f"{path}: report schema: {'/'.join(map(str, e.path))}: {e.message}")
    c = doc["roadmap"]["counts"]
    items = [i for p in doc["roadmap"]["phases"] for i in p["items"]]
    check(len(items) == c["total"], "report: item count")
    for status in ("done", "in_progress", "to_do", "unverified", "not_applicable"):
        check(sum(1 for i in items if i["status"] == status) == c[status], f"report: {status} count")
    check(all((i["priority"] is None) == (i["status"] in ("done", "unverified", "not_applicable")) for i in items),
          "report: a priority without an answer behind it, or an open item without one")


# [SECTION] Session


def session_checks(path, schema_path):
    import jsonschema

    schema = json.load(open(schema_path, encoding="utf-8"))
    doc = json.load(open(path, encoding="utf-8"))
    v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for e in v.iter_errors(doc):
        problems.append(f"{path}: schema: {'/'.join(map(str, e.path))}: {e.message}")
    check(doc.get("format") == "caf-ai-session" and doc.get("format_version") == 2, "format/version")
    check(doc.get("model", {}).get("id") == "caf-ai-maturity", "model id")


# [SECTION] Injection

PAYLOAD_TAGS = ["<script", "<img", "<b onmouseover", "</textarea", "<i>", "<b>test</b>"]


def injection(prefix):
    h = open(prefix + ".html", encoding="utf-8").read()
    for p in PAYLOAD_TAGS:
        check(p not in h, f"HTML: raw payload {p!r}")
    check("&lt;script&gt;alert(1)&lt;/script&gt;" in h, "HTML: the escaped script note is missing")
    check("&lt;/textarea&gt;&lt;img src=x onerror=alert(1)&gt;" in h, "HTML: escaped textarea note missing")
    check("=HYPERLINK(" in h and "[x](javascript:alert(1))" in h, "HTML: notes missing")
    check('href="javascript' not in h.lower(), "HTML: javascript link")

    md = open(prefix + ".md", encoding="utf-8").read()
    out = subprocess.run(["cmark", "--unsafe"], input=md, capture_output=True, text=True, check=True).stdout
    for p in PAYLOAD_TAGS:
        check(p not in out, f"Markdown (cmark --unsafe): raw payload {p!r}")
    check('href="javascript' not in out.lower(), "Markdown: javascript link")
    t = parse(out)
    text = "".join(t.text)
    for literal in ["<script>alert(1)</script>", "[x](javascript:alert(1))", "**bold**", "_em_", "`code`",
                    "~~strike~~", "&lt;b&gt;", "\\ backslash", "@here", "$x$", "# heading", "</textarea>",
                    "Injection <b>test</b> | =1+1 [x](javascript:alert(1))"]:
        check(literal in text, f"Markdown: {literal!r} does not render as literal text")
    gfm = subprocess.run(["cmark-gfm", "--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink"],
                         input=md, capture_output=True, text=True).stdout if _has("cmark-gfm") else ""
    if gfm:
        check("<del>" not in gfm, "GFM: ~~strike~~ became strikethrough")
        for p in PAYLOAD_TAGS:
            check(p not in gfm, f"GFM: raw payload {p!r}")
        g = parse(gfm)
        check("| table | cell | |---|---| # heading - list" in "".join(g.text),
              "GFM: the note with | did not stay in its table cell")

    rows = list(csv.reader(io.StringIO(open(prefix + ".csv-issues", encoding="utf-8-sig").read(), newline="")))
    notes = {r[7]: r[8] for r in rows[1:]}
    check(notes.get("startup_define_ai_technology_strategy") == "'=1+1", "CSV: =1+1 not neutralised")
    check(notes.get("startup_access_ai_resources") == "'+SUM(A1)", "CSV: +SUM not neutralised")
    if "startup_prepare_ai_deployment_regions" in notes:
        check(notes["startup_prepare_ai_deployment_regions"] == "'@cmd", "CSV: @cmd not neutralised")
    check(notes.get("startup_define_responsible_ai_strategy") == "<b onmouseover=alert(1)>x</b>",
          "CSV: plain-text note changed")
    azure = open(prefix + ".csv", encoding="utf-8-sig").read()
    check("<b onmouseover" not in azure and "&lt;b onmouseover=alert(1)&gt;" in azure,
          "Azure CSV: the HTML note is not escaped in the HTML Description")

    s = json.load(open(prefix + ".session", encoding="utf-8"))
    check(s["notes"]["strategy_use_case_discovery"] == "<script>alert(1)</script>", "session JSON changed a note")


def _has(tool):
    from shutil import which
    return which(tool) is not None


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "markdown":
        markdown(args[0], args[1], args[2] if len(args) > 2 else "", args[3] if len(args) > 3 else "")
    elif cmd == "html":
        html_checks(args[0], args[1], args[2:])
    elif cmd == "csv":
        csv_checks(args[0], args[1], args[2])
    elif cmd == "azure-process":
        azure_process_checks(args[0], args[1])
    elif cmd == "ics":
        ics_checks(args[0], args[1])
    elif cmd == "report":
        report_checks(*args)
    elif cmd == "session":
        session_checks(args[0], args[1])
    elif cmd == "injection":
        injection(args[0])
    else:
        problems.append(f"unknown check {cmd}")
    for p in problems:
        print("  " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
