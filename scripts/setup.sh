#!/usr/bin/env bash
# Installs what is missing, and nothing twice.
#   bash scripts/setup.sh           what building and serving the web app need (scripts/run.sh):
#                                   Debian packages and Dear ImGui 1.86 from Debian's `imgui`
#                                   *source* package, unpacked into third_party/ (git-ignored);
#   bash scripts/setup.sh --tests   that, plus what only the tests and the benchmark need
#                                   (scripts/test.sh, scripts/bench.sh): the host compiler, Chromium,
#                                   the tools that check the exports, clang's fuzzer and sanitizers,
#                                   the de_DE.UTF-8 locale (comma decimals) for the locale tests,
#                                   and the npm packages
#                                   (playwright-core, axe-core, lighthouse: npm ci, from package-lock.json).
# Idempotent: a second run with everything present takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TESTS=0
case "${1:-}" in
  --tests) TESTS=1 ;;
  "") ;;
  *) echo "usage: setup.sh [--tests]" >&2; exit 2 ;;
esac

# Bold tag on a terminal, plain in logs (CI).
if [ -t 1 ]; then say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }; else say() { printf '[setup] %s\n' "$*"; }; fi

# Building and serving: emscripten (it brings clang, lld, binaryen and node), the headers, the
# font and its subsetter, the compressors of dist/ (cmake/dist.cmake), catch2 (the web build's
# configure step declares the wasm tests), and what fetching the imgui source package needs.
PACKAGES=(
  emscripten nlohmann-json3-dev catch2 cmake ninja-build
  fonts-inter python3-fonttools brotli gzip ca-certificates dpkg-dev xz-utils
)
# Only the tests and the benchmark: the native build, the browser, the export checkers.
TEST_PACKAGES=(g++ chromium xxd cmark cmark-gfm tidy python3-jsonschema python3-icalendar
  clang-14 libclang-rt-14-dev locales)
if [ "$TESTS" = 1 ]; then
  PACKAGES+=("${TEST_PACKAGES[@]}")
  # node and npm: use what the machine has (e.g. a newer Node.js that bundles npm);
  # only a machine without them gets Debian's.
  command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

# --- Debian packages --------------------------------------------------------
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- A comma-decimal locale ---------------------------------------------------
# The locale tests (tests/core, tests/browser/exports) need a real German locale, not a
# silent fallback to C. localedef adds it to /usr/lib/locale/locale-archive; neither
# /etc/locale.gen nor /etc/default/locale is touched.
if [ "$TESTS" = 1 ] && ! locale -a 2>/dev/null | grep -qix 'de_DE.utf8'; then
  say "generating the de_DE.UTF-8 locale"
  $SUDO localedef -i de_DE -c -f UTF-8 -A /usr/share/locale/locale.alias de_DE.UTF-8
fi

# --- Dear ImGui from Debian's source package --------------------------------
# apt-get source needs deb-src entries; we derive them from the system's own
# sources into a private apt directory so the system's apt setup is untouched.
IMGUI_DIR="$ROOT/third_party/imgui"
if [ ! -f "$IMGUI_DIR/imgui.cpp" ]; then
  say "fetching Dear ImGui 1.86 from Debian's imgui source package"
  APT_PRIV="$ROOT/third_party/.apt"
  rm -rf "$APT_PRIV"; mkdir -p "$APT_PRIV/sources" "$APT_PRIV/lists/partial" "$APT_PRIV/dl"
  chmod 777 "$APT_PRIV/dl"   # apt downloads as the _apt user
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    # Keep only the main bookworm suite and turn binary entries into source entries.
    sed -e 's/^Types: deb$/Types: deb-src/' \
        -e 's/^Suites: .*/Suites: bookworm/' \
        /etc/apt/sources.list.d/debian.sources \
      | awk 'BEGIN{RS="";ORS="\n\n"} /Suites: bookworm/ && !/security/' > "$APT_PRIV/sources/src.sources"
  else
    grep -E '^deb ' /etc/apt/sources.list | grep -v security | grep ' bookworm ' \
      | sed 's/^deb /deb-src /' > "$APT_PRIV/sources/src.list"
  fi
  APT_OPTS=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$APT_PRIV/sources"
            -o "Dir::State::Lists=$APT_PRIV/lists" -o Debug::NoLocking=1)
  apt-get "${APT_OPTS[@]}" update -qq
  (cd "$APT_PRIV/dl" && apt-get "${APT_OPTS[@]}" source --download-only -qq imgui)
  tarball=$(ls "$APT_PRIV"/dl/imgui_*.orig.tar.* | head -n1)
  rm -rf "$IMGUI_DIR.tmp"; mkdir -p "$IMGUI_DIR.tmp"
  tar -xf "$tarball" -C "$IMGUI_DIR.tmp" --strip-components=1
  rm -rf "$IMGUI_DIR"; mv "$IMGUI_DIR.tmp" "$IMGUI_DIR"
  rm -rf "$APT_PRIV"
  grep -q 'IMGUI_VERSION *"1.86' "$IMGUI_DIR/imgui.h" || { echo "unexpected imgui version" >&2; exit 1; }
fi

# --- npm packages (playwright-core drives Debian's chromium), for the tests --
if [ "$TESTS" = 1 ] && { [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

say "ready"
