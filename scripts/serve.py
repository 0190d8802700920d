#!/usr/bin/env python3
"""Serves the built app (build/web/dist) on 127.0.0.1 with the right MIME types.

usage: serve.py DIST_DIR [--port N] [--host 127.0.0.1]
Port 0 picks a free port. Prints "Serving at http://HOST:PORT/" once listening.
"""
import argparse
import functools
import http.server
import sys

CSP = ("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; "
       "style-src 'self'; img-src 'self' data: blob:; base-uri 'none'; form-action 'none'; "
       "object-src 'none'; frame-ancestors 'none'")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript; charset=utf-8",
        ".mjs": "text/javascript; charset=utf-8",
        ".html": "text/html; charset=utf-8",
        ".css": "text/css; charset=utf-8",
        ".svg": "image/svg+xml",
        ".json": "application/json",
    }

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, fmt, *args):
        if "--quiet" not in sys.argv:
            super().log_message(fmt, *args)


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("dist")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--quiet", action="store_true")
    a = p.parse_args()
    handler = functools.partial(Handler, directory=a.dist)
    try:
        server = http.server.ThreadingHTTPServer((a.host, a.port), handler)
    except OSError as e:
        sys.exit(f"serve.py: cannot listen on {a.host}:{a.port}: {e.strerror}. "
                 f"Choose another port, e.g. PORT={a.port + 1}.")
    host, port = server.server_address[:2]
    print(f"Serving at http://{host}:{port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
