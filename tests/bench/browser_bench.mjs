// Browser benchmark: measures and reports (never fails on a figure) what users feel
// of the web build: download sizes, time to the first frame, frames and CPU while
// idle, the delay from a key press to the frame that answers it, and the cost of a
// frame; long tasks before the first frame, and Lighthouse's performance score.
// Run it with `bash scripts/bench.sh` after a web build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, settle, wheel, DIST, CHROMIUM_ARGS } from '../browser/lib.mjs';
import { FIXTURE_STARTUP } from '../browser/ui.mjs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const report = [];
const row = (what, figure) => { report.push([what, figure]); console.log(`${what}: ${figure}`); };

// ---- Sizes --------------------------------------------------------------------
// The files as built (dist/: versioned names, with the .br and .gz the server sends).
let total = 0, totalGzip = 0, totalBr = 0;
const sizeOf = (f) => (existsSync(f) ? statSync(f).size : NaN);
for (const name of readdirSync(DIST).sort()) {
  const file = path.join(DIST, name);
  if (!statSync(file).isFile() || /\.(br|gz)$/.test(name)) continue;
  const raw = statSync(file).size, gz = sizeOf(file + '.gz'), br = sizeOf(file + '.br');
  total += raw; totalGzip += gz; totalBr += br;
  if (/^app\./.test(name)) row(name, `${raw} B raw (${kb(raw)}), ${gz} B gzip (${kb(gz)}), ${br} B brotli (${kb(br)})`);
}
row('all files of dist/', `${kb(total)} raw, ${kb(totalGzip)} gzip, ${kb(totalBr)} brotli`);

// ---- In the browser -------------------------------------------------------------
const server = await startServer();
const browser = await launch();
const RUNS = Number(process.env.BENCH_RUNS || 5);

async function open() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const t0 = Date.now();
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.dataset.appReady === '1', null, { timeout: 60000 });
  const wall = Date.now() - t0;
  const mark = await page.evaluate(() => performance.getEntriesByName('app-first-frame')[0]?.startTime ?? NaN);
  return { context, page, cdp, wall, mark };
}

// A first visit on the wire: every response's encoded bytes (headers included), fresh context.
const BUDGET = 300 * 1000;
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const wire = new Map();
  cdp.on('Network.responseReceived', (e) => wire.set(e.requestId, { url: e.response.url, encoding: e.response.headers['content-encoding'] || e.response.headers['Content-Encoding'] || 'identity' }));
  cdp.on('Network.loadingFinished', (e) => { if (wire.has(e.requestId)) wire.get(e.requestId).bytes = e.encodedDataLength; });
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.dataset.appReady === '1', null, { timeout: 60000 });
  await page.evaluate(() => window.cafApp.whenIdle());
  const got = [...wire.values()].filter((w) => w.bytes > 0);
  const sum = got.reduce((a, w) => a + w.bytes, 0);
  for (const w of got.sort((a, b) => b.bytes - a.bytes)) console.log(`#   ${new URL(w.url).pathname} ${w.bytes} B (${w.encoding})`);
  row('first visit on the wire (all responses, headers included)', `${sum} B (${kb(sum)}) in ${got.length} responses; budget ${BUDGET} B: ${sum <= BUDGET ? 'within' : 'OVER by ' + (sum - BUDGET) + ' B'}`);
  await context.close();
}

const metrics = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

// First frame: a fresh context each run (no HTTP cache, no compiled-code cache), with the
// main thread's long tasks (over 50 ms) from navigation to the first frame, recorded by an
// observer installed before any of the page's scripts.
const firstFrames = [], longTasks = [], stepMarks = [];
for (let i = 0; i < RUNS; ++i) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration, by: e.attribution?.[0]?.containerSrc || e.name }); })
      .observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.dataset.appReady === '1', null, { timeout: 60000 });
  const { mark, tasks, marks } = await page.evaluate(() => {
    const mark = performance.getEntriesByName('app-first-frame')[0].startTime;
    const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
    return { mark, tasks: window.__longTasks.filter((t) => t.start < mark), marks };
  });
  firstFrames.push(mark);
  longTasks.push(tasks);
  stepMarks.push(marks);
  await context.close();
}
row('first frame after navigation (loopback, SwiftShader)', `median ${median(firstFrames).toFixed(0)} ms over ${RUNS} loads (min ${Math.min(...firstFrames).toFixed(0)}, max ${Math.max(...firstFrames).toFixed(0)})`);
const blocking = longTasks.map((ts) => ts.reduce((a, t) => a + t.ms - 50, 0));
const longest = longTasks.map((ts) => Math.max(0, ...ts.map((t) => t.ms)));
// Start-up's steps (main_web.cpp "Start-up in steps"): each ends with a mark; a step's time is
// from the previous mark (the context: from the end of the download, when main.js hands
// app.wasm over, to the end of main()).
const STEP_NAMES = ['context', 'model', 'data', 'session', 'fonts', 'shaders', 'gpu'];
const gaps = STEP_NAMES.map((s, i) => {
  const from = i === 0 ? 'app-wasm-downloaded' : 'app-step-' + STEP_NAMES[i - 1];
  return `${s} ${median(stepMarks.map((m) => m['app-step-' + s] - m[from])).toFixed(0)}`;
});
gaps.push(`first frame ${median(stepMarks.map((m) => m['app-first-frame'] - m['app-step-gpu'])).toFixed(0)}`);
row('start-up steps (ms from the previous mark, median)', gaps.join(', ') + '; context includes the wait for the first paint and compiling app.wasm');
row('long tasks (> 50 ms) before the first frame', `median ${median(longTasks.map((t) => t.length))} per load, longest median ${median(longest).toFixed(0)} ms, blocking time (sum over 50 ms) median ${median(blocking).toFixed(0)} ms; e.g. ${longTasks[0].map((t) => `${t.ms.toFixed(0)} ms at ${t.start.toFixed(0)}`).join(', ') || 'none'}`);

const { context, page, cdp } = await open();
await page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
await page.evaluate(() => window.cafApp.go('results'));
await settle(page);

// Idle: frames drawn and main-thread CPU time over 5 s with nothing happening. The 5 s are
// the measurement window (a rAF loop in the page would count its own CPU), not a wait for
// something to finish: the app is idle (cafApp.idle()) before it starts.
const IDLE_MS = 5000;
const f0 = await page.evaluate(() => window.cafApp.frameCount());
const m0 = await metrics(cdp);
await new Promise((r) => setTimeout(r, IDLE_MS));
const m1 = await metrics(cdp);
const f1 = await page.evaluate(() => window.cafApp.frameCount());
const busy = (m1.TaskDuration - m0.TaskDuration) * 1000;
row('idle on the results screen', `${f1 - f0} frames and ${busy.toFixed(1)} ms of main-thread CPU in ${IDLE_MS / 1000} s (${(busy / IDLE_MS * 100).toFixed(2)} %)`);

// Input to frame: a key press dispatched in the page until the frame that handles it.
await page.evaluate(() => window.cafApp.go('assessment'));
await settle(page);
const latencies = [];
for (let i = 0; i < 20; ++i) {
  // PageDown / PageUp: next and previous question (keyCode is what emscripten's GLFW reads).
  const [k, code] = i % 2 ? ['PageUp', 33] : ['PageDown', 34];
  latencies.push(await page.evaluate(([k, code]) => new Promise((resolve) => {
    const start = window.cafApp.frameCount();
    const t0 = performance.now();
    const init = { key: k, code: k, keyCode: code, which: code, bubbles: true };
    window.dispatchEvent(new KeyboardEvent('keydown', init));
    window.dispatchEvent(new KeyboardEvent('keyup', init));
    const poll = () => (window.cafApp.frameCount() > start ? resolve(performance.now() - t0)
      : performance.now() - t0 > 5000 ? resolve(NaN) : requestAnimationFrame(poll));
    poll();
  }), [k, code]));
  await settle(page);
}
const answered = latencies.filter((x) => !Number.isNaN(x));
row('key press to the frame that answers it', `${answered.length} of 20 presses answered; median ${median(answered).toFixed(1)} ms, worst ${Math.max(...answered).toFixed(1)} ms`);

// Frame cost: main-thread CPU per frame while the app draws continuously (wheel scrolling on the roadmap).
await page.evaluate(() => window.cafApp.go('roadmap'));
await settle(page);
const g0 = await page.evaluate(() => window.cafApp.frameCount());
const n0 = await metrics(cdp);
for (let i = 0; i < 30; ++i) await wheel(page, 640, 500, i < 15 ? 100 : -100);   // each step handled and drawn
const n1 = await metrics(cdp);
const g1 = await page.evaluate(() => window.cafApp.frameCount());
const frames = g1 - g0;
row('roadmap while scrolling', `${frames} frames, ${(((n1.TaskDuration - n0.TaskDuration) * 1000) / Math.max(1, frames)).toFixed(1)} ms main-thread CPU per frame (script ${(((n1.ScriptDuration - n0.ScriptDuration) * 1000) / Math.max(1, frames)).toFixed(1)} ms)`);

// ---- The DOM mirror (semantics tree) on the roadmap, the busiest screen --------------
// What it adds per frame, three ways: the app's own timing of the tree's diff, the page's
// timing of applying patches, and main-thread CPU per scrolling frame with the tree off and on.
async function scrollFrames(steps = 30) {
  await page.mouse.move(640, 500);
  const f0 = await page.evaluate(() => window.cafApp.frameCount());
  const c0 = await metrics(cdp);
  for (let i = 0; i < steps; ++i) { await page.mouse.wheel(0, i < steps / 2 ? 100 : -100); await page.waitForTimeout(30); }
  await settle(page, 2);
  const c1 = await metrics(cdp);
  const frames = (await page.evaluate(() => window.cafApp.frameCount())) - f0;
  return { frames, ms: ((c1.TaskDuration - c0.TaskDuration) * 1000) / Math.max(1, frames) };
}
const mirrorNow = () => page.evaluate(() => ({ app: window.cafApp.mirror(), page: window.cafApp.mirrorStats() }));
const perFrame = (a, b) => {
  const frames = Math.max(1, b.app.frames - a.app.frames);
  return { frames, diff: (b.app.diff_ms - a.app.diff_ms) / frames, apply: (b.page.ms - a.page.ms) / frames,
    publishes: b.app.publishes - a.app.publishes, bytes: (b.app.bytes - a.app.bytes) / Math.max(1, b.app.publishes - a.app.publishes) };
};
const mirror0 = await mirrorNow();
await scrollFrames();
const mirror1 = await mirrorNow();
const scrolling = perFrame(mirror0, mirror1);
row('mirror while scrolling the roadmap (own timing)', `${mirror1.app.nodes} nodes; diff ${(scrolling.diff * 1000).toFixed(0)} µs + DOM patch ${(scrolling.apply * 1000).toFixed(0)} µs per frame; ${scrolling.publishes} patches in ${scrolling.frames} frames, ${scrolling.bytes.toFixed(0)} B each`);
// A/B: the app's own CPU per frame (views, tree and the DOM patch it hands the page, which
// is applied inside the frame; not the GPU), scrolling with the tree off and on, alternately.
const abOn = [], abOff = [];
for (let i = 0; i < 4; ++i) {
  for (const on of [false, true]) {
    await page.evaluate((o) => window.cafApp.mirror(o ? 'on' : 'off'), on);
    const a = await mirrorNow();
    await scrollFrames();
    const b = await mirrorNow();
    const key = on ? 'on' : 'off';
    (on ? abOn : abOff).push((b.app['frame_ms_' + key] - a.app['frame_ms_' + key]) / Math.max(1, b.app['frames_' + key] - a.app['frames_' + key]));
  }
}
row('roadmap frame with the mirror off / on (app CPU incl. DOM patches, 4 runs each)', `median ${median(abOff).toFixed(2)} / ${median(abOn).toFixed(2)} ms: the mirror adds ${(median(abOn) - median(abOff)).toFixed(2)} ms per frame`);
// A change of structure: ticking an item republishes the tree (elements reused by key).
const t0m = await mirrorNow();
await page.getByRole('list', { name: 'Strategy', exact: true }).getByRole('checkbox').first().dispatchEvent('click');
await settle(page, 3);
const t1m = await mirrorNow();
row('mirror after ticking a roadmap item', `diff ${((t1m.app.diff_ms - t0m.app.diff_ms) * 1000).toFixed(0)} µs, DOM patch ${(t1m.page.ms - t0m.page.ms).toFixed(2)} ms over ${t1m.page.patches - t0m.page.patches} patches`);
// Idle: no frame and no DOM mutation (after the last frame the tick asked for).
await page.evaluate(() => new Promise((resolve) => {
  let last = window.cafApp.frameCount(), since = performance.now();
  const poll = () => {
    const n = window.cafApp.frameCount();
    if (n !== last) { last = n; since = performance.now(); }
    if (performance.now() - since > 500) resolve(); else setTimeout(poll, 50);
  };
  poll();
}));
const idleDom = await page.evaluate(() => new Promise((resolve) => {
  let mutations = 0;
  const o = new MutationObserver((r) => { mutations += r.length; });
  o.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  const f = window.cafApp.frameCount();
  setTimeout(() => { o.disconnect(); resolve({ mutations, frames: window.cafApp.frameCount() - f }); }, 5000);
}));
row('idle on the roadmap with the mirror', `${idleDom.frames} frames and ${idleDom.mutations} DOM mutations in 5 s`);

const heap = await metrics(cdp);
row('JS heap in use', kb(heap.JSHeapUsedSize));

await context.close();
await browser.close();

// ---- Lighthouse (npm dev dependency), performance only, desktop, no throttling --------
// Its own Chromium (Debian's, the same flags), on the same server. LIGHTHOUSE=0 skips it.
if (process.env.LIGHTHOUSE !== '0') {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const scores = [];
  let audits;
  for (let i = 0; i < Number(process.env.LIGHTHOUSE_RUNS || 3); ++i) {
    const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium',
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, '--window-size=1350,940'] });
    try {
      const r = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error',
        onlyCategories: ['performance'], formFactor: 'desktop', throttlingMethod: 'provided',
        screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false } });
      // A run that fails (no paint, a runtime error) scores null: counted, not averaged in.
      scores.push(r.lhr.categories.performance.score ?? NaN);
      if (r.lhr.runtimeError) console.log(`# Lighthouse run ${i + 1}: ${r.lhr.runtimeError.code} ${r.lhr.runtimeError.message}`);
      audits = r.lhr.audits;
    } finally {
      await chrome.kill();
    }
  }
  const ms = (id) => `${audits[id]?.numericValue?.toFixed(0)} ms`;
  const scored = scores.filter((x) => !Number.isNaN(x));
  // Lighthouse cannot score a run whose trace holds no largest-contentful-paint (NO_LCP):
  // said as such rather than as a median of nothing.
  const score = scored.length ? `median ${median(scored).toFixed(2)}` : 'no score';
  row('Lighthouse performance (desktop, no throttling)', `${score} over ${scored.length} runs (${scores.map((x) => (Number.isNaN(x) ? 'failed' : x)).join(', ')}); last run: FCP ${ms('first-contentful-paint')}, LCP ${ms('largest-contentful-paint')}, TBT ${ms('total-blocking-time')}, TTI ${ms('interactive')}`);
}
server.close();

console.log('\n| what | figure |\n|---|---|');
for (const [what, figure] of report) console.log(`| ${what} | ${figure} |`);
