#!/usr/bin/python3
"""Writes the seed corpus of the fuzz targets (tests/fuzz/corpus/<target>/) from the
project's fixtures. Run it again after a fixture changes; commit the result.

    /usr/bin/python3 tests/fuzz/make_corpus.py build/native/caf-assess

  import      the persona sessions (format 2) and their 1.x versions (format 1, model 1.0.0,
              upgraded on import), the reference files of tests/fixtures/compat, the accepted
              odd files of tests/bad_inputs (BOM, CRLF, newer minor version, don't know, a 1.x
              file, autosave envelope) and a few small refused ones
  autosave    the autosave envelopes of tests/bad_inputs and tests/fixtures/compat, and one
              around each persona session
  share_link  per persona a link without and with notes (caf-assess share, link format 2), in
              the input modes of fuzz_share_link.cpp: 0 the text (also with '#' and a line
              break), 1 the payload, 2 the payload after the header; and the links of the
              1.x app (tests/fixtures/compat/v1) as text (0) and after their header (3)
  model       tests/fixtures/mini's model and checklist, then bytes for the answers; the same
              with 255 options on the first profile question, the most a share link holds

  json.dict   a libFuzzer dictionary for the JSON targets: JSON tokens, and every member name
              and enum value of the session, model and checklist schemas and of the autosave
              envelope

Inputs of fixed findings are kept in the same folders as regression-* and left alone here.
"""
import base64
import glob
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIX = os.path.join(ROOT, "tests", "fixtures")
BAD = os.path.join(ROOT, "tests", "bad_inputs")
OUT = os.path.join(HERE, "corpus")


def write(target, name, data):
    folder = os.path.join(OUT, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def clear(target):
    folder = os.path.join(OUT, target)
    os.makedirs(folder, exist_ok=True)
    for path in glob.glob(os.path.join(folder, "*")):
        if not os.path.basename(path).startswith("regression-"):
            os.remove(path)


def link_bytes(link):
    body = link[link.index(".") + 1:]
    return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))


def header_size(payload):
    at = 1 + payload[0]
    for _ in range(3):
        while payload[at] & 0x80:
            at += 1
        at += 1
    return at + 4


def schema_words():
    words = set()

    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "properties" and isinstance(v, dict):
                    words.update(v.keys())
                if k == "enum" and isinstance(v, list):
                    words.update(x for x in v if isinstance(x, str))
                if k == "const" and isinstance(v, str):
                    words.add(v)
                walk(v)
        elif isinstance(o, list):
            for x in o:
                walk(x)

    for name in ("session", "model", "checklist"):   # what the targets read (not the report, not caf_sections)
        walk(json.load(open(os.path.join(ROOT, "data", "schema", name + ".schema.json"), encoding="utf-8")))
    words.update(["caf-ai-autosave", "saved_at", "view", "step", "question", "theme", "text_scale", "welcome",
                  "profile", "assessment", "results", "roadmap", "light", "dark", "high_contrast", "caf-ai-report",
                  "unknown", "na", "answers/", "notes/", "targets/", "items/", "/done", "/note", "profile/",
                  "checklist/choice", "meta/title", "meta/respondent", "1.0.0", "2.0.0"])
    return sorted(words)


def write_dict():
    # Entries as libFuzzer reads them: \\ is a backslash, \" a quote, \xNN a byte.
    tokens = ["{", "}", "[", "]", ":", ",", "null", "true", "false", "-1", "0", "4", "5", "1.0", "1e308", "0.5",
              r"\\u0000", r"\\ud800", r"\xef\xbb\xbf", r"\xff\xfe", r"\\\"", r"\x0d\x0a"]
    lines = ["# libFuzzer dictionary for the JSON targets (written by make_corpus.py)"]
    lines += ['"%s"' % t for t in tokens]
    lines += ['"\\"%s\\""' % w for w in schema_words()]
    with open(os.path.join(HERE, "json.dict"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    cli = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "native", "caf-assess")
    sessions = sorted(glob.glob(os.path.join(FIX, "sessions", "*.json")))
    personas = [p for p in sessions if not os.path.basename(p).startswith("path_")]
    compat = os.path.join(FIX, "compat")
    for target in ("import", "autosave", "share_link", "model"):
        clear(target)

    for path in sessions:
        shutil.copy(path, os.path.join(OUT, "import", os.path.basename(path)))
    for path in sorted(glob.glob(os.path.join(FIX, "sessions_v1", "*.json"))):
        shutil.copy(path, os.path.join(OUT, "import", "v1-" + os.path.basename(path)))
    for path in sorted(glob.glob(os.path.join(compat, "v*", "session_*.json"))):
        version = os.path.basename(os.path.dirname(path))
        shutil.copy(path, os.path.join(OUT, "import", "compat-" + version + "-" + os.path.basename(path)))
    for name in ("ok_autosave_envelope", "ok_crlf", "ok_html_in_note", "ok_newer_minor_version", "ok_utf8_bom",
                 "ok_dont_know", "ok_model_1x", "truncated", "unknown_question", "na_not_allowed", "utf16le_bom",
                 "report_json"):
        shutil.copy(os.path.join(BAD, name + ".json"), os.path.join(OUT, "import", name + ".json"))

    shutil.copy(os.path.join(BAD, "ok_autosave_envelope.json"), os.path.join(OUT, "autosave", "envelope.json"))
    for path in sorted(glob.glob(os.path.join(compat, "v*", "autosave_*.json"))):
        version = os.path.basename(os.path.dirname(path))
        shutil.copy(path, os.path.join(OUT, "autosave", "compat-" + version + "-" + os.path.basename(path)))
    steps = ["welcome", "profile", "assessment", "results", "roadmap"]
    for k, path in enumerate(personas):
        session = json.load(open(path, encoding="utf-8"))
        first = next(iter(session["answers"]), "")
        envelope = {"format": "caf-ai-autosave", "format_version": 1, "saved_at": "2026-11-23T10:00:00Z",
                    "view": {"step": steps[k % len(steps)], "question": first,
                             "theme": ["light", "dark", "high_contrast"][k % 3], "text_scale": 1.25},
                    "session": session}
        write("autosave", os.path.basename(path), json.dumps(envelope, ensure_ascii=False))

    for path in personas:
        base = os.path.splitext(os.path.basename(path))[0]
        for notes in (False, True):
            args = [cli, "share", path] + (["--notes"] if notes else [])
            link = subprocess.run(args, check=True, capture_output=True, text=True).stdout.strip()
            tag = base + ("-notes" if notes else "")
            payload = link_bytes(link)[:-4]
            write("share_link", tag + "-text", b"\x00" + link.encode())
            write("share_link", tag + "-payload", b"\x01" + payload)
            write("share_link", tag + "-body", b"\x02" + payload[header_size(payload):])
            if not notes:
                write("share_link", tag + "-pasted", b"\x00#" + (link[:40] + "\n  " + link[40:]).encode())

    # Links of the 1.x app: their text, and what follows their header (mode 3).
    for path in sorted(glob.glob(os.path.join(compat, "v1", "link_*.txt"))):
        tag = "v1-" + os.path.splitext(os.path.basename(path))[0]
        link = open(path, encoding="utf-8").read().strip()
        payload = link_bytes(link)[:-4]
        write("share_link", tag + "-text", b"\x00" + link.encode())
        write("share_link", tag + "-body", b"\x03" + payload[header_size(payload):])

    model = open(os.path.join(FIX, "mini", "model.json"), "rb").read()
    checklist = open(os.path.join(FIX, "mini", "checklist.json"), "rb").read()
    write("model", "mini", model + b"\x00" + checklist + b"\x00" + bytes(range(256)))
    write("model", "mini-empty-answers", model + b"\x00" + checklist + b"\x00")
    big = json.loads(model)
    options = big["profile"][0]["options"]
    options += [{"id": "extra_%d" % k, "label": "Extra %d" % k} for k in range(255 - len(options))]
    write("model", "mini-255-profile-options",
          json.dumps(big, ensure_ascii=False).encode() + b"\x00" + checklist + b"\x00" + bytes([254]) * 64)
    write_dict()
    print("corpus written to", os.path.relpath(OUT, ROOT))


if __name__ == "__main__":
    main()
