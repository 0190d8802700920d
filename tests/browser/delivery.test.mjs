// Delivery: what scripts/serve.py sends for dist/ (and what a host should, scripts/package.sh).
//   - every file has .br and .gz beside it, and each decodes to the original bytes;
//   - a request that accepts br (or only gzip) gets that copy with Content-Encoding and
//     Vary: Accept-Encoding; one that accepts neither gets the original;
//   - versioned names (NAME.HASH.EXT, the content's hash) are immutable, index.html revalidated,
//     by an ETag that changes even when a file is rewritten within the same second;
//   - in the browser: a second visit takes the versioned files from the HTTP cache (no
//     request for them reaches the server) and revalidates index.html (a 304).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { startServer, launch, DIST, ROOT } from './lib.mjs';

const VERSIONED = /^(.+)\.([0-9a-f]{10})(\.[A-Za-z0-9]+)$/;
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// A raw GET (node's fetch would decode the body and hide Content-Encoding).
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const served = readdirSync(DIST).filter((n) => !/\.(br|gz)$/.test(n));

test('dist/ holds versioned names whose hash is their content, and the page names them', () => {
  const names = served.filter((n) => VERSIONED.test(n));
  for (const stem of ['app', 'main', 'contracts', 'dom_mirror', 'style']) {
    assert.ok(names.some((n) => n.startsWith(stem + '.')), `a versioned ${stem} file is in dist/ (${served.join(', ')})`);
  }
  for (const n of names) {
    const sha = createHash('sha256').update(readFileSync(path.join(DIST, n))).digest('hex');
    assert.equal(VERSIONED.exec(n)[2], sha.slice(0, 10), `${n} is named by its content`);
  }
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const main = names.find((n) => n.startsWith('main.'));
  assert.match(html, new RegExp(`src="${main.replace(/\./g, '\\.')}"`), 'index.html loads the versioned main.js');
  const mainJs = readFileSync(path.join(DIST, main), 'utf8');
  for (const stem of ['app', 'contracts', 'dom_mirror']) {
    const n = names.filter((x) => x.startsWith(stem + '.'));
    assert.ok(n.every((x) => mainJs.includes(x)) && n.length > 0, `main.js names ${n.join(', ')}`);
  }
  assert.doesNotMatch(mainJs, /'app\.wasm'|'app\.js'|'\.\/contracts\.mjs'/, 'no unversioned name is left in main.js');
});

test('every file is precompressed, and the copies decode to the original bytes', () => {
  for (const n of served) {
    const original = readFileSync(path.join(DIST, n));
    assert.ok(existsSync(path.join(DIST, n + '.br')) && existsSync(path.join(DIST, n + '.gz')), `${n} has .br and .gz`);
    assert.ok(brotliDecompressSync(readFileSync(path.join(DIST, n + '.br'))).equals(original), `${n}.br decodes to ${n}`);
    assert.ok(gunzipSync(readFileSync(path.join(DIST, n + '.gz'))).equals(original), `${n}.gz decodes to ${n}`);
  }
});

test('the server sends the encoding the request accepts, with Vary, and the right caching', async () => {
  for (const n of served) {
    const original = readFileSync(path.join(DIST, n));
    const url = server.url + (n === 'index.html' ? '' : n);
    const br = await get(url, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.status, 200, n);
    assert.equal(br.headers['content-encoding'], 'br', `${n}: br when accepted`);
    assert.ok(brotliDecompressSync(br.body).equals(original), `${n}: the br body decodes to the file`);
    assert.equal(Number(br.headers['content-length']), br.body.length, `${n}: Content-Length is the encoded length`);
    assert.match(br.headers.vary || '', /Accept-Encoding/, `${n}: Vary: Accept-Encoding`);
    const gz = await get(url, { 'Accept-Encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', `${n}: gzip when only gzip is accepted`);
    assert.ok(gunzipSync(gz.body).equals(original), `${n}: the gzip body decodes to the file`);
    const none = await get(url, { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    assert.equal(none.headers['content-encoding'], undefined, `${n}: no coding when none is accepted`);
    assert.ok(none.body.equals(original), `${n}: the identity body is the file`);
    assert.match(none.headers.vary || '', /Accept-Encoding/, `${n}: the identity response varies too`);
    for (const r of [br, gz, none]) {
      assert.equal(r.headers['content-type'], (await get(url)).headers['content-type'], `${n}: same type whatever the coding`);
      if (VERSIONED.test(n)) assert.match(r.headers['cache-control'], /immutable/, `${n}: versioned, immutable`);
      else assert.equal(r.headers['cache-control'], 'no-cache', `${n}: not versioned, revalidated`);
      assert.match(r.headers['content-security-policy'], /default-src 'none'/, `${n}: CSP on every response`);
    }
  }
  const wasm = served.find((n) => /^app\..*\.wasm$/.test(n));
  const r = await get(server.url + wasm, { 'Accept-Encoding': 'br' });
  assert.equal(r.headers['content-type'], 'application/wasm', 'the compressed wasm keeps its type (streaming compilation needs it)');
  // Revalidation of the entry point: a conditional request for an unchanged index.html is a 304.
  const first = await get(server.url, { 'Accept-Encoding': 'br' });
  const again = await get(server.url, { 'Accept-Encoding': 'br', 'If-Modified-Since': first.headers['last-modified'] });
  assert.equal(again.status, 304, 'index.html revalidates with a 304');
});

test('a file rewritten within the second it was fetched in is not answered "304 Not Modified"', async () => {
  // What a deploy (or the offline test's next version) does: a new sw.js at once. Whole-second
  // Last-Modified dates cannot tell the two apart; the ETag does (size and nanosecond mtime).
  const site = mkdtempSync(path.join(os.tmpdir(), 'caf-delivery-'));
  cpSync(DIST, site, { recursive: true });
  const local = await startServer(site);
  try {
    const file = path.join(site, 'sw.js');
    const first = await get(local.url + 'sw.js', { 'Accept-Encoding': 'identity' });
    assert.equal(first.status, 200);
    assert.ok(first.headers.etag, 'sw.js has an ETag');
    const validators = { 'Accept-Encoding': 'identity', 'If-None-Match': first.headers.etag, 'If-Modified-Since': first.headers['last-modified'] };
    assert.equal((await get(local.url + 'sw.js', validators)).status, 304, 'unchanged: 304');
    // The same size, one byte different, written now: within the same second, usually.
    const old = readFileSync(file, 'utf8');
    const changed = old.replace(/const VERSION = '(.)/, (m, c) => m.slice(0, -1) + (c === 'x' ? 'y' : 'x'));
    assert.equal(changed.length, old.length);
    writeFileSync(file, changed);
    const again = await get(local.url + 'sw.js', validators);
    assert.equal(again.status, 200, 'the rewritten file is sent again');
    assert.equal(again.body.toString('utf8'), changed);
    assert.notEqual(again.headers.etag, first.headers.etag);
    // The precompressed copies revalidate by the ETag too, one per coding.
    const br = await get(local.url, { 'Accept-Encoding': 'br' });
    const gz = await get(local.url, { 'Accept-Encoding': 'gzip' });
    assert.notEqual(br.headers.etag, gz.headers.etag, 'each coding has its own ETag');
    assert.equal((await get(local.url, { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag })).status, 304);
    assert.equal((await get(local.url, { 'Accept-Encoding': 'br', 'If-None-Match': gz.headers.etag })).status, 200,
      "the gzip copy's ETag does not validate the brotli copy");
  } finally {
    local.close();
    rmSync(site, { recursive: true, force: true });
  }
});

// serve.py with its request log: what reached the server, not what the browser says of its cache.
function loggingServer() {
  return new Promise((resolve, reject) => {
    const proc = spawn('/usr/bin/python3', [path.join(ROOT, 'scripts/serve.py'), DIST, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const requests = [];
    let err = '';
    proc.stderr.on('data', (d) => {
      err += d;
      let i;
      while ((i = err.indexOf('\n')) >= 0) {
        const m = err.slice(0, i).match(/"GET (\S+) HTTP\/[0-9.]+" (\d+)/);
        if (m) requests.push({ path: m[1], status: Number(m[2]) });
        err = err.slice(i + 1);
      }
    });
    proc.stdout.on('data', (d) => {
      const m = String(d).match(/Serving at (http:\/\/[^\s]+)/);
      if (m) resolve({ url: m[1], requests, close: () => proc.kill() });
    });
    proc.on('exit', (code) => reject(new Error('server exited with ' + code)));
  });
}

test('in the browser, a second visit asks the server only for index.html (a 304)', async () => {
  const logged = await loggingServer();
  // Without a service worker: this is the HTTP cache's doing (the worker has its own test).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const ready = () => page.waitForFunction(() => document.documentElement.dataset.appReady === '1', null, { timeout: 60000 });
    const encodings = {};
    page.on('response', async (r) => { encodings[new URL(r.url()).pathname] = (await r.allHeaders())['content-encoding']; });
    await page.goto(logged.url);
    await ready();
    const wasm = `/${served.find((n) => /^app\..*\.wasm$/.test(n))}`;
    assert.equal(encodings[wasm], 'br', 'the browser received app.wasm as brotli');
    assert.ok(logged.requests.some((r) => r.path === wasm && r.status === 200), 'the first visit downloads app.wasm');

    const first = logged.requests.length;
    await page.goto('about:blank');
    await page.goto(logged.url);
    await ready();
    const second = logged.requests.slice(first);
    assert.deepEqual(second.filter((r) => VERSIONED.test(r.path.slice(1))), [], 'no versioned file is asked for again');
    assert.deepEqual(second.map((r) => `${r.path} ${r.status}`), ['/ 304'], 'only index.html, revalidated');
  } finally {
    await context.close();
    logged.close();
  }
});
