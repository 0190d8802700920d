#!/usr/bin/env python3
"""Build step: a JSON file without the whitespace between its tokens (what the app embeds).

usage: minify_json.py IN OUT
Tokens are kept byte for byte (strings, numbers, their escapes): only spaces, tabs and line
breaks outside strings go. The result must parse to the same value as the input, or the build
stops. OUT is only rewritten when it changes (no rebuild of what embeds it for nothing).
"""
import json
import sys


def minify(text):
    out = []
    in_string = escaped = False
    for c in text:
        if in_string:
            out.append(c)
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                in_string = False
        elif c in " \t\r\n":
            continue
        else:
            out.append(c)
            in_string = c == '"'
    return "".join(out)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, dst = sys.argv[1:]
    with open(src, encoding="utf-8") as f:
        text = f.read()
    small = minify(text)
    if json.loads(small) != json.loads(text):
        sys.exit(f"minify_json.py: {src}: the minified text means something else")
    try:
        with open(dst, encoding="utf-8") as f:
            if f.read() == small:
                return
    except FileNotFoundError:
        pass
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write(small)


if __name__ == "__main__":
    main()
