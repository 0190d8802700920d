#!/usr/bin/env bash
# Sets up what is missing, builds the web app and serves it on 127.0.0.1.
#   PORT=8080 (default) picks the port; Ctrl+C stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8080}"

bash scripts/setup.sh
export NODE_PATH=/usr/share/nodejs        # Debian's emscripten needs Debian's node modules
cmake --preset web >/dev/null
cmake --build --preset web --target dist

echo
echo "The AI maturity self-assessment is ready:"
exec /usr/bin/python3 scripts/serve.py build/web/dist --port "$PORT"
