// The browser details that separate a product from a demo: zero idle frames,
// fast input, natural wheel speed, touch taps at the finger, a real text area
// for notes, the screen-reader announcements, a lost WebGL context, dpr 3.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  startServer, launch, openApp, settle, clickLabel, findItem, appState, press, tap, wheel, handled, pixelStats, screenshot, ROOT,
} from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const example = readFileSync(path.join(ROOT, 'tests/fixtures/sessions/example_startup_paas.json'), 'utf8');

test('no frame is drawn while nothing changes, and input is answered in the next frame', async () => {
  const { context, page } = await openApp(browser, server);
  await settle(page);
  // Idle: over 180 of the browser's display frames (about 3 s) the app draws none.
  const idle = await page.evaluate(async () => {
    const f0 = window.cafApp.frameCount();
    for (let i = 0; i < 180; ++i) await new Promise((r) => requestAnimationFrame(r));
    return { frames: window.cafApp.frameCount() - f0, idle: window.cafApp.idle() };
  });
  console.log(`# idle: ${idle.frames} frames in 180 display frames`);
  assert.equal(idle.frames, 0, 'no frames while idle');
  assert.equal(idle.idle, true, 'the app says it is idle');

  // A quick Tab tap (down and up before any frame) is handed over in the very next frame;
  // the time it took is reported (speed targets live in scripts/bench.sh).
  const first = await page.evaluate(() => new Promise((resolve) => {
    const start = window.cafApp.frameCount(), keys = window.cafApp.input().keys;
    const t0 = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', code: 'Tab', keyCode: 9, which: 9, bubbles: true }));
    window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Tab', code: 'Tab', keyCode: 9, which: 9, bubbles: true }));
    const poll = () => (window.cafApp.frameCount() > start
      ? resolve({ ms: performance.now() - t0, frames: window.cafApp.frameCount() - start, keys: window.cafApp.input().keys - keys })
      : requestAnimationFrame(poll));
    requestAnimationFrame(poll);
  }));
  console.log(`# input to frame: ${first.ms.toFixed(1)} ms`);
  assert.ok(first.keys >= 1, `the key went down in the first frame after it (${JSON.stringify(first)})`);
  await settle(page);
  assert.ok((await appState(page)).focused, 'the quick Tab tap was not lost: a control has focus');
  await context.close();
});

// Reading GL state back (getParameter, getError, readPixels…) makes the page wait
// for the GPU process to finish everything queued; with software GL that was ~20 ms
// per frame. The app owns the whole context, so a frame never needs to read back.
test('a frame reads nothing back from WebGL', async () => {
  const init = () => {
    window.__glReads = {};
    const P = WebGL2RenderingContext.prototype;
    for (const name of ['getParameter', 'getError', 'isEnabled', 'readPixels', 'getProgramParameter', 'getShaderParameter', 'finish']) {
      const orig = P[name];
      P[name] = function (...args) {
        const key = name === 'getParameter' ? `getParameter(0x${Number(args[0]).toString(16)})` : name;
        window.__glReads[key] = (window.__glReads[key] || 0) + 1;
        return orig.apply(this, args);
      };
    }
  };
  const { context, page } = await openApp(browser, server, { init });
  await page.evaluate((t) => window.cafApp.loadSession(t), example);
  for (const screen of ['welcome', 'profile', 'assessment', 'results', 'roadmap']) {
    await page.evaluate((s) => window.cafApp.go(s), screen);
    await settle(page);
  }
  await page.evaluate(() => { window.__glReads = {}; });
  const f0 = await page.evaluate(() => window.cafApp.frameCount());
  for (const screen of ['results', 'roadmap', 'assessment']) {   // the radar's draw callback included
    await page.evaluate((s) => window.cafApp.go(s), screen);
    await settle(page);
  }
  const drawn = (await page.evaluate(() => window.cafApp.frameCount())) - f0;
  const reads = await page.evaluate(() => window.__glReads);
  console.log(`# ${drawn} frames, GL reads: ${JSON.stringify(reads)}`);
  assert.ok(drawn >= 9, `frames were drawn (${drawn})`);
  assert.deepEqual(reads, {}, 'no GL state is read back while drawing');
  await context.close();
});

test('one wheel notch scrolls a natural distance', async () => {
  const { context, page } = await openApp(browser, server);
  await page.evaluate((t) => window.cafApp.loadSession(t), example);
  await page.evaluate(() => window.cafApp.go('roadmap'));
  await settle(page);
  const before = await findItem(page, 'Take it with you') || await findItem(page, 'Recommended');
  await wheel(page, 640, 500, 100);
  const after = await findItem(page, before.label);
  const moved = before.y - after.y;
  console.log(`# one notch scrolled ${moved} px`);
  assert.ok(moved >= 30 && moved <= 300, `moved ${moved} px`);
  await context.close();
});

test('touch taps land where the finger is', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.dataset.appReady === '1');
  await settle(page);
  const tapLabel = async (label) => {
    await settle(page);
    const it = await findItem(page, label);
    assert.ok(it, `${label} on screen`);
    await tap(page, (it.x + it.w / 2) / 2, (it.y + it.h / 2) / 2);
  };
  await tapLabel('Start the assessment');
  assert.equal((await appState(page)).screen, 'profile');
  await tapLabel('Enterprise');
  assert.equal((await page.evaluate(() => window.cafApp.session())).profile.org_type, 'enterprise');
  await context.close();
});

test('notes are edited in a real text area, and the canvas does not eat its keys', async () => {
  const { context, page } = await openApp(browser, server);
  await page.evaluate((t) => window.cafApp.loadSession(t), example);
  await page.evaluate(() => window.cafApp.go('assessment'));
  await settle(page);
  const qid = (await appState(page)).question;
  await clickLabel(page, 'Add a note…');
  await page.waitForSelector('#text-editor[open]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-editor-text');
  await page.keyboard.type('Pilot in Q3, owner Ana');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('Anna');
  await page.keyboard.press('Tab');      // focus moves inside the dialog, not to the app
  await page.focus('#text-editor-text');
  await handled(page, { edits: 1 }, () => page.keyboard.press('Control+Enter'));   // the dialog hands the text over
  assert.equal(await page.isVisible('#text-editor[open]'), false, 'the dialog is closed');
  const notes = (await page.evaluate(() => window.cafApp.session())).notes;
  assert.equal(notes[qid], 'Pilot in Q3, owner Anna');
  assert.equal((await appState(page)).question, qid, 'typing did not answer or move the question');
  await context.close();
});

test('screen-reader users hear the question, its options and the chosen answer', async () => {
  const { context, page } = await openApp(browser, server);
  await clickLabel(page, 'Start the assessment');
  await press(page, 'Enter');
  const model = JSON.parse(readFileSync(path.join(ROOT, 'data/model.json'), 'utf8'));
  const q = model.phases[0].dimensions[0].questions[0];
  const said = await page.textContent('#announcer');
  assert.ok(said.includes(q.prompt), said);
  assert.ok(said.includes(q.options[4].label), 'options are read out');
  await press(page, '2');
  assert.match(await page.textContent('#announcer'), new RegExp('Answer chosen: ' + q.options[2].label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await context.close();
});

test('the app survives a lost WebGL context', async () => {
  const { context, page, log } = await openApp(browser, server);
  await settle(page);
  // Lose the context, wait for the browser to say so, restore it, wait for that too.
  const before = await page.evaluate(async () => {
    const canvas = document.getElementById('canvas');
    const lose = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
    const event = (name) => new Promise((r) => canvas.addEventListener(name, r, { once: true }));
    const lost = event('webglcontextlost');
    lose.loseContext();
    await lost;
    // Restore only once the lost event has been dispatched to the end (the app's handler
    // asks for a restore); called from inside the dispatch, Chromium ignores it.
    await new Promise((r) => setTimeout(r, 0));
    const frames = window.cafApp.frameCount();
    const restored = event('webglcontextrestored');
    lose.restoreContext();
    await restored;
    return frames;
  });
  await settle(page);
  assert.ok((await page.evaluate(() => window.cafApp.frameCount())) > before, 'frames are drawn again');
  const stats = await pixelStats(page);
  assert.ok(stats.distinctColors > 50 && stats.darkSamples > 100, `content after restore: ${JSON.stringify(stats)}`);
  assert.ok(await findItem(page, 'Start the assessment'));
  assert.deepEqual(log.errors, []);
  await screenshot(page, 'after-context-restore');
  await context.close();
});

test('devicePixelRatio 3 stays crisp', async () => {
  const { context, page } = await openApp(browser, server, { width: 390, height: 844, dpr: 3 });
  await page.evaluate((t) => window.cafApp.loadSession(t), example);
  await page.evaluate(() => window.cafApp.go('results'));
  await settle(page);
  const c = await page.evaluate(() => ({ w: document.getElementById('canvas').width, css: document.getElementById('canvas').clientWidth }));
  assert.equal(c.w, c.css * 3);
  await screenshot(page, 'results-390x844-dpr3');
  await context.close();
});
