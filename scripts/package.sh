#!/usr/bin/env bash
# Makes the app ready for any static host: a folder and a zip of it.
#   bash scripts/package.sh            builds the web app, writes build/package/caf-ai-assessment{/,.zip}
#   PACKAGE_DIR=DIR (where to write), DIST_DIR=DIR (an existing dist/, skips the build)
# The folder holds dist/ (versioned names, .br and .gz copies) and one config per kind of host,
# each sending what scripts/serve.py sends: the CSP, the wasm MIME type, the caching
# (versioned names immutable, index.html / sw.js / manifest revalidated):
#   staticwebapp.config.json   Azure Static Web Apps
#   _headers                   Netlify, Cloudflare Pages
#   nginx.conf                 nginx: include it in a server { } block
#   DEPLOY.md                  which file is for what, and GitHub Pages (no headers: the page's meta CSP)
set -euo pipefail
cd "$(dirname "$0")/.."
PACKAGE_DIR="${PACKAGE_DIR:-build/package}"
NAME=caf-ai-assessment

if [ -z "${DIST_DIR:-}" ]; then
  bash scripts/setup.sh
  export NODE_PATH=/usr/share/nodejs
  cmake --preset web >/dev/null
  cmake --build --preset web --target dist
  DIST_DIR=build/web/dist
fi
[ -f "$DIST_DIR/index.html" ] || { echo "package.sh: $DIST_DIR/index.html is missing: build the web app first" >&2; exit 1; }

OUT="$PACKAGE_DIR/$NAME"
rm -rf "$OUT" "$OUT.zip"
mkdir -p "$OUT"
cp -p "$DIST_DIR"/* "$OUT"/
/usr/bin/python3 - "$OUT" <<'EOF'
import json, os, re, sys
sys.path.insert(0, "scripts")
from serve import CSP, IMMUTABLE, VERSIONED   # one source for the headers: what serve.py sends

out = sys.argv[1]
files = sorted(f for f in os.listdir(out) if not f.endswith((".br", ".gz")))
versioned = [f for f in files if VERSIONED.search(f)]
revalidated = ["/", "/index.html", "/sw.js", "/manifest.webmanifest"]
common = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
types = {".wasm": "application/wasm", ".webmanifest": "application/manifest+json", ".mjs": "text/javascript"}

# Azure Static Web Apps: global headers, MIME types, one route per versioned file.
swa = {
    "globalHeaders": {**common, "Cache-Control": "no-cache"},
    "mimeTypes": types,
    "routes": [{"route": "/" + f, "headers": {"Cache-Control": IMMUTABLE}} for f in versioned],
}
with open(os.path.join(out, "staticwebapp.config.json"), "w") as f:
    json.dump(swa, f, indent=2)
    f.write("\n")

# Netlify / Cloudflare Pages: rules are merged (values of one header joined by commas), so
# Cache-Control is set by exactly one rule per file.
lines = ["/*"] + [f"  {k}: {v}" for k, v in common.items()]
for p in revalidated:
    lines += [p, "  Cache-Control: no-cache"]
for f in versioned:
    lines += ["/" + f, "  Cache-Control: " + IMMUTABLE]
    if f.endswith(".wasm"):
        lines.append("  Content-Type: application/wasm")
lines += ["/manifest.webmanifest", "  Content-Type: application/manifest+json"]
with open(os.path.join(out, "_headers"), "w") as f:
    f.write("\n".join(lines) + "\n")

# nginx: add_header in a location replaces the server's, so each location repeats them all.
def headers(cache):
    h = {**common, "Cache-Control": cache}
    return "".join(f'    add_header {k} "{v}" always;\n' for k, v in h.items())
nginx = f"""# nginx: include this file inside a server {{ }} block whose `root` is this folder, e.g.
#   server {{ listen 80; root /srv/{os.path.basename(out)}; include /srv/{os.path.basename(out)}/nginx.conf; }}
# It sends the precompressed .gz copies (gzip_static, in Debian's nginx) and .br copies when
# the brotli module is loaded (Debian: libnginx-mod-http-brotli-static, then uncomment brotli_static).
gzip_static on;
# brotli_static on;
index index.html;
location / {{
{headers("no-cache")}}}
location ~ "\\.[0-9a-f]{{10}}\\.[A-Za-z0-9]+$" {{
    types {{ application/wasm wasm; text/javascript js mjs; text/css css; image/svg+xml svg; image/png png; }}
{headers(IMMUTABLE)}}}
location = /manifest.webmanifest {{
    types {{ }} default_type application/manifest+json;
{headers("no-cache")}}}
"""
with open(os.path.join(out, "nginx.conf"), "w") as f:
    f.write(nginx)

with open(os.path.join(out, "DEPLOY.md"), "w") as f:
    f.write(f"""# Deploying the AI maturity self-assessment

Upload this folder as it is to any static host; it needs no server code. Every host should send
the headers `scripts/serve.py` sends; this folder has them for:

- **Azure Static Web Apps**: `staticwebapp.config.json` (deploy the folder as the app location, no build).
- **Netlify, Cloudflare Pages**: `_headers` (publish the folder).
- **nginx**: `nginx.conf`, included in a `server {{ }}` block whose `root` is this folder.
- **GitHub Pages**: it sends no custom headers; the page's own `<meta>` Content-Security-Policy
  applies (everything but `frame-ancestors`), `.wasm` is served as `application/wasm`, and files
  are cached for 10 minutes. The `.nojekyll` file keeps every file as it is.

The CSP: `{CSP}`
Versioned files (their content's hash in the name) may be cached for ever: {", ".join(versioned)}.
`index.html`, `sw.js` and `manifest.webmanifest` must be revalidated (`Cache-Control: no-cache`).
""")
open(os.path.join(out, ".nojekyll"), "w").close()
EOF
(cd "$PACKAGE_DIR" && /usr/bin/python3 -m zipfile -c "$NAME.zip" "$NAME")
echo "package: $OUT/ and $OUT.zip ($(du -k "$OUT.zip" | cut -f1) KB)"
