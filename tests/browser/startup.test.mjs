// Start-up and presenting frames (issue 14: no long tasks at start). The figures themselves
// (task lengths, Lighthouse) are the benchmark's (tests/bench/browser_bench.mjs); these tests
// check the behaviour behind them:
//  - start-up runs in steps, each leaving its performance mark, in order, before the first frame;
//  - the app waits for the page's first paint before it creates its WebGL context, yet starts
//    within a second of the download when the browser never reports a paint;
//  - a frame that would draw the picture already on screen is not drawn at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, settle, findItem, frameCount } from './lib.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

const STEPS = ['context', 'model', 'data', 'session', 'fonts', 'shaders', 'gpu'];
const marks = (page) => page.evaluate(() =>
  Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));

test('start-up runs in steps, each marked, in order, before the first frame', async () => {
  const { context, page } = await openApp(browser, server);
  const at = await marks(page);
  const order = [...STEPS.map((s) => 'app-step-' + s), 'app-first-frame'];
  for (const name of order) assert.ok(name in at, `performance mark ${name} is set (marks: ${Object.keys(at).join(', ')})`);
  for (let i = 1; i < order.length; ++i) {
    assert.ok(at[order[i - 1]] <= at[order[i]], `${order[i - 1]} (${at[order[i - 1]].toFixed(1)} ms) comes before ` +
      `${order[i]} (${at[order[i]].toFixed(1)} ms)`);
  }
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
  assert.ok(paint !== undefined && paint <= at['app-step-context'],
    `the context is created after the page's first paint (paint ${paint} ms, context ${at['app-step-context']} ms)`);
  await context.close();
});

test('without a paint reported, the app still starts, a second after the download', async () => {
  // The page never hears of its first paint; the time the download ended is when main.js
  // hands app.wasm to WebAssembly.instantiate.
  const init = () => {
    const Observer = window.PerformanceObserver;
    window.PerformanceObserver = class extends Observer {
      observe(options) { if (options && options.type !== 'paint') super.observe(options); }
    };
    window.PerformanceObserver.supportedEntryTypes = Observer.supportedEntryTypes;
    const instantiate = WebAssembly.instantiate;
    WebAssembly.instantiate = function (...args) {
      window.__downloaded = performance.now();
      return instantiate.apply(this, args);
    };
  };
  const { context, page, log } = await openApp(browser, server, { init });
  const at = await marks(page);
  const downloaded = await page.evaluate(() => window.__downloaded);
  assert.ok(downloaded > 0, 'the download ended (instantiate was called)');
  assert.ok(at['app-step-context'] - downloaded >= 1000,
    `the context waited for the one-second fallback: ${(at['app-step-context'] - downloaded).toFixed(0)} ms after the download`);
  assert.equal(await page.evaluate(() => window.cafApp.screen()), 'welcome');
  assert.deepEqual(log.errors, [], 'no console errors');
  await context.close();
});

test('a frame that would draw the picture on screen again is not drawn', async () => {
  const init = () => {
    window.__draws = 0;
    const proto = WebGL2RenderingContext.prototype;
    for (const name of ['drawElements', 'drawArrays']) {
      const draw = proto[name];
      proto[name] = function (...args) { window.__draws += 1; return draw.apply(this, args); };
    }
  };
  const { context, page } = await openApp(browser, server, { init });
  await settle(page);
  const draws = () => page.evaluate(() => window.__draws);
  // The app's own signals: frames counted and the loop paused again (idle).
  const framesAfter = (n) => page.evaluate(async (n) => {
    while (window.cafApp.frameCount() <= n || !window.cafApp.idle()) await new Promise((r) => requestAnimationFrame(r));
  }, n);
  assert.ok(await draws() > 0, 'the first frames were drawn');

  // The pointer moves over the empty backdrop: the app wakes and runs frames, all the same picture.
  let frames = await frameCount(page);
  let before = await draws();
  await page.mouse.move(40, 620);
  await framesAfter(frames);
  assert.ok(await frameCount(page) > frames, 'the pointer woke the app: it ran frames');
  assert.equal(await draws(), before, 'none of those frames drew anything: the canvas kept its picture');

  // Over the start button, the picture changes (its hover colour): that frame is drawn.
  const start = await findItem(page, 'Start the assessment');
  frames = await frameCount(page);
  before = await draws();
  await page.mouse.move(start.x + start.w / 2, start.y + start.h / 2);
  await framesAfter(frames);
  assert.ok(await draws() > before, 'the hovered button was drawn');
  await context.close();
});
