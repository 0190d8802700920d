#!/usr/bin/python3
"""Validate the content data in data/ (and saved sessions) against the JSON Schemas
and against the rules the schemas cannot express.

Run with Debian's python (it has python3-jsonschema):

    /usr/bin/python3 scripts/validate_data.py                 # model, checklist, test fixtures
    /usr/bin/python3 scripts/validate_data.py my_session.json # ... plus extra session files

Every problem is printed as  <file>#<JSON pointer>: <message>  and the exit code is 1
if there was any problem, 0 otherwise. Whether links land on existing CAF sections is
checked separately, by scripts/check_caf_links.py (ctest data:caf_links).
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
PLAN = os.path.join(DATA, "plan.json")
LEGACY = os.path.join(DATA, "legacy", "share_structures.json")
WEBAPP_CMAKE = os.path.join(ROOT, "cmake", "WebApp.cmake")
SESSION_FIXTURES = os.path.join(ROOT, "tests", "fixtures", "sessions", "*.json")

PHASES = ["strategy", "plan", "ready", "adopt", "secure", "govern", "manage"]
LATER_PHASES = ["ready", "adopt", "secure", "govern", "manage"]   # the readiness quick-check groups
APPROACHES = ["copilots", "low_code", "paas", "iaas", "mixed"]

# [SECTION] CAF facts the content must follow ------------------------------------------------
# Strategy and Plan activities, one model dimension each, in this order (names verbatim; the
# data strategy uses the current name, the responsible AI strategy the seed checklist's).
CAF_ACTIVITIES = {
    "strategy": ["Establish an AI Center of Excellence", "Identify AI use cases", "Define an AI technology strategy",
                 "Develop an AI data strategy", "Define a responsible AI strategy"],
    "plan": ["Assess AI skills", "Acquire AI skills", "Access AI resources", "Prioritize AI use cases",
             "Create an AI proof of concept", "Implement responsible AI"],
}

# The seed's startup checklist (the November 2024 draft "AI adoption on Azure"), titles verbatim,
# in phase order. The seed file is not in the repository, so the list is written out here.
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

# What the enterprise checklist must hold besides the startup items: CAF's current enterprise
# activities (ai/strategy "5. How to adopt AI", June 2026; the Strategy row of the April 2026
# overview) plus the activities issue 10 adds (AI CoE, responsible AI policies, agents, regulatory
# compliance). Any other enterprise-only item must be marked as from an earlier CAF edition.
ENTERPRISE_REQUIRED = {
    "strategy": ["Establish an AI Center of Excellence", "Identify AI use cases", "Define an AI technology strategy",
                 "Develop an AI data strategy", "Define a responsible AI strategy", "Responsible AI policies"],
    "plan": ["Assess AI skills", "Acquire AI skills", "Access AI resources", "Prioritize AI use cases",
             "Create an AI proof of concept", "Implement responsible AI"],
    "ready": ["AI governance", "AI networking", "AI reliability", "AI foundation", "Choose an architecture",
              "Use AI design areas"],
    "adopt": [],
    "secure": ["Discover AI security risks", "Protect AI resources and data", "Detect AI security threats"],
    "govern": ["Assess AI organizational risks", "Document AI governance policies", "Enforce AI governance policies",
               "Monitor AI organizational risks", "Govern agents", "Govern AI regulatory compliance"],
    "manage": ["Manage AI operations", "Manage AI deployment", "Manage AI models", "Manage AI costs",
               "Manage AI data", "Manage AI business continuity"],
}

# CAF's checklist marks Ready as Azure-only; Adopt (2024 edition) was about building on Azure too.
AZURE_ONLY_PHASES = {"ready", "adopt"}

# Terms the glossary must explain (matched against terms and aliases, case-insensitively).
GLOSSARY_REQUIRED = ["RAG", "GenAIOps", "MLOps", "PTU", "landing zone", "agent", "MCP", "CoE", "responsible AI",
                     "DSPM for AI", "AI-SPM", "grounding", "fine-tuning", "prompt injection", "red teaming", "TPM",
                     "RPM", "content filters", "sensitivity labels"]

# Technology-fit links land on the technology sections of the strategy page.
APPROACH_ANCHORS = {"microsoft-ai-decision-tree", "microsoft-copilots-saas-agents",
                    "saas-ai-development-platforms-low-code", "ai-on-low-code-platforms", "ai-on-azure-platforms-paas",
                    "ai-on-azure-infrastructure", "ai-on-azure-infrastructure-services-iaas",
                    "define-an-ai-technology-strategy", "2-ai-technology-strategy"}
STRATEGY_PAGE = "https://learn.microsoft.com/azure/cloud-adoption-framework/ai/strategy"

# How many questions each kind of organization faces (issue 10: a Copilot-only startup about
# 45-55, an Azure enterprise about 65-75; quick checks that do not fit the approach are not asked).
QUESTION_BUDGET = {"copilots": (45, 55), "low_code": (45, 65), "paas": (65, 75), "iaas": (65, 75), "mixed": (65, 75)}

PRACTICE_PLACEHOLDERS = {"practices", "practices_level", "level"}
CAF_URL = re.compile(r"^https://learn\.microsoft\.com/azure/cloud-adoption-framework/(ai|ai-agents|data)/[a-z0-9/_-]+"
                     r"(#[a-z0-9-]+)?$")

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


# [SECTION] Font subset ----------------------------------------------------------------------
def font_codepoints():
    """The code points of the embedded font subset: FONT_UNICODES in cmake/WebApp.cmake."""
    try:
        text = open(WEBAPP_CMAKE, encoding="utf-8").read()
    except OSError as e:
        report(WEBAPP_CMAKE, [], f"cannot read the font subset: {e}")
        return None
    m = re.search(r'set\(FONT_UNICODES "([^"]+)"\)', text)
    if not m:
        report(WEBAPP_CMAKE, [], "no set(FONT_UNICODES \"...\") found")
        return None
    points = set()
    for part in m.group(1).split(","):
        lo, _, hi = part.strip().removeprefix("U+").partition("-")
        points.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    return points


def check_charset(path, doc, points):
    if points is None:
        return
    for parts, s in walk_strings(doc):
        bad = sorted({c for c in s if ord(c) not in points})
        if bad:
            report(path, parts, "characters outside the app's font subset (FONT_UNICODES in cmake/WebApp.cmake): "
                   + " ".join(f"U+{ord(c):04X}" for c in bad))


def check_link(path, parts, url, need_anchor):
    if not CAF_URL.match(url):
        report(path, parts, f"link is not a current Cloud Adoption Framework page (ai/, ai-agents/, data/): {url}")
    elif need_anchor and "#" not in url:
        report(path, parts, f"link needs an #anchor: {url}")


def applies_to(question, approach):
    """Whether a question is asked of an organization with this ai_approach answer."""
    allowed = question.get("applies_when", {}).get("ai_approach")
    return allowed is None or approach in allowed


# [SECTION] Model ----------------------------------------------------------------------------
def check_question(path, parts, q, profile, expect_role):
    role = q.get("role", expect_role if expect_role == "check" else "practice")
    if expect_role == "check" and role != "check":
        report(path, parts + ["role"], "a readiness quick check has role 'check'")
    for key, values in q.get("applies_when", {}).items():
        if key not in profile:
            report(path, parts + ["applies_when", key], f"unknown profile question {key!r}")
            continue
        for vi, v in enumerate(values):
            if v not in profile[key]:
                report(path, parts + ["applies_when", key, vi], f"{v!r} is not an option of {key!r}")
    check_link(path, parts + ["link"], q["link"], need_anchor=True)
    if not q["evidence_to_ask"].strip():
        report(path, parts + ["evidence_to_ask"], "say what a consultant would ask to see to verify the answer")
    for oi, opt in enumerate(q["options"]):
        words = len(opt["label"].split())
        if not 2 <= words <= 5:
            report(path, parts + ["options", oi, "label"], f"option labels need 2-5 words, found {words}: {opt['label']!r}")
    labels = [o["label"] for o in q["options"]]
    if len(set(labels)) != len(labels):
        report(path, parts + ["options"], "option labels must differ")
    return role


def check_model(path, model):
    """Cross-checks on model.json; returns lookup tables for the other files."""
    info = {"questions": {}, "dimensions": {}, "profile": {}, "model": model}
    seen = {}

    def unique(id_, parts):
        if id_ in seen:
            report(path, parts, f"id {id_!r} already used at {pointer(seen[id_])}")
        else:
            seen[id_] = parts

    for pi, prof in enumerate(model["profile"]):
        unique(prof["id"], ["profile", pi, "id"])
        info["profile"][prof["id"]] = [o["id"] for o in prof["options"]]

    for phi, phase in enumerate(model["phases"]):
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
            practices = 0
            for qi, q in enumerate(dim["questions"]):
                qparts = dparts + ["questions", qi]
                unique(q["id"], qparts + ["id"])
                role = check_question(path, qparts, q, info["profile"], None)
                practices += role == "practice"
                info["questions"][q["id"]] = {"dimension": dim["id"], "phase": phase["id"], "role": role, "q": q}
            if practices < 2:
                report(path, dparts + ["questions"], "every CAF activity needs at least 2 practice questions "
                       "(level questions do not score)")

    for gi, group in enumerate(model["readiness"]["groups"]):
        if gi >= len(LATER_PHASES) or group["phase"] != LATER_PHASES[gi]:
            report(path, ["readiness", "groups", gi, "phase"], f"groups must be {LATER_PHASES} in this order")
        for qi, q in enumerate(group["questions"]):
            qparts = ["readiness", "groups", gi, "questions", qi]
            unique(q["id"], qparts + ["id"])
            if not q["id"].startswith(group["phase"] + "_"):
                report(path, qparts + ["id"], f"a {group['phase']} quick check's id starts with {group['phase']}_")
            check_question(path, qparts, q, info["profile"], "check")
            info["questions"][q["id"]] = {"dimension": None, "phase": group["phase"], "role": "check", "q": q}

    check_level_rule(path, model, info)
    check_practices(path, model)
    check_approaches(path, model, info, unique)
    check_glossary(path, model)
    check_question_budget(path, info)
    check_model_migration(path, model, info)
    cov = model["coverage"]
    if cov["block_below"] > cov["warn_below"]:
        report(path, ["coverage"], "block_below must not exceed warn_below")
    return info


def check_level_rule(path, model, info):
    rule = model["level_rule"]
    level_questions = sorted(qid for qid, q in info["questions"].items() if q["role"] == "level")
    named = sorted([rule["skill_question"], rule["data_question"]])
    if level_questions != named:
        report(path, ["level_rule"], f"the questions with role 'level' must be exactly the rule's two questions "
               f"{named}, found {level_questions}")
    for key in ("skill_question", "data_question"):
        if info["questions"].get(rule[key], {}).get("dimension") != "assess_skills":
            report(path, ["level_rule", key], "the level questions belong to Assess AI skills (CAF's maturity table)")
    for key in ("skills_support", "data_support"):
        table = rule[key]
        if any(b < a for a, b in zip(table, table[1:])):
            report(path, ["level_rule", key], "must never decrease: a better answer cannot support a lower level")
    if rule["skills_support"][0] != 0:
        report(path, ["level_rule", "skills_support", 0], "no demonstrated skills cannot reach CAF level 1")
    if rule["data_support"][0] < 1:
        report(path, ["level_rule", "data_support", 0], "CAF's level 1 lists 'minimal to zero data': no data must "
               "still support level 1")


def check_practices(path, model):
    for key in ("lag_text", "ahead_text", "aligned_text"):
        used = set(re.findall(r"\{([a-z_]+)\}", model["practices"][key]))
        if used - PRACTICE_PLACEHOLDERS:
            report(path, ["practices", key], f"unknown placeholders {sorted(used - PRACTICE_PLACEHOLDERS)}")


def check_approaches(path, model, info, unique):
    declared = {}
    for ai, ap in enumerate(model["approaches"]):
        unique(ap["id"], ["approaches", ai, "id"])
        for opt in ap["declared_by"]:
            declared.setdefault(opt, []).append(ap["id"])
        page, _, anchor = ap["link"].partition("#")
        if page != STRATEGY_PAGE or anchor not in APPROACH_ANCHORS:
            report(path, ["approaches", ai, "link"], "must land on a technology section of ai/strategy "
                   f"(decision tree, Copilots, low-code, PaaS or infrastructure): {ap['link']}")
        if ai and ap["min_level"] < model["approaches"][ai - 1]["min_level"]:
            report(path, ["approaches", ai, "min_level"], "the ladder goes up: not below the previous approach")
    for opt in info["profile"].get("ai_approach", []):
        if len(declared.get(opt, [])) != 1:
            report(path, ["approaches"], f"ai_approach option {opt!r} must be declared by exactly one approach, "
                   f"found {declared.get(opt, [])}")


def check_glossary(path, model):
    names = set()
    for gi, entry in enumerate(model["glossary"]):
        for name in [entry["term"]] + entry.get("aliases", []):
            low = name.lower()
            if low in names:
                report(path, ["glossary", gi], f"{name!r} is already a term or alias of another entry")
            names.add(low)
        if "link" in entry and not entry["link"].startswith("https://learn.microsoft.com/"):
            report(path, ["glossary", gi, "link"], "glossary links go to CAF or Microsoft Learn")
    for term in GLOSSARY_REQUIRED:
        if term.lower() not in names:
            report(path, ["glossary"], f"the glossary must explain {term!r} (as a term or an alias)")


def check_question_budget(path, info):
    for approach, (lo, hi) in QUESTION_BUDGET.items():
        n = sum(applies_to(q["q"], approach) for q in info["questions"].values())
        if not lo <= n <= hi:
            report(path, [], f"an organization answering ai_approach={approach!r} faces {n} questions; "
                   f"keep it within {lo}-{hi}")


def legacy_structure():
    doc = load_json(LEGACY)
    if doc is None:
        return None
    for s in doc["structures"]:
        if s["model_version"] == "1.0.0":
            return s
    report(LEGACY, ["structures"], "no structure for model 1.0.0")
    return None


def check_model_migration(path, model, info):
    legacy = legacy_structure()
    migrations = {m["from"]: (i, m) for i, m in enumerate(model["migrations"])}
    if "1" not in migrations:
        report(path, ["migrations"], "needs a migration from model 1.x")
        return
    mi, mig = migrations["1"]
    parts = ["migrations", mi]
    for old, new in mig["questions"].items():
        if new not in info["questions"]:
            report(path, parts + ["questions", old], f"maps to unknown question {new!r}")
    for old, new in mig["dimensions"].items():
        if new not in info["dimensions"]:
            report(path, parts + ["dimensions", old], f"maps to unknown dimension {new!r}")
    targets = list(mig["questions"].values())
    for new in sorted({t for t in targets if targets.count(t) > 1}):
        report(path, parts + ["questions"], f"several 1.x questions map to {new!r}: one answer would be lost")
    if legacy is None:
        return
    for old in legacy["questions"]:
        if old not in mig["questions"] and old not in mig["dropped_questions"]:
            report(path, parts + ["questions"], f"1.0.0 question {old!r} is neither mapped nor listed as dropped")
    for old in legacy["dimensions"]:
        if old not in mig["dimensions"]:
            report(path, parts + ["dimensions"], f"1.0.0 dimension {old!r} is not mapped")


# [SECTION] Checklist ------------------------------------------------------------------------
def item_approaches(item, path_approaches):
    """The ai_approach answers for which the item applies (paths, then applies_when)."""
    out = []
    for approach in APPROACHES:
        on_path = "paths" not in item or approach == "mixed" or any(
            approach in path_approaches.get(p, []) for p in item["paths"])
        allowed = item.get("applies_when", {}).get("ai_approach")
        if on_path and (allowed is None or approach in allowed):
            out.append(approach)
    return out


def effective_evidence(item, approach, info):
    """The evidence questions asked of an organization with this approach (explicit questions,
    else all questions of the evidence dimensions)."""
    ids = item["evidence"]["questions"] or [
        q for d in item["evidence"]["dimensions"] for q in info["dimensions"].get(d, {}).get("questions", [])]
    return frozenset(q for q in ids if q in info["questions"] and applies_to(info["questions"][q]["q"], approach))


def check_checklist(path, doc, info):
    for pi, phase in enumerate(doc["phases"]):
        check_link(path, ["phases", pi, "link"], phase["link"], need_anchor=False)
    path_approaches = {p["id"]: p["approaches"] for p in doc["paths"]}
    followed = [a for p in doc["paths"] for a in p["approaches"]]
    for approach in info["profile"].get("ai_approach", []):
        if approach != "mixed" and followed.count(approach) != 1:
            report(path, ["paths"], f"ai_approach option {approach!r} must follow exactly one path")

    items = doc["items"]
    seen, orders = {}, {}
    for ii, it in enumerate(items):
        parts = ["items", ii]
        if it["id"] in seen:
            report(path, parts + ["id"], f"item id {it['id']!r} already used at {pointer(seen[it['id']])}")
        seen.setdefault(it["id"], parts + ["id"])
        prefix = "startup_" if "startup" in it["checklists"] else "enterprise_"
        if not it["id"].startswith(prefix):
            report(path, parts + ["id"], f"ids start with the first checklist that lists the item: {prefix}...")
        check_link(path, parts + ["link"], it["link"], need_anchor=True)
        for cl in it["checklists"]:
            key = (cl, it["phase"], it["order"])
            if key in orders:
                report(path, parts + ["order"], f"order {it['order']} in phase {it['phase']!r} of the {cl} checklist "
                       f"is also used at {pointer(orders[key])}")
            orders.setdefault(key, parts + ["order"])
        check_item_evidence(path, parts, it, info)
        if it["phase"] in AZURE_ONLY_PHASES and set(it.get("paths", {})) != {"azure"}:
            report(path, parts + ["paths"], "Ready and Adopt items apply to Azure builders only: paths must be {azure}")
        for key, values in it.get("applies_when", {}).items():
            if key not in info["profile"]:
                report(path, parts + ["applies_when", key], f"unknown profile question {key!r}")
                continue
            for vi, v in enumerate(values):
                if v not in info["profile"][key]:
                    report(path, parts + ["applies_when", key, vi], f"{v!r} is not an option of {key!r}")
        if not item_approaches(it, path_approaches):
            report(path, parts, "applies to no AI approach")

    check_distinct_evidence(path, items, info, path_approaches)
    check_checklist_lists(path, items)
    check_checklist_migration(path, doc, items)


def check_item_evidence(path, parts, it, info):
    ev = it["evidence"]
    for qi, qid in enumerate(ev["questions"]):
        q = info["questions"].get(qid)
        if q is None:
            report(path, parts + ["evidence", "questions", qi], f"unknown question id {qid!r}")
        elif q["role"] == "level":
            report(path, parts + ["evidence", "questions", qi], f"{qid!r} sets the CAF level; its value says how "
                   "skilled you are, not whether the activity is in place")
    for di, did in enumerate(ev["dimensions"]):
        if did not in info["dimensions"]:
            report(path, parts + ["evidence", "dimensions", di], f"unknown dimension id {did!r}")
    if it["phase"] in CAF_ACTIVITIES:
        own = [d for d in ev["dimensions"] if info["dimensions"].get(d, {}).get("phase") == it["phase"]]
        if not own:
            report(path, parts + ["evidence", "dimensions"],
                   f"a {it['phase']} item must be evidenced by its own {it['phase']} dimension")
        for qi, qid in enumerate(ev["questions"]):
            q = info["questions"].get(qid)
            if q and q["dimension"] not in own:
                report(path, parts + ["evidence", "questions", qi], f"{qid!r} is not a question of {own}")
    elif not any(info["questions"].get(q, {}).get("phase") == it["phase"] for q in ev["questions"]):
        report(path, parts + ["evidence", "questions"],
               f"a {it['phase']} item needs at least one {it['phase']} quick check in its evidence")


def check_distinct_evidence(path, items, info, path_approaches):
    """For every kind of organization: each applicable item has evidence it is asked (with a
    quick check of its phase for Ready to Manage), and no two items of one checklist and phase
    rest on the same answers (so that, e.g., Assess and Monitor risks can differ)."""
    for approach in APPROACHES:
        for cl in ("startup", "enterprise"):
            groups = {}
            for ii, it in enumerate(items):
                if cl not in it["checklists"] or approach not in item_approaches(it, path_approaches):
                    continue
                ev = effective_evidence(it, approach, info)
                if not ev:
                    report(path, ["items", ii, "evidence"], f"for ai_approach={approach!r} none of its evidence "
                           "questions is asked: the item could never be anything but unverified")
                elif it["phase"] in LATER_PHASES and not any(info["questions"][q]["phase"] == it["phase"] for q in ev):
                    report(path, ["items", ii, "evidence"], f"for ai_approach={approach!r} no {it['phase']} quick "
                           "check of its evidence is asked")
                groups.setdefault((it["phase"], ev), []).append(it["id"])
            for (phase, ev), ids in groups.items():
                if len(ids) > 1 and ev:
                    report(path, ["items"], f"{cl} checklist, phase {phase!r}, ai_approach={approach!r}: {ids} rest on "
                           f"the same answers {sorted(ev)}; give each one an answer of its own")


def check_checklist_lists(path, items):
    def titles(cl):
        chosen = [it for it in items if cl in it["checklists"]]
        chosen.sort(key=lambda it: (PHASES.index(it["phase"]), it["order"]))
        return chosen

    got = [(it["phase"], it["title"]) for it in titles("startup")]
    if got != STARTUP_TITLES:
        report(path, ["items"], "the startup checklist must be the seed's 14 items in phase order;\n"
               f"    expected {STARTUP_TITLES}\n    found    {got}")
    for ii, it in enumerate(items):
        if "startup" in it["checklists"] and "enterprise" not in it["checklists"]:
            report(path, ["items", ii, "checklists"], "the enterprise checklist holds every startup item")
    enterprise = titles("enterprise")
    startup_ids = {it["id"] for it in items if "startup" in it["checklists"]}
    for phase in PHASES:
        have = [it["title"] for it in enterprise if it["phase"] == phase]
        for title in ENTERPRISE_REQUIRED[phase]:
            if title not in have:
                report(path, ["items"], f"the enterprise checklist lacks CAF's {phase} activity {title!r}")
    for ii, it in enumerate(items):
        if (it["id"] not in startup_ids and it["title"] not in ENTERPRISE_REQUIRED[it["phase"]]
                and "edition" not in it):
            report(path, ["items", ii], f"{it['title']!r} is neither a startup item nor a current CAF enterprise "
                   "activity: drop it or mark it with \"edition\"")


def check_checklist_migration(path, doc, items):
    legacy = legacy_structure()
    ids = {it["id"] for it in items}
    migrations = {m["from"]: (i, m) for i, m in enumerate(doc["migrations"])}
    if "1" not in migrations:
        report(path, ["migrations"], "needs a migration from checklist 1.x")
        return
    mi, mig = migrations["1"]
    for old, new in mig["items"].items():
        if new not in ids:
            report(path, ["migrations", mi, "items", old], f"maps to unknown item {new!r}")
    for old in (legacy or {}).get("items", []):
        if old not in mig["items"]:
            report(path, ["migrations", mi, "items"], f"1.0.0 item {old!r} is not mapped")


# [SECTION] Sessions -------------------------------------------------------------------------
def check_session(path, sess, model, info, checklist):
    mref = sess.get("model", {})
    if mref.get("id") != model.get("id"):
        report(path, ["model", "id"], f"session is for model {mref.get('id')!r}, not {model.get('id')!r}")
        return
    q_map, d_map, i_map = {}, {}, {}
    version = mref.get("version", "")
    if version.split(".")[0] != model["version"].split(".")[0]:
        major = version.split(".")[0]
        mig = next((m for m in model["migrations"] if m["from"] == major), None)
        cmig = next((m for m in (checklist or {}).get("migrations", []) if m["from"] == major), None)
        if mig is None:
            report(path, ["model", "version"], f"no migration from model {version!r} to {model['version']!r}")
            return
        q_map, d_map, i_map = mig["questions"], mig["dimensions"], (cmig or {}).get("items", {})
    elif version != model["version"]:
        report(path, ["model", "version"], f"model version {version!r} differs from {model['version']!r}")
    for qid, value in sess.get("answers", {}).items():
        q = info["questions"].get(q_map.get(qid, qid))
        if q is None:
            report(path, ["answers", qid], f"unknown question id {qid!r}")
        elif value == "na" and not q["q"]["allow_na"]:
            report(path, ["answers", qid], f"'na' is not allowed for {q['q']['id']!r}: the answer would be lost")
        elif value == "unknown" and sess.get("format_version") != 2:
            report(path, ["answers", qid], "'unknown' answers need session format 2")
    for qid in sess.get("notes", {}):
        if q_map.get(qid, qid) not in info["questions"]:
            report(path, ["notes", qid], f"unknown question id {qid!r}")
    for did in sess.get("targets", {}):
        if d_map.get(did, did) not in info["dimensions"]:
            report(path, ["targets", did], f"unknown dimension id {did!r}")
    item_ids = {it["id"] for it in (checklist or {}).get("items", [])}
    for iid in sess.get("checklist", {}).get("items", {}):
        if item_ids and i_map.get(iid, iid) not in item_ids:
            report(path, ["checklist", "items", iid], f"unknown checklist item id {iid!r}")


# [SECTION] Plan data (data/plan.json) -------------------------------------------------------
def check_plan(path, plan, checklist, model):
    """Every checklist item has a plan entry, every id it names exists, and the
    dependencies have no cycle (CAF's order is a partial order)."""
    item_ids = [i["id"] for i in checklist["items"]]
    roles = {r["id"] for r in plan["roles"]}
    if len(roles) != len(plan["roles"]):
        report(path, ["roles"], "duplicate role id")
    for iid in item_ids:
        if iid not in plan["items"]:
            report(path, ["items"], f"no plan entry for checklist item '{iid}'")
    for iid, entry in plan["items"].items():
        parts = ["items", iid]
        if iid not in item_ids:
            report(path, parts, "not a checklist item id")
        people = [entry["owner"], entry["raci"]["accountable"]] + entry["raci"]["responsible"] + \
            entry["raci"]["consulted"] + entry["raci"]["informed"]
        for r in people:
            if r not in roles:
                report(path, parts, f"unknown role '{r}'")
        if entry["owner"] != entry["raci"]["accountable"]:
            report(path, parts + ["owner"], "the owner must be the accountable role")
        for d in entry["depends_on"]:
            if d not in item_ids:
                report(path, parts + ["depends_on"], f"unknown item '{d}'")
            if d == iid:
                report(path, parts + ["depends_on"], "an item cannot depend on itself")
    # Cycles: depth-first search with colours.
    state = {}
    def visit(n, trail):
        if state.get(n) == 1:
            report(path, ["items", n, "depends_on"], "dependency cycle: " + " -> ".join(trail + [n]))
            return
        if state.get(n) == 2 or n not in plan["items"]:
            return
        state[n] = 1
        for d in plan["items"][n]["depends_on"]:
            visit(d, trail + [n])
        state[n] = 2
    for n in plan["items"]:
        visit(n, [])
    for k, p in enumerate(plan["poc_items"]):
        if p not in item_ids:
            report(path, ["poc_items", str(k)], f"unknown item '{p}'")
    approaches = {a["id"] for a in model["approaches"]}
    tree = plan["use_case_tree"]
    for g, goal in enumerate(tree["goals"]):
        for n, need in enumerate(goal["needs"]):
            if need["approach"] not in approaches:
                report(path, ["use_case_tree", "goals", str(g), "needs", str(n), "approach"],
                       f"'{need['approach']}' is not an approach of data/model.json")
    for a in approaches:
        if a not in tree["data_needed"]:
            report(path, ["use_case_tree", "data_needed"], f"no data need for approach '{a}'")
    days = [w["from_day"] for w in plan["waves"]]
    if days != sorted(days) or days[0] != 0:
        report(path, ["waves"], "waves must start at day 0 and be in order")


# [SECTION] Main -----------------------------------------------------------------------------
def main(argv):
    schemas = {}
    for name in ("model", "checklist", "session", "plan"):
        spath = os.path.join(SCHEMA, f"{name}.schema.json")
        s = load_json(spath)
        if s is not None:
            try:
                Draft202012Validator.check_schema(s)
                schemas[name] = s
            except jsonschema.exceptions.SchemaError as e:
                report(spath, list(e.absolute_path), f"invalid schema: {e.message}")
    if len(schemas) < 4:
        return finish()
    points = font_codepoints()

    model = load_json(MODEL)
    info = None
    if model is not None:
        check_charset(MODEL, model, points)
        if check_schema(MODEL, model, schemas["model"]):
            info = check_model(MODEL, model)

    checklist = load_json(CHECKLIST)
    if checklist is not None:
        check_charset(CHECKLIST, checklist, points)
        if check_schema(CHECKLIST, checklist, schemas["checklist"]) and info is not None:
            check_checklist(CHECKLIST, checklist, info)

    plan = load_json(PLAN)
    if plan is not None:
        check_charset(PLAN, plan, points)
        if check_schema(PLAN, plan, schemas["plan"]) and checklist is not None and model is not None:
            check_plan(PLAN, plan, checklist, model)

    sessions = sorted(glob.glob(SESSION_FIXTURES)) + [os.path.abspath(a) for a in argv]
    for spath in sessions:
        sess = load_json(spath)
        if sess is None:
            continue
        check_charset(spath, sess, points)
        if check_schema(spath, sess, schemas["session"]) and info is not None:
            check_session(spath, sess, model, info, checklist)

    if not problems and info is not None:
        asked = ", ".join(f"{a} {sum(applies_to(q['q'], a) for q in info['questions'].values())}"
                          for a in APPROACHES)
        print(f"validate_data: OK – {len(info['dimensions'])} dimensions, {len(info['questions'])} questions "
              f"(asked per ai_approach: {asked}), {len(checklist['items'])} checklist items, "
              f"{len(sessions)} session file(s)")
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
