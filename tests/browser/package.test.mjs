// The package for static hosts (scripts/package.sh): its folder and zip hold every file of
// dist/ and a config per host that sends what scripts/serve.py sends; served by a stock
// static server (python3 -m http.server: no headers of ours), the smoke test passes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, DIST, ARTIFACTS } from './lib.mjs';

const VERSIONED = /\.[0-9a-f]{10}\.[A-Za-z0-9]+$/;
const work = mkdtempSync(path.join(os.tmpdir(), 'caf-package-'));
const folder = path.join(work, 'caf-ai-assessment');
let server;

// The headers serve.py sends, read from serve.py itself (the package must agree with it).
const py = (expr) => spawnSync('/usr/bin/python3', ['-c', `import sys; sys.path.insert(0, 'scripts'); import serve; print(${expr})`],
  { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const CSP = py('serve.CSP');
const IMMUTABLE = py('serve.IMMUTABLE');

before(async () => {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/package.sh')], { cwd: ROOT, encoding: 'utf8',
    env: { ...process.env, PACKAGE_DIR: work, DIST_DIR: DIST } });
  assert.equal(r.status, 0, `package.sh failed:\n${r.stdout}\n${r.stderr}`);
});
after(() => { server?.kill(); rmSync(work, { recursive: true, force: true }); });

test('the folder and the zip hold every file of dist/ and the host configs', () => {
  const dist = readdirSync(DIST).sort();
  const got = readdirSync(folder).sort();
  for (const f of dist) assert.ok(got.includes(f), `${f} is in the package`);
  for (const f of ['staticwebapp.config.json', '_headers', 'nginx.conf', 'DEPLOY.md', '.nojekyll']) assert.ok(got.includes(f), `${f} is in the package`);
  for (const f of dist) assert.ok(readFileSync(path.join(folder, f)).equals(readFileSync(path.join(DIST, f))), `${f} is copied as it is`);
  const listing = spawnSync('/usr/bin/python3', ['-m', 'zipfile', '-l', path.join(work, 'caf-ai-assessment.zip')], { encoding: 'utf8' }).stdout;
  for (const f of got) assert.match(listing, new RegExp(`caf-ai-assessment/${f.replace(/\./g, '\\.')}\\s`), `${f} is in the zip`);
});

test('each host config sends the CSP, the wasm type and the caching serve.py sends', () => {
  assert.match(CSP, /^default-src 'none'; /);
  const versioned = readdirSync(DIST).filter((f) => VERSIONED.test(f));
  assert.ok(versioned.some((f) => f.endsWith('.wasm')), 'the wasm is versioned');

  const swa = JSON.parse(readFileSync(path.join(folder, 'staticwebapp.config.json'), 'utf8'));
  assert.equal(swa.globalHeaders['Content-Security-Policy'], CSP, 'Azure: the CSP');
  assert.equal(swa.globalHeaders['Cache-Control'], 'no-cache', 'Azure: revalidate by default');
  assert.equal(swa.mimeTypes['.wasm'], 'application/wasm', 'Azure: wasm type');
  for (const f of versioned) {
    const route = swa.routes.find((r) => r.route === '/' + f);
    assert.equal(route?.headers['Cache-Control'], IMMUTABLE, `Azure: ${f} immutable`);
  }

  // _headers: parse the rules, then resolve the headers of a path as Netlify / Cloudflare do
  // (every matching rule applies; the same header from two rules would be joined by commas).
  const rules = [];
  for (const line of readFileSync(path.join(folder, '_headers'), 'utf8').split('\n')) {
    if (/^\S/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (line.trim()) { const [k, ...v] = line.trim().split(':'); rules.at(-1).headers.push([k.trim(), v.join(':').trim()]); }
  }
  const matches = (pattern, p) => new RegExp('^' + pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$').test(p);
  const resolve = (p) => {
    const h = {};
    for (const r of rules) if (matches(r.pattern, p)) for (const [k, v] of r.headers) h[k] = h[k] ? `${h[k]}, ${v}` : v;
    return h;
  };
  for (const f of versioned) {
    const h = resolve('/' + f);
    assert.equal(h['Cache-Control'], IMMUTABLE, `_headers: ${f} immutable, and only that`);
    assert.equal(h['Content-Security-Policy'], CSP, `_headers: ${f} has the CSP`);
    if (f.endsWith('.wasm')) assert.equal(h['Content-Type'], 'application/wasm');
  }
  for (const p of ['/', '/index.html']) {
    assert.equal(resolve(p)['Cache-Control'], 'no-cache', `_headers: ${p} revalidated`);
    assert.equal(resolve(p)['Content-Security-Policy'], CSP, `_headers: ${p} has the CSP`);
  }

  const nginx = readFileSync(path.join(folder, 'nginx.conf'), 'utf8');
  const locations = nginx.split(/\nlocation /).slice(1);
  assert.ok(locations.length >= 2, 'nginx: locations for versioned and other files');
  for (const l of locations.filter((x) => !/return 404/.test(x))) {
    assert.ok(l.includes(`add_header Content-Security-Policy "${CSP}" always;`), `nginx: every location repeats the CSP (${l.split('\n')[0]})`);
  }
  const immutable = locations.find((l) => l.includes(IMMUTABLE));
  assert.match(immutable, /application\/wasm wasm/, 'nginx: the versioned location types wasm');
  const rx = new RegExp(immutable.match(/^~ "([^"]+)"/)[1]);
  for (const f of versioned) assert.ok(rx.test('/' + f), `nginx: ${f} matches the immutable location`);
  assert.ok(!rx.test('/index.html') && !rx.test('/sw.js'), 'nginx: index.html and sw.js are not immutable');
});

test('served by a stock static server, the packaged app passes the smoke test', async () => {
  server = spawn('/usr/bin/python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '--directory', folder, '0'],
    { stdio: ['ignore', 'pipe', 'ignore'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/port (\d+)/);
      if (m) resolve(`http://127.0.0.1:${m[1]}/`);
    });
    server.on('exit', (c) => reject(new Error('http.server exited with ' + c)));
  });
  // A process of its own (NODE_TEST_CONTEXT would make it report to this runner instead).
  const env = { ...process.env, SMOKE_URL: url, ARTIFACTS_DIR: path.join(ARTIFACTS, 'package') };
  delete env.NODE_TEST_CONTEXT;
  const smoke = spawnSync('/usr/bin/node', ['--test-reporter=spec', path.join(ROOT, 'tests/browser/smoke.test.mjs')],
    { cwd: ROOT, encoding: 'utf8', env });
  console.log(smoke.stdout.split('\n').filter((l) => /✔|✖|# first frame/.test(l)).join('\n'));
  assert.match(smoke.stdout, /ℹ pass [1-9]/, 'the smoke tests ran');
  assert.match(smoke.stdout, /ℹ fail 0/);
  assert.equal(smoke.status, 0, `the smoke test failed against the package:\n${smoke.stdout}\n${smoke.stderr}`);
});
