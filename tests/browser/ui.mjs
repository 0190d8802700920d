// Helpers for the journey test and the browser benchmark (on top of lib.mjs):
// the model and checklist read from data/, opening the app and waiting until idle,
// and a "scroll until really visible, then click/tap" that knows the screen region
// below the top bar and the notice (lib.clickLabel only checks that an item is
// registered; choice buttons, option rows and check rows are registered even when
// they are scrolled out of view, so their rectangle may be off screen).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, openApp, settle, appState, findItem, press, click, tap, wheel } from './lib.mjs';

export const MODEL = JSON.parse(readFileSync(path.join(ROOT, 'data/model.json'), 'utf8'));
export const CATALOGUE = JSON.parse(readFileSync(path.join(ROOT, 'data/checklist.json'), 'utf8'));
export const QUESTIONS = MODEL.phases.flatMap((p) => p.dimensions.flatMap((d) => d.questions));
// The readiness quick checks (Ready → Manage), asked after Strategy and Plan.
export const QUICK_CHECKS = MODEL.readiness.groups.flatMap((g) => g.questions);
// The questions asked of `profile`, in the app's order: Strategy and Plan, then the quick checks whose
// applies_when matches (a profile question not answered yet rules nothing out).
export function journeyQuestions(profile) {
  const applies = (q) => Object.entries(q.applies_when || {}).every(([id, options]) => !profile[id] || options.includes(profile[id]));
  return [...QUESTIONS, ...QUICK_CHECKS].filter(applies);
}
export const FIXTURE_STARTUP = readFileSync(path.join(ROOT, 'tests/fixtures/sessions/example_startup_paas.json'), 'utf8');
export const CONTRACTS = JSON.parse(readFileSync(path.join(ROOT, 'src/platform/contracts.json'), 'utf8'));
export const AUTOSAVE_KEY = CONTRACTS.storage_keys.autosave;
export const BACKUP_KEY = CONTRACTS.storage_keys.autosave_backup;

export function profileOption(questionId, optionId) {
  const q = MODEL.profile.find((p) => p.id === questionId);
  return q.options.find((o) => o.id === optionId).label;
}
export const titlesOf = (checklistId) =>
  CATALOGUE.items.filter((i) => i.checklists.includes(checklistId)).map((i) => i.title);
export const itemByTitle = (title) => CATALOGUE.items.find((i) => i.title === title);

// Opens the app (lib.openApp, with any playwright context options) and waits until it is idle.
export async function openWith(browser, server, options = {}) {
  const opened = await openApp(browser, server, options);
  await settle(opened.page);
  return opened;
}

// Wakes the app and resolves with the number of frames it drew, once it has drawn `n`
// (at most `timeout` ms, an upper bound: a stopped app resolves with fewer).
export async function drawsWhenWoken(page, n = 2, timeout = 20000) {
  return page.evaluate(async ([k, limit]) => {
    const start = window.cafApp.frameCount();
    let expired = false;
    const timer = setTimeout(() => { expired = true; }, limit);
    Module._app_wake();
    while (window.cafApp.frameCount() < start + k && !expired) await new Promise((r) => requestAnimationFrame(r));
    clearTimeout(timer);
    return window.cafApp.frameCount() - start;
  }, [n, timeout]);
}

// Waits until the app is idle (lib.settle): everything an input caused, including the
// frame that shows it, has been drawn.
export const idle = (page) => settle(page);

// One round trip: the app's state, its session and what the announcer says.
export const snap = (page) => page.evaluate(() => ({
  st: window.cafApp.state(), s: window.cafApp.session(), said: document.getElementById('announcer').textContent,
}));

// A key press, handled and drawn (lib.press).
export const key = (page, k) => press(page, k);

export const session = (page) => page.evaluate(() => window.cafApp.session());
export const announcer = (page) => page.evaluate(() => document.getElementById('announcer').textContent);

// Items drawn by the root window (top bar, notice) rather than the scrolling screen.
const ROOT_LABELS = new Set(['AI Maturity Self-Assessment', 'AI maturity', 'Profile', 'Questions', 'Results',
  'Roadmap', 'History', 'A−', 'A+', 'Dark', 'Light', 'Contrast', 'Aa', 'Dismiss']);
// The assessment's footer below the screen (Back / Next), also outside the scrolling region.
const FOOTER_LABELS = new Set(['Back', 'Back to the profile', 'Next question', 'See your results', 'Skip to results']);
const inFooter = (it, viewport, dpr) => FOOTER_LABELS.has(it.label) && it.y > viewport.height * dpr - it.h * 2.5;
const isFixed = (it, viewport, dpr) => ROOT_LABELS.has(it.label) || inFooter(it, viewport, dpr);

// The band of the canvas (device pixels) where the screen's content is visible.
export function visibleBand(st, viewport, dpr) {
  let top = 0, barH = 0, bottom = viewport.height * dpr - 4;
  for (const it of st.items) {
    if (ROOT_LABELS.has(it.label)) {
      top = Math.max(top, it.y + it.h);
      barH = Math.max(barH, it.h);
    } else if (inFooter(it, viewport, dpr)) {
      bottom = Math.min(bottom, it.y - it.h * 0.4);   // the footer band starts a little above its buttons
    }
  }
  // The scrolling region starts a little below the last root item (card padding).
  return { top: top + barH, bottom };
}

function matches(label, l) { return label instanceof RegExp ? label.test(l) : l === label; }

// Scrolls with the mouse wheel (like a user) until the item labelled `label` lies fully
// inside the visible band; returns the item (device pixels).
const dprCache = new WeakMap();
async function dprOf(page) {
  if (!dprCache.has(page)) dprCache.set(page, await page.evaluate(() => window.devicePixelRatio));
  return dprCache.get(page);
}

export async function scrollIntoView(page, label, { nth = 0, maxSteps = 40 } = {}) {
  const vp = page.viewportSize();
  const dpr = await dprOf(page);
  let lostDirection = 1;   // not registered at all: search downwards first, then upwards
  for (let step = 0; step < maxSteps; ++step) {
    // Positions are only final once the app is idle: a screen change scrolls to the top
    // one frame late, so a frame may still show the old scroll offset.
    await settle(page);
    const st = await appState(page);
    const band = visibleBand(st, vp, dpr);
    const item = st.items.filter((i) => matches(label, i.label))[nth];
    let dy;
    if (item && isFixed(item, vp, dpr)) {
      return item;   // in a bar that does not scroll
    } else if (!item) {
      dy = 400 * lostDirection;
      if (step === 14) lostDirection = -1;
    } else if (item.y < band.top) {
      dy = -Math.min(600, Math.max(100, Math.ceil((band.top - item.y) / dpr / 100) * 100));
    } else if (item.y + item.h > band.bottom) {
      dy = Math.min(600, Math.max(100, Math.ceil((item.y + item.h - band.bottom) / dpr / 100) * 100));
    } else {
      return item;
    }
    await wheel(page, vp.width / 2, (band.top + band.bottom) / 2 / dpr, dy);
  }
  const st = await appState(page);
  throw new Error(`cannot bring "${label}" into view on screen ${st.screen}; items: ${st.items.map((i) => `${i.label}@${i.y}`).join(' | ')}`);
}

// Clicks (or taps) the centre of a labelled item once it is fully visible.
const tapAt = tap;
export async function clickVisible(page, label, { nth = 0, tap = false } = {}) {
  const item = await scrollIntoView(page, label, { nth });
  const dpr = await dprOf(page);
  const x = (item.x + item.w / 2) / dpr, y = (item.y + item.h / 2) / dpr;
  if (tap) await tapAt(page, x, y);
  else await click(page, x, y);
  return item;
}

// Presses Tab until the control with keyboard focus is `label`; returns the number of
// presses. Moves forward only: gives up when focus wraps round to the first control (the
// title in the top bar) or after `max` presses.
const FIRST_STOPS = new Set(['AI Maturity Self-Assessment', 'AI maturity']);
export async function tabTo(page, label, { max = 150, key = 'Tab' } = {}) {
  const visited = [];
  for (let n = 1; n <= max; ++n) {
    await press(page, key);
    const st = await appState(page);
    if (st.focused === label) return n;
    if (visited.length && FIRST_STOPS.has(st.focused) && !FIRST_STOPS.has(visited.at(-1))) {
      visited.push(st.focused);
      break;   // wrapped round
    }
    visited.push(st.focused);
  }
  const st = await appState(page);
  throw new Error(`${key} never focused "${label}" on screen ${st.screen}; focus went: ${visited.join(' → ')}`);
}

// ImGui's own directional navigation (arrow keys): presses `keys` in turn (each up to
// `per` times) until `label` has keyboard focus. Returns true when it got there.
export async function arrowTo(page, label, { keys = ['ArrowDown', 'ArrowRight', 'ArrowLeft'], per = 12 } = {}) {
  for (const key of keys) {
    for (let n = 0; n < per; ++n) {
      await press(page, key);
      if ((await appState(page)).focused === label) return true;
    }
  }
  return false;
}

export { findItem, appState, settle };
