#!/usr/bin/env python3
"""What takes the space in app.wasm: sections, data, and code by origin and by function.

usage: wasm_sizes.py APP_WASM [SYMBOL_MAP] [--top N]
SYMBOL_MAP is emscripten's --emit-symbol-map output (build/web/stage/app.js.symbols:
"index:name" per function, names demangled, with \XX escapes); without it functions are
listed by index only. Reads the binary format directly (sections, code bodies).
"""
import argparse
import re
import shutil
import subprocess
import sys
from collections import defaultdict

SECTIONS = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
            6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data",
            12: "datacount"}

# Where a function comes from, by its (demangled) name; first match wins.
ORIGINS = [
    ("Dear ImGui", re.compile(r"^(ImGui|Im[A-Z]|ImGui_Impl|Stb|stb|ImFont|ImDraw|ImVector|ImPool|ImChunk|ImSpan)|\bImGui::|stbtt|stb_")),
    ("nlohmann::json", re.compile(r"nlohmann")),
    ("app (src/app, src/platform)", re.compile(r"^app::|^caf::app|^caf::platform|^app_|^\(anonymous namespace\)::|^main$")),
    ("core (src/core)", re.compile(r"^caf::")),
    ("C++ library (libc++, libc++abi)", re.compile(r"^std::|^__cxa|^__cxxabiv1|^operator (new|delete)|^__gxx|^__dynamic_cast")),
    ("C library and runtime (libc, emmalloc, compiler-rt)", re.compile(r"^(__|_|em|dl|str|mem|printf|snprintf|vsnprintf|fmt|pop_arg|strto|qsort|sqrt|pow|exp|log|sin|cos|fmod|frexp|scalbn|wc|mb|atan|floor|ceil|abs|getint|out|pad|isdigit|tolower|toupper|sbrk|malloc|free|calloc|realloc|GLFW|glfw|gl[A-Z])")),
]


def leb(data, i):
    result = shift = 0
    while True:
        b = data[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, i


def read_sections(data):
    if data[:4] != b"\0asm":
        sys.exit("wasm_sizes.py: not a WebAssembly binary")
    i = 8
    while i < len(data):
        sid = data[i]
        size, j = leb(data, i + 1)
        name = SECTIONS.get(sid, f"id {sid}")
        if sid == 0:
            n, k = leb(data, j)
            name = "custom " + data[k:k + n].decode("utf-8", "replace")
        yield sid, name, j, size, j - i + size
        i = j + size


def imported_functions(data, start):
    count, i = leb(data, start)
    funcs = 0
    for _ in range(count):
        for _ in range(2):
            n, i = leb(data, i)
            i += n
        kind = data[i]
        i += 1
        if kind == 0:
            _, i = leb(data, i)
            funcs += 1
        elif kind == 1:
            i += 1
            flags, i = leb(data, i)
            _, i = leb(data, i)
            if flags & 1:
                _, i = leb(data, i)
        elif kind == 2:
            flags, i = leb(data, i)
            _, i = leb(data, i)
            if flags & 1:
                _, i = leb(data, i)
        elif kind == 3:
            i += 2
    return funcs


def code_bodies(data, start):
    count, i = leb(data, start)
    for _ in range(count):
        size, j = leb(data, i)
        yield i, j - i + size
        i = j + size


BROTLI = shutil.which("brotli")


def brotli_size(blob):
    """Bytes of `blob` alone under `brotli --best` (what the build ships); None without brotli.
    Parts compressed alone add up to more than the whole file (shared context is lost), so the
    figures rank the parts; the file's own .br size is the one on the wire."""
    if not BROTLI:
        return None
    return len(subprocess.run([BROTLI, "--best", "-c"], input=blob, capture_output=True, check=True).stdout)


def data_segments(data, start):
    count, i = leb(data, start)
    total = 0
    for _ in range(count):
        flags, i = leb(data, i)
        if flags == 0 or flags == 2:
            if flags == 2:
                _, i = leb(data, i)
            while data[i] != 0x0B:   # the offset expression, up to `end`
                i += 1
            i += 1
        size, i = leb(data, i)
        total += size
        i += size
    return count, total


def unescape(name):
    """The symbol map writes characters outside [A-Za-z0-9_:] as \\XX (hex)."""
    return re.sub(r"\\([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), name)


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("wasm")
    p.add_argument("symbols", nargs="?")
    p.add_argument("--top", type=int, default=15)
    a = p.parse_args()
    data = open(a.wasm, "rb").read()
    kib = lambda n: f"{n / 1024:7.1f} KiB"
    brk = lambda blob: "" if brotli_size(blob) is None else f"  brotli alone {kib(brotli_size(blob))}"
    print(f"app.wasm: {len(data)} B ({kib(len(data)).strip()}){brk(data)}")
    print("\nby section:")
    sections = list(read_sections(data))
    for sid, name, start, size, whole in sorted(sections, key=lambda s: -s[4]):
        blob = brk(data[start:start + size]) if whole > 16384 else ""
        print(f"  {name:<22} {kib(whole)} {100 * whole / len(data):5.1f} %{blob}")

    n_imports = 0
    code = []
    bodies = []
    for sid, name, start, size, whole in sections:
        if sid == 2:
            n_imports = imported_functions(data, start)
        elif sid == 10:
            bodies = list(code_bodies(data, start))
            code = [size for _, size in bodies]
        elif sid == 11:
            count, total = data_segments(data, start)
            print(f"\ndata: {count} segments, {total} B: fonts, model and checklist JSON, strings, tables")

    names = {}
    if a.symbols:
        for line in open(a.symbols, encoding="utf-8", errors="replace"):
            idx, _, name = line.rstrip("\n").partition(":")
            if idx.isdigit():
                names[int(idx)] = name
    indices = [n_imports + k for k in range(len(code))]
    raw = [names.get(i, f"func[{i}]") for i in indices]
    pretty = [unescape(n) for n in raw]
    by_origin = defaultdict(int)
    count_origin = defaultdict(int)
    blobs = defaultdict(list)
    for (at, size), name in zip(bodies, pretty):
        origin = next((o for o, rx in ORIGINS if rx.search(name)), "other" if names else "unnamed (no symbol map)")
        by_origin[origin] += size
        count_origin[origin] += 1
        blobs[origin].append(data[at:at + size])
    total_code = sum(code)
    print(f"\ncode: {len(code)} functions, {total_code} B, by origin:")
    for origin, size in sorted(by_origin.items(), key=lambda x: -x[1]):
        print(f"  {origin:<52} {kib(size)} {100 * size / max(1, total_code):5.1f} %  ({count_origin[origin]} functions)"
              f"{brk(b''.join(blobs[origin]))}")
    print(f"\nlargest {a.top} functions:")
    for size, name in sorted(zip(code, pretty), key=lambda x: -x[0])[:a.top]:
        print(f"  {size:7d} B  {name[:110]}")


if __name__ == "__main__":
    main()
