// Offline and installable (web/sw.js, web/offline.mjs, web/manifest.webmanifest):
//   - after one visit the app loads, works and exports with the network off (the browser
//     offline and the server stopped: nothing can answer but the service worker);
//   - the manifest makes it installable (Chromium's own installability check);
//   - a new version takes over without disturbing the tab: "A new version is ready", the
//     answers and the screen stay as they were, and the next load is the new version.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launch, openApp, settle, clickLabel, screenshot, DIST } from './lib.mjs';
import { FIXTURE_STARTUP } from './ui.mjs';

let browser;
const work = mkdtempSync(path.join(os.tmpdir(), 'caf-offline-'));
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); rmSync(work, { recursive: true, force: true }); });

const offlineReady = (page) => page.waitForFunction(() => window.cafOffline?.state === 'ready', null, { timeout: 60000 });
const appReady = (page) => page.waitForFunction(() => document.documentElement.dataset.appReady === '1', null, { timeout: 60000 });

// Each test closes its server and context even when it fails, so the next one starts clean.
async function open(t, dir) {
  const server = await startServer(dir);
  t.after(() => server.close());
  const opened = await openApp(browser, server);
  t.after(() => opened.context.close());
  return { server, ...opened };
}

test('after one visit the app loads, works and exports with the network off', async (t) => {
  const { server, context, page, log } = await open(t);
  await offlineReady(page);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker controls the page');

  await context.setOffline(true);
  server.close();   // and nothing listens any more: only the service worker can answer
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.reload();
  await appReady(page);
  await settle(page);
  assert.deepEqual(failed, [], 'no request failed offline');
  assert.equal(await page.isVisible('#fatal'), false, 'no error screen');

  // It works: a session goes in, the roadmap shows, and the Markdown download comes out.
  await page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
  await page.evaluate(() => window.cafApp.go('roadmap'));
  await settle(page);
  assert.equal(await page.evaluate(() => window.cafApp.screen()), 'roadmap');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), clickLabel(page, 'Roadmap (Markdown)')]);
  const file = path.join(work, download.suggestedFilename());
  await download.saveAs(file);
  assert.match(readFileSync(file, 'utf8'), /^# /m, 'the Markdown roadmap was exported offline');
  await screenshot(page, 'offline-roadmap');

  // A new tab, offline, opens the app too.
  const second = await context.newPage();
  await second.goto(server.url);
  await appReady(second);
  assert.deepEqual(log.errors, [], 'no console errors');
});

test('the web app manifest makes it installable', async (t) => {
  const { context, page, log } = await open(t);
  await offlineReady(page);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, [], 'the manifest parses without errors');
  const parsed = JSON.parse(manifest.data);
  assert.equal(parsed.display, 'standalone');
  assert.ok(parsed.icons.every((i) => !/^[a-z]+:/.test(i.src)), 'icons are our own files');
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito-like; that is the browser's situation, not the app's.
  const errors = installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
  assert.deepEqual(errors, [], 'Chromium finds nothing that keeps it from being installed');
  const icon = await page.request.get(new URL(parsed.icons[0].src, manifest.url).href);
  assert.equal(icon.status(), 200);
  assert.equal(icon.headers()['content-type'], 'image/svg+xml');
  assert.deepEqual(log.errors, []);
});

test('a new version is announced, disturbs nothing, and opens on the next load', async (t) => {
  const site = path.join(work, 'site');
  cpSync(DIST, site, { recursive: true });
  const { page, log } = await open(t, site);
  await offlineReady(page);
  await page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
  await page.evaluate(() => window.cafApp.go('results'));
  await settle(page);
  const before = await page.evaluate(() => ({ session: window.cafApp.session(), screen: window.cafApp.screen() }));
  await page.evaluate(() => { window.sameTab = 42; });
  assert.equal(await page.isVisible('#update-notice'), false, 'no notice for the first install');

  // Deploy a new version: another index.html, so another service worker (its build id).
  const mark = '<!-- next version -->';
  for (const f of ['index.html', 'sw.js']) rmSync(path.join(site, f + '.br')), rmSync(path.join(site, f + '.gz'));
  writeFileSync(path.join(site, 'index.html'), readFileSync(path.join(site, 'index.html'), 'utf8').replace('</body>', mark + '\n</body>'));
  const sw = readFileSync(path.join(site, 'sw.js'), 'utf8');
  writeFileSync(path.join(site, 'sw.js'), sw.replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-next'"));
  assert.notEqual(readFileSync(path.join(site, 'sw.js'), 'utf8'), sw, 'the new sw.js differs');

  // The browser looks for a new worker on navigations and now and then; the test asks now.
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForFunction(() => window.cafOffline?.updateReady === true, null, { timeout: 60000 });
  assert.equal(await page.isVisible('#update-notice'), true, 'the notice is shown');
  assert.match(await page.textContent('#update-notice'), /A new version is ready/);
  await screenshot(page, 'update-ready');
  const after = await page.evaluate(() => ({ session: window.cafApp.session(), screen: window.cafApp.screen(), tab: window.sameTab }));
  assert.deepEqual({ session: after.session, screen: after.screen }, before, 'answers and screen untouched');
  assert.equal(after.tab, 42, 'the page was not reloaded');
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML.includes('next version')), false, 'the tab still runs the old page');
  await page.click('#update-notice');
  assert.equal(await page.isVisible('#update-notice'), false, 'a click puts the notice away');

  await page.reload();
  await appReady(page);
  assert.equal(await page.evaluate((m) => document.documentElement.outerHTML.includes('next version'), mark), true, 'the next load is the new version');
  assert.equal(await page.isVisible('#update-notice'), false, 'and says nothing more');
  assert.deepEqual(log.errors, []);
});

test("'ready' means the page is under the worker, not only that the worker is active", async (t) => {
  // The worker is active as soon as its activate handler starts; it controls the open page
  // only when that handler has claimed it. This variant holds the claim until the test says
  // so, which makes the gap (milliseconds on a quiet machine, longer on a busy one) as long
  // as needed to look into it.
  const site = path.join(work, 'held');
  cpSync(DIST, site, { recursive: true });
  rmSync(path.join(site, 'sw.js.br')), rmSync(path.join(site, 'sw.js.gz'));
  const sw = readFileSync(path.join(site, 'sw.js'), 'utf8');
  const held = sw
    .replace("const VERSION =", "let release; const held = new Promise((r) => { release = r; });\n" +
      "self.addEventListener('message', (e) => { if (e.data === 'claim') release(); });\nconst VERSION =")
    .replace('await self.clients.claim();', 'await held; await self.clients.claim();');
  assert.equal((held.match(/await held;/g) || []).length, 1, 'the claim is held');
  writeFileSync(path.join(site, 'sw.js'), held);
  const { page } = await open(t, site);

  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const during = await page.evaluate(() => ({ state: window.cafOffline.state, controlled: !!navigator.serviceWorker.controller }));
  assert.deepEqual(during, { state: 'active', controlled: false }, 'active, not yet in control: not ready');

  await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active.postMessage('claim')));
  await offlineReady(page);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true, 'ready: the worker controls the page');
});
