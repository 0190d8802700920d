#!/usr/bin/python3
"""Check that every link in data/*.json lands on an existing section of a page the live site
serves, offline, from the committed record data/caf_sections.json.

    /usr/bin/python3 scripts/check_caf_links.py                      # data/*.json
    /usr/bin/python3 scripts/check_caf_links.py --sections S.json A.json B.json

What counts as a link: every "link" member, and every http(s) URL inside any other string.
A link passes when
  - it is https, without a query string or a locale segment (/en-us/);
  - after following the recorded redirects (a browser keeps the #fragment across a redirect
    unless the redirect target has its own), it reaches a page recorded with status "served";
  - its #fragment, if any, is one of that page's heading ids or explicit anchors, matched
    case-sensitively as browsers do.
Pages that are not recorded (other learn.microsoft.com pages included) fail until someone
records them in caf_sections.json.

The record itself is checked first: JSON Schema (data/schema/caf_sections.schema.json), heading
ids recomputed from the heading texts, redirect targets recomputed from the redirect URLs.

Every problem is printed as  <file>#<JSON pointer>: <message>;  exit code 1 if there was any,
0 otherwise, 2 if the checker cannot run.
"""
import argparse
import difflib
import glob
import json
import os
import re
import sys
from urllib.parse import urljoin, urlsplit

try:
    from jsonschema import Draft202012Validator, FormatChecker
except ImportError:  # pragma: no cover
    sys.stderr.write("check_caf_links.py: needs python3-jsonschema; run it with /usr/bin/python3\n")
    sys.exit(2)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
SECTIONS = os.path.join(DATA, "caf_sections.json")
SCHEMA = os.path.join(DATA, "schema", "caf_sections.schema.json")

# Source files of the CAF repository publish under this site path (docs/X.md -> CAF_SITE + X).
CAF_SITE = "learn.microsoft.com/azure/cloud-adoption-framework/"
URL_IN_TEXT = re.compile(r"https?://[^\s\"'<>()\[\]{}]+")
LOCALE = re.compile(r"^/[a-z]{2}-[a-z]{2}(/|$)")
MAX_HOPS = 10


# [SECTION] anchors ---------------------------------------------------------------------------
def heading_id(text):
    """The id DocFX (Markdig auto-identifiers, GitHub option) gives a heading: lowercase letters,
    digits, '-' and '_' kept, each space becomes '-', everything else dropped, nothing merged."""
    out = []
    for c in text:
        if c.isalnum() or c in "-_":
            out.append(c.lower())
        elif c == " ":
            out.append("-")
    return "".join(out)


def heading_ids(headings):
    """Ids of a page's headings in order; a repeated id gets -1, -2, ... as Markdig does."""
    used, ids = set(), []
    for h in headings:
        base = heading_id(h["text"])
        candidate, n = base, 0
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        used.add(candidate)
        ids.append(candidate)
    return ids


# [SECTION] URLs --------------------------------------------------------------------------------
def normalize_path(path):
    """Site path as recorded: no trailing '/', '.md' or '/index' (learn serves docs/x/index.md
    at x/)."""
    path = path.rstrip("/")
    if path.endswith(".md"):
        path = path[:-3]
    if path.endswith("/index"):
        path = path[: -len("/index")]
    return path


def page_key(host, path):
    return host + normalize_path(path)


def source_url_path(source_path):
    """URL path of a CAF repository file: docs/ai/plan.md -> /azure/cloud-adoption-framework/ai/plan."""
    return "/" + CAF_SITE.split("/", 1)[1] + source_path[len("docs/"):-len(".md")]


def source_key(source_path):
    """The site key a CAF repository file publishes at (docs/ai/index.md -> .../ai)."""
    return page_key("learn.microsoft.com", source_url_path(source_path))


def redirect_target(source_path, redirect_url):
    """Where a redirection entry sends a browser: the URL resolved against the source file's
    own URL (that is how the docs build reads relative redirect URLs). Returns (key, fragment)."""
    target = urlsplit(urljoin("https://learn.microsoft.com" + source_url_path(source_path), redirect_url))
    fragment = target.fragment if "#" in redirect_url else None
    return page_key(target.netloc, target.path), fragment


def split_link(url):
    """(key, fragment or None, problems) for a link written in the data."""
    problems = []
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.netloc:
        problems.append("not an https URL")
        return None, None, problems
    if parts.netloc != parts.netloc.lower():
        problems.append("write the host name in lowercase")
    if parts.query:
        problems.append(f"drop the query string '?{parts.query}'")
    if LOCALE.match(parts.path):
        problems.append("drop the locale segment (learn picks the reader's language)")
    fragment = None
    if "#" in url:
        fragment = parts.fragment
        if not fragment:
            problems.append("empty #fragment")
    return page_key(parts.netloc.lower(), parts.path), fragment, problems


# [SECTION] the record --------------------------------------------------------------------------
class Record:
    """caf_sections.json, indexed: pages by key, redirects by their source key."""

    def __init__(self, doc):
        self.doc = doc
        self.pages = doc.get("pages", {})
        self.redirects = {r["from"]: r for r in doc.get("redirects", [])}

    def anchors(self, key):
        page = self.pages[key]
        return page.get("anchors", []) + page.get("explicit_anchors", [])

    def resolve(self, key, fragment):
        """Follow redirects: (final key, fragment, keys passed through, problem or None)."""
        hops = []
        while key in self.redirects:
            if key in hops or len(hops) >= MAX_HOPS:
                return key, fragment, hops, "redirect loop: " + " -> ".join(hops + [key])
            hops.append(key)
            r = self.redirects[key]
            if "#" in r["redirect_url"]:
                fragment = r["redirect_url"].split("#", 1)[1]  # the target's own fragment wins
            key = r["to"]
        return key, fragment, hops, None


def check_record(path, doc, schema, report):
    """Problems of the record itself; returns True when links can be checked against it."""
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    for err in errors:
        report(path, list(err.absolute_path), f"schema: {err.message[:300]}")
    if errors:
        return False
    rec = Record(doc)
    ok = True
    for key, page in rec.pages.items():
        where = ["pages", key]
        if page_key(key.split("/", 1)[0], "/" + key.split("/", 1)[1]) != key:
            report(path, where, "page key must be host + path without a trailing '/', '.md' or '/index'")
            ok = False
        if page.get("source_path") and source_key(page["source_path"]) != key:
            report(path, where + ["source_path"], f"{page['source_path']} publishes at {source_key(page['source_path'])}, not {key}")
            ok = False
        expected = heading_ids(page["headings"])
        if expected != page["anchors"]:
            report(path, where + ["anchors"], f"anchors don't follow the headings; by the anchor rule they are {expected}")
            ok = False
        explicit = page["explicit_anchors"]
        if len(set(explicit)) != len(explicit):
            report(path, where + ["explicit_anchors"], "duplicate explicit anchors")
            ok = False
        linked_from = page.get("linked_from")
        if linked_from and rec.pages.get(linked_from, {}).get("status") != "served":
            report(path, where + ["linked_from"], f"{linked_from} is not a recorded served page")
            ok = False
        if key in rec.redirects:
            report(path, where, "a page can't also be the source of a redirect")
            ok = False
    seen = set()
    for i, r in enumerate(doc.get("redirects", [])):
        where = ["redirects", i]
        if r["from"] in seen:
            report(path, where + ["from"], f"second redirect from {r['from']}")
            ok = False
        seen.add(r["from"])
        if source_key(r["source_path"]) != r["from"]:
            report(path, where + ["from"], f"{r['source_path']} publishes at {source_key(r['source_path'])}")
            ok = False
        target, _ = redirect_target(r["source_path"], r["redirect_url"])
        if target != r["to"]:
            report(path, where + ["to"], f"'{r['redirect_url']}' from {r['source_path']} resolves to {target}")
            ok = False
        _, _, _, loop = rec.resolve(r["from"], None)
        if loop:
            report(path, where, loop)
            ok = False
    return ok


# [SECTION] links -----------------------------------------------------------------------------
def walk(node, parts=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, parts + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, parts + (i,))
    else:
        yield list(parts), node


def links_in(doc):
    """(JSON pointer parts, URL) for every "link" member and every URL inside other strings."""
    for parts, value in walk(doc):
        if not isinstance(value, str):
            continue
        if parts and parts[-1] == "link":
            yield parts, value
        else:
            for m in URL_IN_TEXT.finditer(value):
                yield parts, m.group(0).rstrip(".,;:!?")


def short(key):
    return key[len(CAF_SITE):] if key.startswith(CAF_SITE) else key


def link_problems(rec, url):
    """Why a link doesn't land (empty list when it does), and whether it went through a redirect."""
    key, fragment, problems = split_link(url)
    if key is None:
        return problems, False
    final, fragment, hops, loop = rec.resolve(key, fragment)
    if loop:
        return problems + [loop], bool(hops)
    via = f" (reached through the redirect from {short(hops[0])})" if hops else ""
    page = rec.pages.get(final)
    if page is None:
        close = difflib.get_close_matches(final, rec.pages.keys(), 2, 0.75)
        hint = f"; recorded pages nearby: {', '.join(short(c) for c in close)}" if close else ""
        return problems + [f"page {short(final)}{via} is not recorded in caf_sections.json{hint}"], bool(hops)
    if page["status"] != "served":
        meaning = {"removed": "known to be gone",
                   "unverified": "only its last known content is recorded, not that the site still serves it"}
        return problems + [f"page {short(final)}{via} is {page['status']} ({meaning[page['status']]}); "
                           f"see its notes in caf_sections.json"], bool(hops)
    if fragment and fragment not in rec.anchors(final):
        anchors = rec.anchors(final)
        same_but_case = [a for a in anchors if a.lower() == fragment.lower()]
        if same_but_case:
            msg = (f"#{fragment} differs in case from #{same_but_case[0]} on {short(final)}{via}; "
                   "fragments are case-sensitive")
        else:
            close = difflib.get_close_matches(fragment, anchors, 3, 0.5)
            msg = f"no section #{fragment} on {short(final)}{via}"
            msg += f"; closest: {', '.join('#' + c for c in close)}" if close else f"; sections: {', '.join('#' + a for a in anchors)}"
            if not page["anchors_complete"]:
                msg += " (only part of this page's anchors is recorded)"
        problems.append(msg)
    return problems, bool(hops)


# [SECTION] main --------------------------------------------------------------------------------
def pointer(parts):
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts) if parts else ""


def load(path, report):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        report(path, [], f"cannot read JSON: {e}")
        return None


def run(sections_path, data_paths, out=sys.stdout, err=sys.stderr):
    problems = []

    def report(path, parts, message):
        problems.append(f"{os.path.relpath(path, ROOT)}#{pointer(parts)}: {message}")

    doc, schema = load(sections_path, report), load(SCHEMA, report)
    if doc is None or schema is None or not check_record(sections_path, doc, schema, report):
        return finish(problems, err)
    rec = Record(doc)
    total, via_redirect, distinct = 0, 0, set()
    for path in data_paths:
        data = load(path, report)
        if data is None:
            continue
        for parts, url in links_in(data):
            total += 1
            distinct.add(url)
            found, redirected = link_problems(rec, url)
            via_redirect += redirected
            for p in found:
                report(path, parts, f"{url}: {p}")
    if not problems:
        out.write(f"check_caf_links: OK - {total} links ({len(distinct)} distinct) in {len(data_paths)} file(s) "
                  f"land on recorded sections, {via_redirect} through a redirect; "
                  f"{len(rec.pages)} pages and {len(rec.redirects)} redirects recorded\n")
    return finish(problems, err)


def finish(problems, err):
    for p in problems:
        err.write(p + "\n")
    if problems:
        err.write(f"check_caf_links: {len(problems)} problem(s)\n")
    return 1 if problems else 0


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sections", default=SECTIONS, help="the record (default data/caf_sections.json)")
    ap.add_argument("files", nargs="*", help="JSON files to check (default: data/*.json but the record)")
    args = ap.parse_args(argv)
    files = args.files or [p for p in sorted(glob.glob(os.path.join(DATA, "*.json")))
                           if os.path.abspath(p) != os.path.abspath(args.sections)]
    return run(args.sections, [os.path.abspath(f) for f in files])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
