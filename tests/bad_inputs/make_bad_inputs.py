#!/usr/bin/env python3
"""Writes the bad-input catalogue: files a user might import as a session, and
what each must produce. Run from anywhere: python3 tests/bad_inputs/make_bad_inputs.py

Every file is checked against the built-in model and checklist (data/) by
  - tests/cli/cli_bad_inputs.sh   (caf-assess validate --kind session FILE)
  - tests/core/test_import.cpp    (caf::import_session)
  - the browser tests             (the app's file import)
using manifest.json:
  {"file": name, "expect": "error", "errors": [substrings of the error text], "why": …}
  {"file": name, "expect": "ok", "notes": [substrings of the import notes], "why": …}
A case with "generate" is not stored (too big for the repository): build its
bytes as prefix + repeat * count + suffix (all UTF-8 text) before running it.
Error substrings leave out the file name, so they hold whatever the file is
called; every one names the problem (and its JSON pointer where there is one).
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

with open(os.path.join(ROOT, "tests/fixtures/sessions/persona_copilot_startup.json"), encoding="utf-8") as f:
    SESSION = json.load(f)

cases = []


def text_of(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def add(name, data, expect, why, ok=False):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)
    if ok:
        cases.append({"file": name, "expect": "ok", "notes": expect, "why": why})
    else:
        cases.append({"file": name, "expect": "error", "errors": expect, "why": why})


def edit(change):
    d = copy.deepcopy(SESSION)
    change(d)
    return text_of(d)


GOOD = text_of(SESSION)

# --- Bytes -------------------------------------------------------------------
add("empty.json", b"", ["is not valid JSON: the file is empty (0 bytes)"], "0 bytes")
add("whitespace_only.json", " \n\t\r\n  \n", ["is not valid JSON: the file holds only whitespace"], "only whitespace")
add("utf16le_bom.json", b"\xff\xfe" + GOOD.encode("utf-16-le"), ["is UTF-16 text", "save it as UTF-8"],
    "Notepad's 'Unicode' encoding")
add("utf16be_bom.json", b"\xfe\xff" + GOOD.encode("utf-16-be"), ["is UTF-16 text", "save it as UTF-8"],
    "UTF-16 big-endian with a byte order mark")
add("utf16le_no_bom.json", GOOD.encode("utf-16-le"), ["is UTF-16 (little-endian) text; save it as UTF-8"],
    "UTF-16 without a byte order mark")
add("utf32_bom.json", b"\xff\xfe\x00\x00" + GOOD.encode("utf-32-le"), ["is UTF-32 text; save it as UTF-8"],
    "UTF-32")
add("png_image.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00",
    ["is a PNG image, not a session file"], "a screenshot renamed to .json")
add("office_xlsx.json", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml",
    ["is a ZIP archive (or an Office file such as .xlsx or .docx), not a session file"], "a spreadsheet")
add("pdf_document.json", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    ["is a PDF document, not a session file"], "a printed report")
add("nul_in_middle.json", GOOD[:200].encode() + b"\x00" + GOOD[200:].encode(),
    ["is not a text file: it has a NUL byte (0x00) at line"], "one NUL byte in an otherwise good file")
add("invalid_utf8_latin1.json",
    edit(lambda d: d["notes"].update(strategy_use_case_discovery="Caf\u00e9 r\u00e9sum\u00e9")).encode("latin-1"),
    ["is not valid JSON: ill-formed UTF-8 at line", "byte 0xE9", "save it as UTF-8"],
    "saved as Windows-1252 / Latin-1")
PREFIX, SUFFIX = "{\"format\": \"caf-ai-session\", \"pad\": \"", "\"}\n"
cases.append({"file": "oversize.json", "expect": "error",
              "generate": {"prefix": PREFIX, "repeat": "x",
                           "count": 6 * 1024 * 1024 - len(PREFIX) - len(SUFFIX), "suffix": SUFFIX},
              "errors": ["is 6.0 MB; a session file is never larger than 5 MB"],
              "why": "a file of exactly 6 MB (6291456 bytes, generated at test time)"})

# --- JSON syntax ---------------------------------------------------------------
add("truncated.json", GOOD[: len(GOOD) // 2 - 7],
    ["is not valid JSON: parse error at line", "the file ends too early: it looks cut off"],
    "a download cut in half")
cut = GOOD.index("Test persona") + 4
add("truncated_in_string.json", GOOD[:cut], ["is not valid JSON", "the file ends too early"], "cut inside a string")
add("trailing_garbage.json", GOOD + "}\nand some more text\n",
    ["is not valid JSON", "there is more text after the end of the JSON data"], "two things pasted together")
add("not_json.json", "Our AI maturity is about level 2, I think.\n",
    ["is not valid JSON: parse error at line 1, column 1"], "plain text")
add("deeply_nested.json", "{\"format\": \"caf-ai-session\", \"x\": " + "[" * 200 + "]" * 200 + "}\n",
    ["is nested more than 64 levels deep"], "a nesting bomb")
add("array_root.json", "[1, 2, 3]\n", ["must be an object, not an array"], "a JSON array")
add("null_root.json", "null\n", ["must be an object, not null"], "JSON null")

# --- Not a session ---------------------------------------------------------------
with open(os.path.join(ROOT, "data/model.json"), encoding="utf-8") as f:
    add("model_file.json", f.read(), ["is an assessment model file (like data/model.json), not a saved session"],
        "the model file picked by mistake")
with open(os.path.join(ROOT, "data/checklist.json"), encoding="utf-8") as f:
    add("checklist_file.json", f.read(), ["is a checklist catalogue (like data/checklist.json), not a saved session"],
        "the checklist file picked by mistake")
add("report_json.json", text_of({"format": "caf-ai-report", "format_version": 2,
                                 "model": {"id": "caf-ai-maturity", "version": "2.0.0"}, "overall": {"caf_level": {"level": 1}}}),
    ["/format: must be \"caf-ai-session\", not \"caf-ai-report\"", "it is a JSON report"],
    "caf-assess report --format json output")
add("wrong_format.json", edit(lambda d: d.update(format="excel-export")),
    ["/format: must be \"caf-ai-session\", not \"excel-export\""], "another tool's file")
add("missing_format.json", edit(lambda d: d.pop("format")), ["/format: is missing (required)"], "no format member")
add("autosave_without_session.json", text_of({"format": "caf-ai-autosave", "format_version": 1}),
    ["/session: is missing: this autosave data holds no session to import"], "an empty autosave envelope")

# --- Versions and models ---------------------------------------------------------
add("future_format_version.json", edit(lambda d: d.update(format_version=3)),
    ["/format_version: is 3; this app reads version 2 (the file is from a newer app)"], "a newer session format")
add("other_model.json", edit(lambda d: d["model"].update(id="gbb-ai-maturity")),
    ["/model/id: is \"gbb-ai-maturity\" but this app's model is \"caf-ai-maturity\""], "another model's session")
add("model_major_3.json", edit(lambda d: d["model"].update(version="3.0.0")),
    ["/model/version: is \"3.0.0\"; this app reads sessions of model version 2.x"], "a model version from the future")

# --- Values ----------------------------------------------------------------------
add("unknown_question.json", edit(lambda d: d["answers"].update(strategy_nope=2)),
    ["/answers/strategy_nope: unknown question \"strategy_nope\""], "a question id this model does not have")
add("answer_5.json", edit(lambda d: d["answers"].update(strategy_use_case_discovery=5)),
    ["/answers/strategy_use_case_discovery: must be 0 to 4 or \"unknown\", not 5"], "out of range")
add("answer_negative.json", edit(lambda d: d["answers"].update(plan_partners=-1)),
    ["/answers/plan_partners: must be 0 to 4, \"na\" or \"unknown\", not -1"], "negative")
add("answer_string.json", edit(lambda d: d["answers"].update(strategy_use_case_discovery="3")),
    ["/answers/strategy_use_case_discovery: must be an integer from 0 to 4 or \"unknown\", not the string \"3\""], "a number as text")
add("answer_float.json", edit(lambda d: d["answers"].update(strategy_use_case_discovery=2.5)),
    ["/answers/strategy_use_case_discovery: must be an integer from 0 to 4 or \"unknown\", not a number"], "a fraction")
add("answers_array.json", edit(lambda d: d.update(answers=[1, 2, 3])),
    ["/answers: must be an object, not an array"], "answers as a list")
add("na_not_allowed.json", edit(lambda d: d["answers"].update(strategy_use_case_discovery="na")),
    ["/answers/strategy_use_case_discovery: \"na\" is not allowed for this question"], "N/A where it cannot apply")
add("unknown_profile_option.json", edit(lambda d: d["profile"].update(org_type="nonprofit")),
    ["/profile/org_type: \"nonprofit\" is not an option of \"org_type\""], "a profile option that does not exist")
add("target_9.json", edit(lambda d: d["targets"].update(use_cases=9)),
    ["/targets/use_cases: must be a target level from 0 to 4, not 9"], "target out of range")
add("unknown_item.json", edit(lambda d: d["checklist"]["items"].update(startup_nope={"done": True})),
    ["/checklist/items/startup_nope: unknown checklist item \"startup_nope\""], "a checklist item that does not exist")
add("done_not_bool.json",
    edit(lambda d: d["checklist"]["items"].update(startup_define_ai_technology_strategy={"done": "yes"})),
    ["/checklist/items/startup_define_ai_technology_strategy/done: must be true or false, not a string"],
    "a tick as text")
add("huge_note.json", edit(lambda d: d["notes"].update(strategy_use_case_discovery="n" * 5000)),
    ["/notes/strategy_use_case_discovery: is longer than 4000 characters"], "a 5000-character note")
add("bad_timestamp.json", edit(lambda d: d["meta"].update(updated="last Tuesday")),
    ["/meta/updated: must be a date and time like 2026-11-23T10:00:00Z, not \"last Tuesday\""], "a free-text date")

# --- Accepted ----------------------------------------------------------------------
add("ok_html_in_note.json",
    edit(lambda d: d["notes"].update(strategy_use_case_discovery="<script>alert(1)</script> <b>bold</b> =1+1")),
    [], "HTML in a note is text, not an error: the exports escape it", ok=True)
add("ok_utf8_bom.json", b"\xef\xbb\xbf" + GOOD.encode(), [], "a UTF-8 byte order mark (Windows editors)", ok=True)
add("ok_crlf.json", GOOD.replace("\n", "\r\n"), [], "Windows line ends", ok=True)


def newer_minor(d):
    d["model"]["version"] = "2.4.0"
    d["answers"]["strategy_future_question"] = 3
    d["notes"]["strategy_future_question"] = "from a newer model"
    d["checklist"]["items"]["startup_future_item"] = {"done": True}


add("ok_newer_minor_version.json", edit(newer_minor),
    ["This file was saved with version 2.4.0 of the assessment model; this app uses version 2.0.0.",
     "1 answer (strategy_future_question)", "1 note (strategy_future_question)",
     "1 checklist tick or note (startup_future_item)"],
    "a file from a newer minor model version: migrated, with a note", ok=True)
add("ok_dont_know.json", edit(lambda d: d["answers"].update(strategy_use_case_discovery="unknown")), [],
    "\"unknown\" is the answer \"don't know\"", ok=True)
add("answer_unknown_typo.json", edit(lambda d: d["answers"].update(strategy_use_case_discovery="unkown")),
    ["/answers/strategy_use_case_discovery: must be an integer from 0 to 4 or \"unknown\", not the string \"unkown\""],
    "a misspelt \"unknown\"")
with open(os.path.join(ROOT, "tests/fixtures/sessions_v1/persona_regulated_enterprise.json"), encoding="utf-8") as f:
    add("ok_model_1x.json", f.read(),
        ["This file was saved with version 1.0.0 of the assessment model; this app uses version 2.0.0, which "
         "follows the current CAF guidance.", "carried over to the matching questions and activities"],
        "a session file saved by the 1.x app: migrated to 2.0, answers kept", ok=True)
add("ok_autosave_envelope.json",
    text_of({"format": "caf-ai-autosave", "format_version": 1, "session": SESSION,
             "view": {"step": "results"}, "saved_at": "2026-11-23T10:00:00Z"}),
    ["This is the app's autosave data"], "the app's autosave data copied from browser storage", ok=True)

errors = sum(1 for c in cases if c["expect"] == "error")
with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump({"comment": "Bad (and a few good) session files for import: see make_bad_inputs.py. Checked against "
               "the built-in model and checklist by tests/cli/cli_bad_inputs.sh, tests/core/test_import.cpp and "
               "the browser tests.", "cases": cases}, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"wrote {len(cases)} cases ({errors} errors, {len(cases) - errors} accepted)")
