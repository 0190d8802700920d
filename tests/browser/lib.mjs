// Shared helpers for the browser tests: serve build/web/dist, drive Debian's
// chromium with playwright-core, and talk to the app through window.cafApp.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const DIST = process.env.DIST_DIR || path.join(ROOT, 'build/web/dist');
export const ARTIFACTS = process.env.ARTIFACTS_DIR || path.join(ROOT, 'test-results');
mkdirSync(ARTIFACTS, { recursive: true });

// dist/ names each file the page loads by its content (cmake/dist.cmake): app.js is served
// as app.HASH.js. The path of that file in dist/.
export function distFile(name) {
  const dot = name.lastIndexOf('.');
  const rx = new RegExp(`^${name.slice(0, dot).replace(/\W/g, '\\$&')}\\.[0-9a-f]{10}\\${name.slice(dot)}$`);
  const found = readdirSync(DIST).filter((f) => rx.test(f));
  if (found.length !== 1) throw new Error(`dist/ has ${found.length} versioned copies of ${name}: ${found.join(', ')}`);
  return path.join(DIST, found[0]);
}

// Serves DIST (or `dir`) on a free loopback port; resolves to { url, close }.
// A server never keeps node running: a test that fails before its close() must make the
// suite fail at once, not wait for ctest's timeout (it once cost 600 s). Whatever is still
// serving when the suite ends is stopped with it.
const servers = new Set();
process.on('exit', () => { for (const proc of servers) proc.kill(); });
export function startServer(dir = DIST) {
  return new Promise((resolve, reject) => {
    const proc = spawn('/usr/bin/python3', [path.join(ROOT, 'scripts/serve.py'), dir, '--port', '0', '--quiet'],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    servers.add(proc);
    proc.on('exit', () => servers.delete(proc));
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/Serving at (http:\/\/[^\s]+)/);
      if (m) {
        proc.unref();
        proc.stdout.unref();
        resolve({ url: m[1], origin: new URL(m[1]).origin, close: () => proc.kill() });
      }
    });
    proc.on('exit', (code) => reject(new Error('server exited with ' + code)));
  });
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-features=Translate,MediaRouter',
];

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// Opens the app and records what the page does: console errors, page errors and
// every request (to prove nothing leaves the origin).
// `context` adds playwright context options (hasTouch, isMobile, …).
// allowError: an error screen is what the test expects; it is returned as `error` instead of thrown.
export async function openApp(browser, server, { width = 1280, height = 800, dpr = 1, init, hash = '', context: extra = {}, allowError = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, acceptDownloads: true, ...extra });
  const page = await context.newPage();
  const log = { errors: [], requests: [], console: [] };
  page.on('console', (m) => {
    log.console.push(`${m.type()}: ${m.text()}`);
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  if (init) await page.addInitScript(init);
  await page.goto(server.url + hash);
  await page.waitForFunction(() => document.documentElement.dataset.appReady === '1' ||
    document.documentElement.dataset.appError, null, { timeout: 60000 });
  const error = await page.evaluate(() => document.documentElement.dataset.appError);
  if (error && !allowError) throw new Error('app reported: ' + error);
  return { context, page, log, error: error || null };
}

export async function frameCount(page) {
  return page.evaluate(() => window.cafApp.frameCount());
}

// ---- Waiting on the app's own signals (README "Automation hook") ----------------------
// cafApp.input() counts the input events the app has handled, by kind (presses, releases,
// keys, wheels, touches, files, edits, links), and says whether it is idle: main loop
// paused, nothing pending, so everything those events caused is on screen and in state().
// A test takes the counts before it acts, then waits for the events it caused. The
// timeout is only an upper bound: reaching it fails the test with what the app reported.
export async function inputCounts(page) {
  return page.evaluate(() => window.cafApp.input());
}

export async function untilHandled(page, before, more = {}, { timeout = 60000 } = {}) {
  await page.evaluate(async ([before, more, limit]) => {
    const done = (c) => c.idle && Object.entries(more).every(([k, n]) => c[k] >= before[k] + n);
    let timer;
    const expired = new Promise((resolve) => { timer = setTimeout(() => resolve('expired'), limit); });
    try {
      for (;;) {
        // Counts read and the wait for the next pause begun in one task: no pause is missed.
        if (done(window.cafApp.input())) return;
        if ((await Promise.race([window.cafApp.nextIdle(), expired])) === 'expired') {
          throw new Error(`the app did not handle ${JSON.stringify(more)} and go idle within ${limit} ms ` +
                          `(before ${JSON.stringify(before)}, now ${JSON.stringify(window.cafApp.input())})`);
        }
      }
    } finally {
      clearTimeout(timer);
    }
  }, [before || {}, more, timeout]);
}

// Waits until the app is idle: whatever it was asked to do is done and drawn.
export async function settle(page) {
  await untilHandled(page, null, {});
}

// Runs `act` (which sends input to the page), then waits until the app has handled the
// events it caused (`more`, by kind) and gone idle.
export async function handled(page, more, act) {
  const before = await inputCounts(page);
  const result = await act();
  await untilHandled(page, before, more);
  return result;
}

// The real mouse: a click is handled once its release is.
export const click = (page, x, y) => handled(page, { releases: 1 }, () => page.mouse.click(x, y));
// A touch tap reaches the app as the browser's emulated mouse click, which follows the tap.
export const tap = (page, x, y) => handled(page, { releases: 1 }, () => page.touchscreen.tap(x, y));
export async function wheel(page, x, y, dy) {
  await page.mouse.move(x, y);
  await handled(page, { wheels: 1 }, () => page.mouse.wheel(0, dy));
}
// A key press ("Tab", "Shift+Tab", "2"): a down and an up for every key of the chord.
export const press = (page, key) =>
  handled(page, { keys: 2 * key.split('+').length }, () => page.keyboard.press(key));

export async function appState(page) {
  return page.evaluate(() => window.cafApp.state());
}

// Finds an item the app drew by its visible label (exact, or a RegExp).
export async function findItem(page, label) {
  const st = await appState(page);
  const match = (l) => (label instanceof RegExp ? label.test(l) : l === label);
  return st.items.find((i) => match(i.label)) || null;
}

// Clicks an item by its label with the real mouse (coordinates from the app's item registry).
// Like a user, scrolls with the mouse wheel until the item is on screen.
export async function clickLabel(page, label) {
  await settle(page);
  let item = await findItem(page, label);
  const vp = page.viewportSize();
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  // Drawn is not enough: the item must lie inside the window (a button half below the
  // bottom edge is drawn, and its centre is off screen).
  const inside = (it) => it && it.y >= 0 && it.y + it.h <= vp.height * dpr;
  for (let i = 0; !inside(item) && i < 30; ++i) {
    const dy = item ? (item.y < 0 ? -200 : 200) : i < 12 ? 300 : -300;
    await wheel(page, vp.width / 2, vp.height / 2, dy);
    item = await findItem(page, label);
  }
  if (!inside(item)) {
    const st = await appState(page);
    throw new Error(`no item labelled ${label} inside the window on screen ${st.screen}; items: ${st.items.map((i) => `${i.label}@${i.y}`).join(' | ')}`);
  }
  await click(page, (item.x + item.w / 2) / dpr, (item.y + item.h / 2) / dpr);
}

export async function screenshot(page, name) {
  const file = path.join(ARTIFACTS, name + '.png');
  await page.screenshot({ path: file });
  return file;
}

// Pixel statistics of a screenshot, computed in the page from the PNG: proves the
// canvas is not blank without trusting the app's own account of what it drew.
export async function pixelStats(page) {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const colors = new Set();
    let dark = 0;
    for (let i = 0; i < d.length; i += 4 * 7) {
      colors.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      if (d[i] + d[i + 1] + d[i + 2] < 200) dark++;
    }
    return { distinctColors: colors.size, darkSamples: dark, width: c.width, height: c.height };
  }, png);
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}
