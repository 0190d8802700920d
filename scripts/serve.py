#!/usr/bin/env python3
"""Serves the built app (build/web/dist) on 127.0.0.1 with the right MIME types.

usage: serve.py DIST_DIR [--port N] [--host 127.0.0.1]
Port 0 picks a free port. Prints "Serving at http://HOST:PORT/" once listening.

It does what a production host should (scripts/package.sh writes the same rules as host configs):
  - sends the precompressed NAME.br / NAME.gz the build wrote when the request accepts them,
    with Content-Encoding, and Vary: Accept-Encoding on every file that has them;
  - caches versioned names (app.3f9c1e2a7b.wasm, named by the content's hash) for a year,
    immutable; everything else (index.html, sw.js, the manifest) is revalidated on each load,
    by an ETag (size and nanosecond mtime; versioned names need none): Last-Modified alone
    counts whole seconds, so a file rewritten within the second it was fetched in was answered
    "304 Not Modified" (a new sw.js went unnoticed: browser:offline failed 2 runs in 6 once the
    app started faster).
"""
import argparse
import email.utils
import functools
import http.server
import os
import re
import sys

CSP = ("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; "
       "style-src 'self'; img-src 'self' data: blob:; worker-src 'self'; manifest-src 'self'; "
       "base-uri 'none'; form-action 'none'; "
       "object-src 'none'; frame-ancestors 'none'")

# A name the build versioned: stem, 10 hex digits of the content's SHA-256, extension.
VERSIONED = re.compile(r"\.[0-9a-f]{10}\.[A-Za-z0-9]+$")
IMMUTABLE = "public, max-age=31536000, immutable"
ENCODINGS = [("br", ".br"), ("gzip", ".gz")]   # in order of preference


def accepted_encodings(header):
    """The codings an Accept-Encoding header accepts (q > 0)."""
    accepted = set()
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        q = 1.0
        m = re.search(r"q=([0-9.]+)", params)
        if m:
            try:
                q = float(m.group(1))
            except ValueError:
                q = 0.0
        if name and q > 0:
            accepted.add(name.strip().lower())
    return accepted


def etag(path, coding):
    """A validator that changes whenever the file does, even within a second; one per coding."""
    st = os.stat(path)
    return f'"{st.st_size:x}-{st.st_mtime_ns:x}{"-" + coding if coding else ""}"'


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
        ".webmanifest": "application/manifest+json",
    }

    def versioned(self):
        """Whether the request names a versioned file (its path without query or fragment)."""
        return bool(VERSIONED.search(self.path.split("?", 1)[0].split("#", 1)[0]))

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", IMMUTABLE if self.versioned() else "no-cache")
        if getattr(self, "etag", None):
            self.send_header("ETag", self.etag)
        if getattr(self, "has_encodings", False):
            self.send_header("Vary", "Accept-Encoding")
        super().end_headers()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        variants = [(c, path + s) for c, s in ENCODINGS if os.path.isfile(path + s)] if os.path.isfile(path) else []
        self.has_encodings = bool(variants)
        accepted = accepted_encodings(self.headers.get("Accept-Encoding", ""))
        coding, encoded = next(((c, e) for c, e in variants if c in accepted), (None, None))
        # Versioned names are never revalidated (immutable; a new content is a new name).
        self.etag = etag(path, coding) if os.path.isfile(path) and not self.versioned() else None
        if self.etag and "If-None-Match" in self.headers:
            if self.etag in [t.strip() for t in self.headers["If-None-Match"].split(",")]:
                self.send_response(304)
                self.end_headers()
                return None
        if coding:
            return self.send_encoded(path, encoded, coding)
        return super().send_head()   # If-Modified-Since there only without If-None-Match, as here

    def send_encoded(self, path, encoded, coding):
        """The precompressed copy of `path`, with the original's type and date (304 when unchanged)."""
        mtime = int(os.stat(path).st_mtime)
        since = self.headers.get("If-Modified-Since")
        if since and "If-None-Match" not in self.headers:
            try:
                if int(email.utils.parsedate_to_datetime(since).timestamp()) >= mtime:
                    self.send_response(304)
                    self.end_headers()
                    return None
            except (TypeError, ValueError, IndexError, OverflowError):
                pass
        f = open(encoded, "rb")
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", coding)
        self.send_header("Content-Length", str(os.fstat(f.fileno()).st_size))
        self.send_header("Last-Modified", self.date_time_string(mtime))
        self.end_headers()
        return f

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
