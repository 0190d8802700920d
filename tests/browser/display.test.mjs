// The rest of WCAG 2.2 AA that the canvas must earn: reflow at 320 CSS px and at
// 200 % zoom, forced colors (Windows high contrast), the system's colour scheme and
// reduced motion, targets of at least 24 × 24 CSS px, and a visible focus on every
// control. Screenshots of each land in test-results/ (look at them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, settle, appState, screenshot } from './lib.mjs';
import { FIXTURE_STARTUP, key, idle } from './ui.mjs';
import { axTree, until } from './a11y.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const SCREENS = ['welcome', 'profile', 'assessment', 'results', 'roadmap'];

async function openWithSession(options) {
  const opened = await openApp(browser, server, options);
  await settle(opened.page);
  await opened.page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
  return opened;
}

async function show(page, screen) {
  await page.evaluate((s) => window.cafApp.go(s), screen);
  await settle(page, 4);
  await idle(page);
}

// The mirror's controls and text as the browser lays them out (CSS px, viewport).
const boxes = (page) => page.evaluate(() =>
  [...document.querySelectorAll('#semantics button, #semantics a, #semantics input, #semantics p, #semantics h1, #semantics h2, #semantics h3')]
    .map((e) => { const r = e.getBoundingClientRect(); return { name: e.getAttribute('aria-label') || e.textContent, tag: e.tagName, x: r.left, y: r.top, w: r.width, h: r.height }; })
    .filter((b) => b.w > 0 && b.h > 0));

// Reflow: nothing needs horizontal scrolling and nothing is cut off at the right.
async function checkReflow(page, width, where) {
  for (const screen of SCREENS) {
    await show(page, screen);
    const outside = (await boxes(page)).filter((b) => b.x < -0.5 || b.x + b.w > width + 0.5);
    assert.deepEqual(outside.map((b) => `${b.name.slice(0, 40)} (${Math.round(b.x)}…${Math.round(b.x + b.w)})`), [],
      `${where}, ${screen}: everything lies within the ${width} CSS px`);
    await screenshot(page, `display-${where}-${screen}`);
  }
}

test('reflow at 320 CSS px: every screen in one column, nothing cut off', async () => {
  const { context, page, log } = await openWithSession({ width: 320, height: 640 });
  await checkReflow(page, 320, '320px');
  // The results' target buttons (once cut off at this width) are all on screen, at full size.
  await show(page, 'results');
  const raise = (await boxes(page)).filter((b) => b.name.startsWith('Raise the target level'));
  assert.equal(raise.length, 11);
  for (const b of raise) assert.ok(b.x + b.w <= 320 && b.w >= 24, `${b.name}: within the window, ${b.w} px wide`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('200 % zoom: a 1280 × 800 window at twice the size reflows like a narrow one', async () => {
  // Browser zoom 200 % gives the page half the CSS pixels at twice the device pixel ratio.
  const { context, page, log } = await openWithSession({ width: 640, height: 400, dpr: 2 });
  await checkReflow(page, 640, 'zoom200');
  const ax = await axTree(page);
  assert.ok(ax.some((n) => n.role === 'button' && n.name === 'Text size and theme'), 'the top bar folds its settings into a menu');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('forced colors switch to the high-contrast theme, and back when they end', async () => {
  const { context, page, log } = await openWithSession({ width: 1280, height: 800, context: { forcedColors: 'active' } });
  for (const screen of SCREENS) {
    await show(page, screen);
    const st = await appState(page);
    assert.equal(st.theme, 'High contrast', `${screen}: drawn in the high-contrast theme`);
    assert.equal(st.system.forced_colors, true);
    await screenshot(page, `display-forced-colors-${screen}`);
  }
  const ax = await axTree(page);
  assert.ok(!ax.some((n) => n.role === 'button' && /theme/.test(n.name)), 'the system chooses the theme: no theme button');
  // Mirror text stays transparent: forced colors must not paint it over the canvas.
  const color = await page.evaluate(() => getComputedStyle(document.querySelector('#semantics h1')).color);
  assert.equal(color, 'rgba(0, 0, 0, 0)');
  await page.emulateMedia({ forcedColors: 'none' });
  await until(async () => (await appState(page)).theme === 'Light', 'the light theme once forced colors end');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the system\'s colour scheme picks the first theme; the user\'s choice is kept', async () => {
  const { context, page } = await openApp(browser, server, { width: 1280, height: 800, context: { colorScheme: 'dark' } });
  await settle(page);
  assert.equal((await appState(page)).theme, 'Dark', 'a dark system scheme starts dark');
  await screenshot(page, 'display-dark-scheme-welcome');
  await page.getByRole('button', { name: 'Switch to the High contrast theme' }).dispatchEvent('click');
  await until(async () => (await appState(page)).theme === 'High contrast', 'the chosen theme');
  await page.getByRole('button', { name: 'Start the assessment' }).dispatchEvent('click');   // something worth saving
  await until(async () => (await appState(page)).screen === 'profile', 'the profile');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.appReady === '1');
  await settle(page);
  assert.equal((await appState(page)).theme, 'High contrast', 'after a reload the user\'s theme wins over the scheme');
  await context.close();
});

test('reduced motion: nothing animates', async () => {
  const { context, page } = await openWithSession({ width: 1280, height: 800, context: { reducedMotion: 'reduce' } });
  await show(page, 'results');
  const st = await appState(page);
  assert.equal(st.system.reduced_motion, true, 'the app knows');
  const motion = await page.evaluate(() => ({
    animations: document.getAnimations().length,
    loadingBar: getComputedStyle(document.getElementById('loading-bar')).transitionDuration,
  }));
  assert.deepEqual(motion, { animations: 0, loadingBar: '0s' });
  await screenshot(page, 'display-reduced-motion-results');
  await context.close();
});

test('every control is at least 24 × 24 CSS px (WCAG 2.5.8)', async () => {
  for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const { context, page } = await openWithSession(size);
    for (const screen of SCREENS) {
      await show(page, screen);
      const small = (await boxes(page)).filter((b) => ['BUTTON', 'A', 'INPUT'].includes(b.tag) && (b.w < 23.5 || b.h < 23.5));
      assert.deepEqual(small.map((b) => `${b.name} ${b.w}×${b.h}`), [], `${size.width}px, ${screen}: no control under 24 × 24`);
    }
    await context.close();
  }
});

test('focus is visible on every control Tab reaches', async () => {
  const { context, page } = await openWithSession({ width: 1280, height: 800 });
  const focusedBox = () => page.evaluate(() => {
    const e = document.activeElement;
    if (!e || !e.closest('#semantics')) return null;
    const r = e.getBoundingClientRect();
    return { name: e.getAttribute('aria-label') || e.textContent, x: r.left, y: r.top, w: r.width, h: r.height };
  });
  const topOf = (name) => page.evaluate((n) => {
    const e = [...document.querySelectorAll('#semantics [data-c]')].find((x) => (x.getAttribute('aria-label') || x.textContent) === n);
    return e ? e.getBoundingClientRect().top : null;
  }, name);
  let compared = 0;
  for (const screen of ['welcome', 'profile', 'roadmap']) {
    await show(page, screen);
    await key(page, 'Tab');
    await idle(page);
    for (let i = 0; i < 12; ++i) {
      // The control with focus, drawn focused; then, once Tab moved on, drawn without it.
      const box = await focusedBox();
      assert.ok(box, `${screen}: Tab focuses an element of the mirror (step ${i + 1})`);
      const clip = { x: Math.max(0, box.x - 5), y: Math.max(0, box.y - 5), width: box.w + 10, height: box.h + 10 };
      const inView = clip.y + clip.height <= 800 && clip.x + clip.width <= 1280;
      const focused = inView ? await page.screenshot({ clip }) : null;
      await key(page, 'Tab');
      await idle(page);
      if (!inView || Math.abs(((await topOf(box.name)) ?? -1e9) - box.y) > 0.5) continue;   // scrolled: not comparable
      const unfocused = await page.screenshot({ clip });
      assert.ok(!focused.equals(unfocused), `${screen}: "${box.name}" looks different when focused`);
      ++compared;
    }
  }
  assert.ok(compared >= 20, `focus compared on ${compared} controls`);
  await context.close();
});
