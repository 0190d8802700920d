// The Roadmap screen's plan as a user meets it: a regulated enterprise's session,
// the view switch to the timeline (a table with a row per item in the accessibility
// tree, each bar a control Tab reaches) and to the first 90 days (items grouped by
// wave, with owner, dates, effort and why); an owner changed with the keyboard only,
// seen in both views; a start date that is not a date refused with nothing lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launch, openApp, settle, appState, screenshot, clickLabel } from './lib.mjs';
import { key, idle, session } from './ui.mjs';
import { axTree, until } from './a11y.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const FIXTURE = readFileSync(path.join(ROOT, 'tests/fixtures/sessions/persona_regulated_enterprise.json'), 'utf8');

async function openRoadmap(options = {}) {
  const opened = await openApp(browser, server, options);
  await settle(opened.page);
  await opened.page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE);
  await opened.page.evaluate(() => window.cafApp.go('roadmap'));
  await settle(opened.page, 4);
  await idle(opened.page);
  return opened;
}

// The semantics tree's table by name: its rows, each a list of cell texts (the bar's name first).
async function tableRows(page, name) {
  const tree = await page.evaluate(() => window.cafApp.semantics());
  const table = tree.nodes.find((n) => n.r === 'table' && n.n === name);
  if (!table) return null;
  const children = (k) => tree.nodes.filter((n) => n.p === k);
  const text = (n) => n.n || children(n.k).map(text).join(' ');
  return children(table.k).filter((r) => r.r === 'row').map((r) => children(r.k).map(text));
}

// Presses Tab until `label` has keyboard focus, each press once the app is idle again, and
// round past the end of the screen (the view switch lies above sixty bars).
async function tabTo(page, label, { max = 200 } = {}) {
  const visited = [];
  for (let n = 1; n <= max; ++n) {
    await key(page, 'Tab');
    await idle(page);
    const st = await appState(page);
    if (st.focused === label) return n;
    visited.push(st.focused);
  }
  throw new Error(`Tab never focused "${label}"; focus went: ${visited.join(' → ')}`);
}

// Chooses a view with the mouse (the keyboard's turn is the owner, below).
async function chooseView(page, label) {
  await clickLabel(page, label);
  await idle(page);
  assert.equal((await page.evaluate(() => window.cafApp.semantics())).nodes.find((n) => n.r === 'radio' && n.n === label)?.s & 1, 1,
    `"${label}" is the view chosen`);
}

test('timeline: a table of the plan in the accessibility tree, bars reached by Tab, an owner changed by keyboard', async () => {
  const { context, page } = await openRoadmap();
  await chooseView(page, 'Timeline');
  const rows = await tableRows(page, 'Timeline of the plan');
  assert.ok(rows, 'the timeline is a table in the semantics tree');
  assert.deepEqual(rows[0], ['Item', 'Owner', 'Start', 'Due', 'Wave', 'Why then']);
  assert.ok(rows.length > 5, `a row per planned item (${rows.length - 1})`);
  for (const r of rows.slice(1)) {
    assert.equal(r.length, 6, `row "${r[0]}" has its six cells`);
    assert.match(r[2], /^\d{4}-\d{2}-\d{2}$/, `"${r[0]}" starts on a date`);
    assert.match(r[3], /^\d{4}-\d{2}-\d{2}$/, `"${r[0]}" is due on a date`);
  }
  // Chromium's own tree: a table with rows, column headers and the bars as buttons.
  const ax = await axTree(page);
  const at = ax.findIndex((n) => n.role === 'table' && n.name === 'Timeline of the plan');
  assert.ok(at >= 0, 'Chromium exposes the timeline as a table');
  assert.match(ax[at].description, /^Time axis from \d{1,2} [A-Z][a-z]{2} \d{4} \(today\) to \d{1,2} [A-Z][a-z]{2} \d{4}, a line on the first of each month\.$/,
    'the table says what its time axis shows');
  assert.ok(ax.filter((n) => n.role === 'columnheader').some((n) => n.name === 'Why then'), 'with its column headers');
  assert.ok(ax.filter((n) => n.role === 'row').length >= rows.length, 'and its rows');
  const first = rows[1][0];
  assert.ok(ax.some((n) => n.role === 'button' && n.name === first), `the bar "${first}" is a button`);

  // "Items at a time: 2" reads on one line with its − and + (their text on its baseline).
  const tree0 = await page.evaluate(() => window.cafApp.semantics());
  const byKey = new Map(tree0.nodes.map((n) => [n.k, n]));
  const top = (n) => (n ? n.y + top(byKey.get(n.p)) : 0);   // the same scrolling parent: scroll cancels out
  const label = tree0.nodes.find((n) => /^Items at a time: \d+$/.test(n.n ?? ''));
  const fewer = tree0.nodes.find((n) => n.n === 'Fewer items at a time');
  assert.ok(label && fewer, 'the plan card has its capacity line');
  const mid = (n) => top(n) + n.h / 2;
  assert.ok(Math.abs(mid(label) - mid(fewer)) <= 1, `the capacity text is centred on its buttons (${mid(label)} vs ${mid(fewer)} CSS px)`);

  // Keyboard only: Tab to the first bar, Enter opens its details in a dialog; change its
  // owner there, Escape closes it.
  await tabTo(page, first);
  await key(page, 'Enter');
  await idle(page);
  const dialog = (await page.evaluate(() => window.cafApp.semantics())).nodes.find((n) => n.r === 'dialog');
  assert.equal(dialog?.n, 'Item in the plan', 'Enter on a bar opens its details');
  const owner = rows[1][1] === 'Security lead' ? 'Platform team' : 'Security lead';
  await tabTo(page, owner, { max: 40 });
  await key(page, 'Enter');
  await idle(page);
  await key(page, 'Escape');
  await idle(page);
  assert.ok(!(await page.evaluate(() => window.cafApp.semantics())).nodes.some((n) => n.r === 'dialog'), 'Escape closes it');
  await until(async () => {
    const now = await tableRows(page, 'Timeline of the plan');
    return now.some((r) => r[0] === first && r[1] === owner);
  }, `the timeline's table names ${owner} as the owner of "${first}"`);
  const s = await session(page);
  const id = Object.entries(s.checklist?.items ?? s.items ?? {}).find(([, v]) => v.owner)?.[0];
  assert.ok(id, 'the owner is in the session');
  await screenshot(page, 'plan-timeline-owner-changed');

  // First 90 days: the item carries its new owner, with dates, effort and why.
  await chooseView(page, 'First 90 days');
  const tree = await page.evaluate(() => window.cafApp.semantics());
  const headings = tree.nodes.filter((n) => n.r === 'heading').map((n) => n.n ?? '');
  assert.ok(headings.some((h) => h.startsWith('First 30 days')), `the first wave's heading (${headings.join(' | ')})`);
  const texts = tree.nodes.map((n) => n.n ?? '');
  assert.ok(texts.some((t) => t.startsWith(`Owner: ${owner} (set by you)`)), `"${first}" shows its owner`);
  assert.ok(texts.some((t) => /Effort: (Small|Medium|Large)/.test(t)), 'efforts are shown');
  assert.ok(texts.some((t) => /Starts right away|After |When a track frees up|Pinned by you/.test(t)), 'and why then');

  // A plan that started 20 days ago marks today on its axis.
  const started = JSON.parse(FIXTURE);
  started.plan = { ...(started.plan ?? {}), start: new Date(Date.now() - 20 * 86400e3).toISOString().slice(0, 10) };
  await page.evaluate((x) => window.cafApp.loadSession(x), JSON.stringify(started));
  await chooseView(page, 'Timeline');
  const axis = (await page.evaluate(() => window.cafApp.semantics())).nodes.find((n) => n.r === 'table' && n.n === 'Timeline of the plan');
  // The app's date is the browser's UTC date, as here (either side of a midnight passing now).
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const utcDay = (d) => `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  const days = new Set([utcDay(new Date(Date.now() - 60e3)), utcDay(new Date())]);
  assert.match(axis?.d ?? '', new RegExp(`^Time axis from .* to .*, today \\((${[...days].join('|')})\\) marked, `), `today is marked (${axis?.d})`);
  await screenshot(page, 'plan-timeline-today');
  await context.close();
});

test('a start date that is not a date is refused, said, and kept for the next edit', async () => {
  const { context, page } = await openRoadmap();
  await chooseView(page, 'First 90 days');
  await clickLabel(page, 'Change the start date');
  await page.waitForSelector('#text-editor[open]');
  await page.fill('#text-editor-text', '2026-02-30');
  await page.keyboard.press('Enter');   // one line: Enter saves
  await until(async () => (await page.evaluate(() => window.cafApp.semantics())).nodes.some((n) => /is not a date/.test(n.n)),
    'the refusal is on screen');
  const s = await session(page);
  assert.ok(!s.plan?.start, 'the start is unchanged');
  await idle(page);
  await clickLabel(page, 'Change the start date');
  await page.waitForSelector('#text-editor[open]');
  assert.equal(await page.inputValue('#text-editor-text'), '2026-02-30', 'what was typed is kept');
  await page.fill('#text-editor-text', '2026-03-02');
  await page.keyboard.press('Enter');
  await until(async () => (await session(page)).plan?.start === '2026-03-02', 'the corrected start is kept');
  await idle(page);
  const rows = await (async () => { await chooseView(page, 'Timeline'); return tableRows(page, 'Timeline of the plan'); })();
  assert.ok(rows.slice(1).every((r) => r[2] >= '2026-03-02'), 'nothing starts before the plan does');
  await context.close();
});
