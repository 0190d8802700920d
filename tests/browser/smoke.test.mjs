// Smoke test: the page loads, the app signals its first frame, draws its welcome
// screen (not a blank canvas) in its own font, logs no errors and asks no other
// origin for anything. Screenshots at devicePixelRatio 1 and 2.
// SMOKE_URL=http://…/ runs it against a server that is already up (the packaged folder on a
// stock static server: tests/browser/package.test.mjs); else it serves dist/ with serve.py.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, pixelStats, screenshot, findItem, settle, handled } from './lib.mjs';
import { axTree } from './a11y.mjs';

let server, browser;
const external = process.env.SMOKE_URL;
before(async () => {
  server = external ? { url: external, origin: new URL(external).origin, close() {} } : await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

test('the app starts, draws the welcome screen and stays on its own origin', async () => {
  const { context, page, log } = await openApp(browser, server, { width: 1280, height: 800, dpr: 1 });
  await settle(page);

  const mark = await page.evaluate(() => performance.getEntriesByName('app-first-frame').length);
  assert.equal(mark, 1, 'performance mark app-first-frame is set once');
  const firstFrameMs = await page.evaluate(() => performance.getEntriesByName('app-first-frame')[0].startTime);
  console.log(`# first frame ${firstFrameMs.toFixed(0)} ms after navigation (loopback, SwiftShader)`);
  assert.equal(await page.isVisible('#loading'), false, 'the loading indicator is gone');

  const stats = await pixelStats(page);
  assert.ok(stats.distinctColors > 50, `canvas shows content (${stats.distinctColors} colours sampled)`);
  assert.ok(stats.darkSamples > 100, `text is drawn (${stats.darkSamples} dark samples)`);

  const start = await findItem(page, 'Start the assessment');
  assert.ok(start, 'the welcome screen offers "Start the assessment"');
  assert.ok(start.w > 100 && start.h > 20, 'the start button has a real size');

  await screenshot(page, 'welcome-1280x800-dpr1');
  const origin = server.origin;
  const foreign = log.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, [], 'no request leaves the page origin');
  assert.deepEqual(log.errors, [], 'no console errors');
  await context.close();
});

test('the page declares a strict Content-Security-Policy', async () => {
  const { context, page, log } = await openApp(browser, server);
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'none'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives['form-action'], ["'none'"]);
  if (!external) {   // a stock server sends no headers of ours: the page's own policy is what holds there
    const response = await page.request.get(server.url);
    assert.match(response.headers()['content-security-policy'], /default-src 'none'/, 'the server sends it too');
  }
  const wasmUrl = log.requests.find((u) => /\.wasm$/.test(new URL(u).pathname));
  assert.ok(wasmUrl, `the page loaded a .wasm file (${log.requests.join(', ')})`);
  const wasm = await page.request.get(wasmUrl);
  assert.equal(wasm.headers()['content-type'], 'application/wasm');
  // A request to another origin is refused by the policy, not just avoided by us.
  const blocked = await page.evaluate(() => fetch('http://127.0.0.2:9/x').then(() => 'fetched', (e) => 'blocked'));
  assert.equal(blocked, 'blocked');
  await context.close();
});

test('text is rendered at the device pixel ratio (crisp at dpr 2)', async () => {
  const { context, page, log } = await openApp(browser, server, { width: 1280, height: 800, dpr: 2 });
  await settle(page);
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
  });
  assert.equal(size.w, size.cssW * 2, 'canvas backing store is in device pixels');
  assert.equal(size.h, size.cssH * 2);
  const start = await findItem(page, 'Start the assessment');
  assert.ok(start.h > 60, `controls scale with the ratio (button ${start.h}px tall)`);
  await screenshot(page, 'welcome-1280x800-dpr2');
  assert.deepEqual(log.errors.filter((e) => !/Content Security Policy/.test(e)), []);
  await context.close();
});

test('the canvas follows the window size', async () => {
  const { context, page } = await openApp(browser, server, { width: 1280, height: 800 });
  await handled(page, { resizes: 1 }, () => page.setViewportSize({ width: 390, height: 844 }));
  const w = await page.evaluate(() => document.getElementById('canvas').width);
  assert.equal(w, 390);
  const start = await findItem(page, 'Start the assessment');
  assert.ok(start && start.x >= 0 && start.x + start.w <= 390, 'the start button fits a phone-width window');
  await screenshot(page, 'welcome-390x844');
  await context.close();
});

// The loading card is the page's largest contentful paint (Chromium does not count a WebGL
// canvas): hidden at the first frame, it stays in layout, so its paint is still recorded
// (removed from layout that soon, it was not: Lighthouse then had no LCP and no score).
test('the hidden loading card stays in layout (so its paint can be the LCP) and takes no clicks', async () => {
  const { context, page } = await openApp(browser, server);
  assert.equal(await page.isVisible('#loading'), false, 'the loading card is hidden');
  // The LCP entry itself is timing-dependent (missing 3 loads of 3 with display: none on a quiet
  // machine; once missing for 15 s under load even with the fix), so it is not asserted: the
  // condition the fix provides is, a card that keeps its layout box.
  const box = await page.evaluate(() => document.querySelector('#loading .card').getBoundingClientRect().width);
  assert.ok(box > 0, `the hidden loading card keeps its layout box (width ${box})`);
  const hit = await page.evaluate(() => {
    const at = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return { inLoading: !!at?.closest('#loading'), inFatal: !!at?.closest('#fatal') };
  });
  assert.deepEqual(hit, { inLoading: false, inFatal: false }, 'a click in the middle reaches the app, not a hidden card');
  const names = (await axTree(page)).map((n) => n.name);
  assert.ok(!names.some((n) => /Loading the assessment|Starting…/.test(n)), 'the hidden card is not in the accessibility tree');
  await context.close();
});

// Without WebGL 2 the user reads why, not a blank page. The page's own check is only whether
// the browser knows WebGL 2 (creating a probe context blocked the main thread for 300-650 ms in
// a cold browser); a browser that knows it but refuses a context is told so by the app.
async function openExpectingError(init) {
  const { context, page, log, error } = await openApp(browser, server, { init, allowError: true });
  const shown = await page.evaluate(() => ({
    ready: document.documentElement.dataset.appReady || null,
    text: document.getElementById('fatal-text').textContent,
    loading: !document.getElementById('loading').hidden,
  }));
  shown.error = error;
  shown.fatalVisible = await page.isVisible('#fatal');
  return { context, requests: log.requests.map((u) => new URL(u).pathname), shown };
}

test('a browser without WebGL 2 is told so before the app is downloaded', async () => {
  const { context, requests, shown } = await openExpectingError(() => { delete window.WebGL2RenderingContext; });
  assert.equal(shown.error, 'WebGL 2 is not available');
  assert.equal(shown.ready, null, 'the app did not start');
  assert.ok(shown.fatalVisible, 'the error screen is shown');
  assert.equal(shown.loading, false, 'the loading indicator is gone');
  assert.match(shown.text, /does not offer WebGL 2/);
  assert.deepEqual(requests.filter((p) => /\.wasm$/.test(p)), [], 'app.wasm was not requested');
  await context.close();
});

test('a browser that refuses the WebGL 2 context gets a clear error from the app', async () => {
  const { context, requests, shown } = await openExpectingError(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  assert.equal(shown.error, 'WebGL 2 is not available');
  assert.equal(shown.ready, null, 'the app did not start');
  assert.ok(shown.fatalVisible, 'the error screen is shown');
  assert.match(shown.text, /refused to create a WebGL 2 context/);
  assert.ok(requests.some((p) => /\.wasm$/.test(p)), 'this time the app was downloaded and tried');
  await context.close();
});
