#!/usr/bin/python3
"""Validate the content data in data/ (and saved sessions) against the JSON Schemas
and against the rules the schemas cannot express.

Run with Debian's python (it has python3-jsonschema):

    /usr/bin/python3 scripts/validate_data.py                 # model, checklist, test fixtures
    /usr/bin/python3 scripts/validate_data.py my_session.json # ... plus extra session files

Every problem is printed as  <file>#<JSON pointer>: <message>  and the exit code is 1
if there was any problem, 0 otherwise.
"""
import glob
import json
import os
import re
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator, FormatChecker
except ImportError:  # pragma: no cover
    sys.stderr.write("validate_data.py: needs python3-jsonschema; run it with /usr/bin/python3\n")
    sys.exit(2)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
SCHEMA = os.path.join(DATA, "schema")
MODEL = os.path.join(DATA, "model.json")
CHECKLIST = os.path.join(DATA, "checklist.json")
SESSION_FIXTURES = os.path.join(ROOT, "tests", "fixtures", "sessions", "*.json")

PHASES = ["strategy", "plan", "ready", "adopt", "secure", "govern", "manage"]

# CAF activities: one model dimension each, in this order.
CAF_ACTIVITIES = {
    "strategy": ["Identify AI use cases", "Define an AI technology strategy",
                 "Define an AI data strategy", "Define a responsible AI strategy"],
    "plan": ["Assess AI skills", "Acquire AI skills", "Access AI resources", "Prioritize AI use cases",
             "Create an AI proof of concept", "Implement responsible AI", "Estimate delivery timelines"],
}

# The seed's startup checklist (seeds/004_...txt), titles verbatim, in phase order.
STARTUP_TITLES = [
    ("strategy", "Define an AI technology strategy"),
    ("strategy", "Define a responsible AI strategy"),
    ("plan", "Access AI resources"),
    ("ready", "Prepare AI deployment regions"),
    ("adopt", "Adopt Azure AI platforms (PaaS)"),
    ("secure", "Secure AI resources"),
    ("secure", "Secure AI models"),
    ("secure", "Secure AI data"),
    ("secure", "Secure AI access"),
    ("govern", "Govern AI models"),
    ("govern", "Govern AI costs"),
    ("govern", "Govern AI data"),
    ("manage", "Manage AI models"),
    ("manage", "Manage AI costs"),
]

# CAF's enterprise checklist (published Nov 2024 version) arranged in the seven phases.
ENTERPRISE_TITLES = {
    "strategy": ["Identify AI use cases", "Define an AI technology strategy", "Define an AI data strategy",
                 "Define a responsible AI strategy"],
    "plan": CAF_ACTIVITIES["plan"],
    "ready": ["Establish AI reliability", "Establish AI governance", "Establish AI networking",
              "Establish an AI foundation", "Choose an architecture", "Use AI design areas"],
    "adopt": ["Adopt Azure AI platforms (PaaS)", "Adopt Azure AI infrastructure (IaaS)"],
    "secure": ["Assess AI security risks", "Implement AI security controls", "Maintain AI security controls"],
    "govern": ["Assess AI organizational risks", "Document AI governance policies",
               "Enforce AI governance policies", "Monitor AI organizational risks"],
    "manage": ["Manage AI operations", "Manage AI deployment", "Manage AI endpoint sharing", "Manage AI models",
               "Manage AI costs", "Manage AI data", "Manage AI business continuity"],
}

# Items of these phases apply only to organizations that build on Azure.
BUILD_ONLY_PHASES = {"ready", "adopt"}

CAF_URL = re.compile(r"^https://learn\.microsoft\.com/azure/cloud-adoption-framework/[a-z0-9/_-]+(#[a-z0-9-]+)?$")
# The app's font subset: Latin-1 plus a few typographic characters.
EXTRA_CHARS = set("–—‘’“”•…→≥≤")

problems = []


def rel(path):
    return os.path.relpath(path, ROOT)


def pointer(parts):
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts) if parts else ""


def report(path, parts, message):
    problems.append(f"{rel(path)}#{pointer(parts)}: {message}")


def load_json(path):
    def no_duplicates(pairs):
        obj = {}
        for key, value in pairs:
            if key in obj:
                raise ValueError(f"duplicate key {key!r}")
            obj[key] = value
        return obj
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f, object_pairs_hook=no_duplicates)
    except (OSError, ValueError) as e:
        report(path, [], f"cannot read JSON: {e}")
        return None


def check_schema(path, doc, schema):
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    ok = True
    for err in sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))):
        msg = err.message if len(err.message) <= 300 else err.message[:297] + "..."
        report(path, list(err.absolute_path), f"schema: {msg}")
        ok = False
    return ok


def walk_strings(node, parts=()):
    if isinstance(node, str):
        yield list(parts), node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from walk_strings(v, parts + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk_strings(v, parts + (i,))


def check_charset(path, doc):
    for parts, s in walk_strings(doc):
        bad = sorted({c for c in s if ord(c) > 0xFF and c not in EXTRA_CHARS}
                     | {c for c in s if ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0})
        if bad:
            report(path, parts, "characters outside the font subset: " + " ".join(f"U+{ord(c):04X}" for c in bad))


def check_link(path, parts, url, need_anchor):
    if not CAF_URL.match(url):
        report(path, parts, f"link is not a Cloud Adoption Framework page on learn.microsoft.com: {url}")
    elif need_anchor and "#" not in url:
        report(path, parts, f"link needs an #anchor: {url}")


# --------------------------------------------------------------------------------------------
def check_model(path, model):
    """Cross-checks on model.json; returns lookup tables for the other files."""
    info = {"questions": {}, "dimensions": {}, "profile": {}}
    seen = {}

    def unique(id_, parts):
        if id_ in seen:
            report(path, parts, f"id {id_!r} already used at {pointer(seen[id_])}")
        else:
            seen[id_] = parts

    for pi, prof in enumerate(model.get("profile", [])):
        unique(prof["id"], ["profile", pi, "id"])
        info["profile"][prof["id"]] = [o["id"] for o in prof["options"]]
        opt_ids = [o["id"] for o in prof["options"]]
        if len(set(opt_ids)) != len(opt_ids):
            report(path, ["profile", pi, "options"], "duplicate option ids")

    total = 0
    for phi, phase in enumerate(model.get("phases", [])):
        check_link(path, ["phases", phi, "link"], phase["link"], need_anchor=False)
        names = [d["name"] for d in phase["dimensions"]]
        expected = CAF_ACTIVITIES.get(phase["id"], [])
        if names != expected:
            report(path, ["phases", phi, "dimensions"],
                   f"dimensions must be the CAF {phase['id']} activities in order {expected}, found {names}")
        for di, dim in enumerate(phase["dimensions"]):
            dparts = ["phases", phi, "dimensions", di]
            unique(dim["id"], dparts + ["id"])
            info["dimensions"][dim["id"]] = {"phase": phase["id"], "questions": [q["id"] for q in dim["questions"]]}
            check_link(path, dparts + ["link"], dim["link"], need_anchor=True)
            if len(dim["questions"]) < 2:
                report(path, dparts + ["questions"], "every CAF activity needs at least 2 questions")
            for qi, q in enumerate(dim["questions"]):
                qparts = dparts + ["questions", qi]
                total += 1
                unique(q["id"], qparts + ["id"])
                info["questions"][q["id"]] = {"dimension": dim["id"], "phase": phase["id"],
                                              "allow_na": q["allow_na"], "parts": qparts}
                check_link(path, qparts + ["link"], q["link"], need_anchor=True)
                for oi, opt in enumerate(q["options"]):
                    words = len(opt["label"].split())
                    if not 2 <= words <= 5:
                        report(path, qparts + ["options", oi, "label"],
                               f"option labels need 2-5 words, found {words}: {opt['label']!r}")
                labels = [o["label"] for o in q["options"]]
                if len(set(labels)) != len(labels):
                    report(path, qparts + ["options"], "option labels must differ")
    if total < 30:
        report(path, ["phases"], f"need at least 30 scored questions, found {total}")

    rule = model.get("level_rule", {})
    for key in ("skill_question", "data_question"):
        qid = rule.get(key)
        if qid not in info["questions"]:
            report(path, ["level_rule", key], f"unknown question id {qid!r}")
    floor = rule.get("score_floor", [])
    if floor and (floor[0] != 0 or any(b < a for a, b in zip(floor, floor[1:]))):
        report(path, ["level_rule", "score_floor"], "must start at 0 and never decrease")
    cov = model.get("coverage", {})
    if cov and cov["block_below"] > cov["warn_below"]:
        report(path, ["coverage"], "block_below must not exceed warn_below")
    return info


# --------------------------------------------------------------------------------------------
def check_checklist(path, doc, info):
    for pi, phase in enumerate(doc.get("phases", [])):
        check_link(path, ["phases", pi, "link"], phase["link"], need_anchor=False)

    items = doc.get("items", [])
    seen, orders = {}, {}
    for ii, it in enumerate(items):
        parts = ["items", ii]
        if it["id"] in seen:
            report(path, parts + ["id"], f"item id {it['id']!r} already used at {pointer(seen[it['id']])}")
        seen.setdefault(it["id"], parts + ["id"])
        check_link(path, parts + ["link"], it["link"], need_anchor=True)

        for cl in it["checklists"]:
            key = (cl, it["phase"], it["order"])
            if key in orders:
                report(path, parts + ["order"],
                       f"order {it['order']} in phase {it['phase']!r} of the {cl} checklist is also used at "
                       f"{pointer(orders[key])}")
            orders.setdefault(key, parts + ["order"])

        ev = it["evidence"]
        for qi, qid in enumerate(ev["questions"]):
            if qid not in info["questions"]:
                report(path, parts + ["evidence", "questions", qi], f"unknown question id {qid!r}")
        for di, did in enumerate(ev["dimensions"]):
            if did not in info["dimensions"]:
                report(path, parts + ["evidence", "dimensions", di], f"unknown dimension id {did!r}")
        if not ev["questions"]:
            report(path, parts + ["evidence", "questions"], "every item needs at least one evidence question")
        if it["phase"] in CAF_ACTIVITIES:
            own = [d for d in ev["dimensions"] if info["dimensions"].get(d, {}).get("phase") == it["phase"]]
            if not own:
                report(path, parts + ["evidence", "dimensions"],
                       f"a {it['phase']} item must be evidenced by its own {it['phase']} dimension")
            for qi, qid in enumerate(ev["questions"]):
                q = info["questions"].get(qid)
                if q and q["dimension"] not in own:
                    report(path, parts + ["evidence", "questions", qi],
                           f"{qid!r} is not a question of the item's dimension {own}")

        aw = it.get("applies_when")
        if aw is not None:
            for key, values in aw.items():
                if key not in info["profile"]:
                    report(path, parts + ["applies_when", key], f"unknown profile question {key!r}")
                    continue
                for vi, v in enumerate(values):
                    if v not in info["profile"][key]:
                        report(path, parts + ["applies_when", key, vi], f"{v!r} is not an option of {key!r}")
        if it["phase"] in BUILD_ONLY_PHASES:
            approaches = (aw or {}).get("ai_approach")
            if not approaches or "copilots" in approaches:
                report(path, parts + ["applies_when"],
                       "Ready and Adopt items must not apply to organizations that only use Copilots")

    def titles(cl):
        chosen = [it for it in items if cl in it["checklists"]]
        chosen.sort(key=lambda it: (PHASES.index(it["phase"]), it["order"]))
        return [(it["phase"], it["title"]) for it in chosen]

    got = titles("startup")
    if got != STARTUP_TITLES:
        report(path, ["items"], "the startup checklist must be the seed's 14 items in phase order;\n"
               f"    expected {STARTUP_TITLES}\n    found    {got}")
    got = titles("enterprise")
    for phase in PHASES:
        have = [t for p, t in got if p == phase]
        if have != ENTERPRISE_TITLES[phase]:
            report(path, ["items"], f"enterprise checklist, phase {phase!r}: expected {ENTERPRISE_TITLES[phase]}, "
                   f"found {have}")


# --------------------------------------------------------------------------------------------
def check_session(path, sess, model, info, checklist):
    mref = sess.get("model", {})
    if mref.get("id") != model.get("id"):
        report(path, ["model", "id"], f"session is for model {mref.get('id')!r}, not {model.get('id')!r}")
    if mref.get("version") != model.get("version"):
        report(path, ["model", "version"], f"model version {mref.get('version')!r} differs from {model.get('version')!r}")
    for qid, value in sess.get("answers", {}).items():
        q = info["questions"].get(qid)
        if q is None:
            report(path, ["answers", qid], f"unknown question id {qid!r}")
        elif value == "na" and not q["allow_na"]:
            report(path, ["answers", qid], "'na' is not allowed for this question")
    for qid in sess.get("notes", {}):
        if qid not in info["questions"]:
            report(path, ["notes", qid], f"unknown question id {qid!r}")
    for did in sess.get("targets", {}):
        if did not in info["dimensions"]:
            report(path, ["targets", did], f"unknown dimension id {did!r}")
    item_ids = {it["id"] for it in (checklist or {}).get("items", [])}
    for iid in sess.get("checklist", {}).get("items", {}):
        if item_ids and iid not in item_ids:
            report(path, ["checklist", "items", iid], f"unknown checklist item id {iid!r}")


# --------------------------------------------------------------------------------------------
def main(argv):
    schemas = {}
    for name in ("model", "checklist", "session"):
        spath = os.path.join(SCHEMA, f"{name}.schema.json")
        s = load_json(spath)
        if s is not None:
            try:
                Draft202012Validator.check_schema(s)
                schemas[name] = s
            except jsonschema.exceptions.SchemaError as e:
                report(spath, list(e.absolute_path), f"invalid schema: {e.message}")
    if len(schemas) < 3:
        return finish()

    model = load_json(MODEL)
    info = None
    if model is not None:
        check_charset(MODEL, model)
        if check_schema(MODEL, model, schemas["model"]):
            info = check_model(MODEL, model)

    checklist = load_json(CHECKLIST)
    if checklist is not None:
        check_charset(CHECKLIST, checklist)
        if check_schema(CHECKLIST, checklist, schemas["checklist"]) and info is not None:
            check_checklist(CHECKLIST, checklist, info)

    sessions = sorted(glob.glob(SESSION_FIXTURES)) + [os.path.abspath(a) for a in argv]
    for spath in sessions:
        sess = load_json(spath)
        if sess is None:
            continue
        check_charset(spath, sess)
        if check_schema(spath, sess, schemas["session"]) and info is not None:
            check_session(spath, sess, model, info, checklist)

    if not problems and info is not None:
        nq = len(info["questions"])
        print(f"validate_data: OK – {len(info['dimensions'])} dimensions, {nq} questions, "
              f"{len(checklist['items'])} checklist items, {len(sessions)} session file(s)")
    return finish()


def finish():
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"validate_data: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
