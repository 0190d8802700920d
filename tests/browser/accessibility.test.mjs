// The canvas app as assistive technology gets it: on every screen Chromium's
// accessibility tree holds every control the app drew, with the app's name, role
// and state; DOM focus and the app's keyboard focus are one focus; axe-core finds no
// WCAG 2.2 A/AA violation; nothing moves or changes in the DOM while idle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, settle, appState, screenshot } from './lib.mjs';
import { FIXTURE_STARTUP, key, idle, tabTo } from './ui.mjs';
import { axTree, axe, describeViolations, CONTROL_ROLES, until } from './a11y.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// Screens to check, each reached the way a user would leave it (after loading a session).
const SCREENS = [
  { name: 'welcome', go: 'welcome' },
  { name: 'profile', go: 'profile' },
  { name: 'assessment', go: 'assessment' },
  { name: 'results', go: 'results' },
  { name: 'roadmap', go: 'roadmap' },
];

// Labels that are symbols: their accessible name says what they do instead.
const SYMBOLS = new Set(['A−', 'A+', '−', '+', 'Aa']);

async function openAt(screen, options = {}) {
  const opened = await openApp(browser, server, options);
  await settle(opened.page);
  await opened.page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
  await opened.page.evaluate((s) => window.cafApp.go(s), screen);
  await settle(opened.page, 4);
  await idle(opened.page);
  return opened;
}

// Every labelled control the app drew (ImGui's own item hooks) is in the browser's
// accessibility tree with the name and role the app declared, in the same state; and
// the tree has no control the app did not draw.
async function checkControls(page, where) {
  const st = await appState(page);
  const tree = await page.evaluate(() => window.cafApp.semantics());
  const ax = await axTree(page);
  const axControls = ax.filter((n) => CONTROL_ROLES.has(n.role));
  // With a modal dialog open, only its controls can be reached: the rest is inert.
  const byKey = new Map(tree.nodes.map((n) => [n.k, n]));
  const modal = tree.nodes.find((n) => n.r === 'dialog' && (n.s & 128));
  const inModal = (n) => { for (let p = n; p; p = byKey.get(p.p)) if (p === modal) return true; return false; };
  const reachable = (n) => !modal || inModal(n);
  const declared = tree.nodes.filter((n) => n.c && reachable(n));
  assert.ok(st.items.length > 3, `${where}: the app drew controls (${st.items.length})`);
  for (const item of st.items) {
    const node = tree.nodes.find((n) => n.c === item.id);
    assert.ok(node, `${where}: "${item.label}" is in the semantics tree`);
    if (!reachable(node)) {
      assert.ok(!axControls.some((n) => n.name === node.n), `${where}: "${node.n}" behind the dialog is out of reach`);
      continue;
    }
    // A label elided to fit ("Establish an AI Center of…") shows a part of its name: that part must be in it.
    // A disclosure's ▶ / ▼ is its state (expanded or collapsed), not a word of its name.
    const visible = item.label.replace(/…$/, '').replace(/^[▶▼] /, '');
    if (!SYMBOLS.has(item.label))
      assert.ok(node.n.toLowerCase().includes(visible.toLowerCase()), `${where}: the name "${node.n}" contains the visible label "${item.label}" (WCAG 2.5.3)`);
    const match = axControls.filter((n) => n.name === node.n && n.role === node.r);
    assert.ok(match.length >= 1, `${where}: Chromium's tree has a ${node.r} named "${node.n}" (it has: ${
      axControls.filter((n) => n.name === node.n).map((n) => n.role).join(', ') || 'none by that name'})`);
    if (node.r === 'radio' || node.r === 'checkbox')
      assert.ok(match.some((n) => n.checked === (item.checked ? 'true' : 'false')), `${where}: "${node.n}" is ${item.checked ? '' : 'not '}checked there too`);
  }
  assert.equal(axControls.length, declared.length, `${where}: as many controls in Chromium's tree as the app declared`);
  return { ax, tree, st };
}

test('every screen: the accessibility tree holds every control drawn, named and in the right role', async () => {
  for (const { name, go } of SCREENS) {
    const { context, page, log } = await openAt(go);
    const { ax } = await checkControls(page, name);
    assert.ok(ax.some((n) => n.role === 'banner'), `${name}: a banner landmark (the top bar)`);
    assert.ok(ax.some((n) => n.role === 'main'), `${name}: a main landmark`);
    assert.equal(ax.filter((n) => n.role === 'heading' && n.level === 1).length, 1, `${name}: one level-1 heading`);
    assert.match(await page.title(), /AI Maturity Self-Assessment/, `${name}: the page title names the app`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.ok(!ax.some((n) => n.role === 'Canvas' || n.role === 'canvas'), `${name}: the canvas itself is hidden from screen readers`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('screen by screen, the tree says what the screen is about', async () => {
  const { context, page } = await openAt('results');
  let ax = await axTree(page);
  assert.equal(await page.title(), 'Your AI maturity · AI Maturity Self-Assessment');
  assert.ok(ax.some((n) => n.role === 'navigation' && n.name === 'Steps'), 'the steps are a navigation landmark');
  const current = ax.find((n) => n.role === 'button' && n.name === 'Results');
  assert.ok(current, 'the Results step is a button');
  assert.equal(await page.getByRole('button', { name: 'Results', exact: true }).getAttribute('aria-current'), 'page',
    'the current step is marked as the current page');
  // The radar and bars are a table: dimension, score, level, target, gap.
  const table = page.getByRole('table', { name: 'Scores by dimension' });
  assert.equal(await table.getByRole('columnheader').allTextContents().then((t) => t.join('|')), 'Dimension|Score|Level|Target|Gap');
  const rows = await table.getByRole('row').count();
  assert.equal(rows, 1 + 11, 'a header row and one row per dimension');
  const first = await table.getByRole('row').nth(1).getByRole('cell').allTextContents();
  assert.equal(first.length, 4, 'score, level, target and gap after the dimension name');
  // A disclosure ("How the level is set") is a button that says whether it is open.
  assert.equal(await page.getByRole('button', { name: 'How the level is set', exact: true }).getAttribute('aria-expanded'), 'false',
    'the disclosure is collapsed, and says so');
  await page.evaluate(() => window.cafApp.go('roadmap'));
  await settle(page, 4);
  ax = await axTree(page);
  // Each roadmap item is a checkbox whose description holds status, priority and why.
  const boxes = ax.filter((n) => n.role === 'checkbox' && n.name !== 'Include my notes in files and links');
  assert.ok(boxes.length >= 10, `roadmap items are checkboxes (${boxes.length})`);
  for (const b of boxes) assert.match(b.description, /^Status: (Done|In progress|To do|Check it|Not applicable)\./, `"${b.name}" says its status`);
  assert.ok(boxes.some((b) => /Priority: (Now|Next|Later)\./.test(b.description)), 'and their priority');
  for (const b of boxes.filter((b) => /^Status: Check it\./.test(b.description)))
    assert.doesNotMatch(b.description, /Priority:/, `"${b.name}" is not covered by the answers: no priority`);
  assert.ok(ax.some((n) => n.role === 'list' && n.name === 'Strategy'), 'each phase is a list');
  await context.close();
});

test('dialogs and the display menu: in the tree, modal, and what lies behind is out of reach', async () => {
  const { context, page } = await openAt('welcome');
  await tabTo(page, 'Start a new assessment');
  await key(page, 'Enter');
  await idle(page);
  await checkControls(page, 'the "Start over?" dialog');
  const dialog = page.getByRole('dialog', { name: 'Start over?' });
  assert.equal(await dialog.getAttribute('aria-modal'), 'true');
  assert.equal(await dialog.getByRole('button').count(), 2, 'its two buttons are in it');
  const ax = await axTree(page);
  assert.ok(!ax.some((n) => n.role === 'button' && n.name === 'Import a session file…'),
    'the screen behind the dialog is inert: its buttons are not reachable');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Keep my answers',
    'DOM focus is on the safe choice, where the app\'s focus is');
  await key(page, 'Escape');
  await idle(page);
  assert.equal(await page.getByRole('dialog').count(), 0, 'Escape closes it');
  await context.close();

  // At phone size the text size and theme are in a menu.
  const phone = await openAt('profile', { width: 390, height: 844 });
  await phone.page.getByRole('button', { name: 'Text size and theme' }).dispatchEvent('click');
  await until(() => phone.page.getByRole('dialog', { name: 'Text size and theme' }).count(), 'the display menu');
  await checkControls(phone.page, 'the display menu');
  const themes = phone.page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio');
  assert.equal(await themes.count(), 3, 'the three themes are radios');
  await phone.context.close();
});

test('DOM focus and the app\'s keyboard focus are one focus', async () => {
  const { context, page } = await openAt('profile');
  const activeName = () => page.evaluate(() => {
    const a = document.activeElement;
    return a && a.closest('#semantics') ? (a.getAttribute('aria-label') || a.textContent) : null;
  });
  // Tab in the app moves DOM focus with it.
  for (let i = 0; i < 6; ++i) {
    await key(page, 'Tab');
    await idle(page);
    const { focused, focused_id: id } = await appState(page);
    const tree = await page.evaluate(() => window.cafApp.semantics());
    const node = tree.nodes.find((n) => n.c === id);
    assert.ok(node, `the app's focus "${focused}" is a control of the tree`);
    assert.equal(await activeName(), node.n, `Tab ${i + 1}: DOM focus is on "${node.n}" too`);
  }
  // DOM focus (a screen reader, a click on the element) moves the app's focus.
  const option = page.getByRole('radiogroup').nth(1).getByRole('radio').nth(2);
  const label = await option.getAttribute('aria-label');
  await option.focus();
  await until(async () => (await appState(page)).focused === label, `the app's focus to follow to "${label}"`);
  // ...and the next Tab goes on from there, in both.
  await key(page, 'Tab');
  await idle(page);
  const next = (await appState(page)).focused;
  assert.notEqual(next, label);
  assert.equal(await activeName(), await page.evaluate(() => document.activeElement.getAttribute('aria-label') || document.activeElement.textContent));
  // Enter on the focused element runs the same intent as a click on the canvas, once.
  const before = (await page.evaluate(() => window.cafApp.session())).profile;
  await option.focus();
  await until(async () => (await appState(page)).focused === label, 'focus back on the option');
  await key(page, 'Enter');
  await idle(page);
  const afterEnter = (await page.evaluate(() => window.cafApp.session())).profile;
  assert.notDeepEqual(afterEnter, before, 'Enter on the focused radio chose it');
  await until(() => option.isChecked(), 'the DOM to show it chosen');
  await context.close();
});

test('activating an element from assistive technology is a click on the canvas', async () => {
  const { context, page, log } = await openAt('assessment');
  const st = await appState(page);
  const radios = page.getByRole('radiogroup').getByRole('radio');
  // A screen reader's double tap or voice control's "click": a click event on the element.
  await radios.nth(3).dispatchEvent('click');
  await until(() => radios.nth(3).isChecked(), 'the fourth answer to be chosen');
  const s = await page.evaluate(() => window.cafApp.session());
  assert.equal(s.answers[st.question], 3, 'the answer is recorded as if clicked on the canvas');
  assert.equal(await radios.nth(0).isChecked(), false);
  // A click on the element of a control below the fold scrolls it into view on the canvas too.
  await page.getByRole('button', { name: 'Add a note…' }).dispatchEvent('click');
  await until(() => page.locator('#text-editor[open]').count(), 'the notes dialog');
  assert.equal(await page.locator('#text-editor-text').evaluate((e) => e === document.activeElement), true, 'the real text area has the focus');
  await page.keyboard.type('Our own note');
  await page.keyboard.press('Control+Enter');
  await until(async () => (await page.evaluate(() => window.cafApp.session())).notes?.[st.question] === 'Our own note', 'the note to be saved');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('axe-core: no WCAG 2.2 A or AA violation on any screen', async () => {
  for (const { name, go } of SCREENS) {
    const { context, page } = await openAt(go, { context: { bypassCSP: true } });
    const result = await axe(page);
    assert.equal(result.violations.length, 0, `${name}: ${describeViolations(result.violations)}`);
    // What axe cannot decide (text colour over a canvas) it leaves to a person.
    console.log(`# axe ${name}: ${result.passes.length} rules pass, 0 violations, needs review: ${
      result.incomplete.map((i) => `${i.id} (${i.nodes.length})`).join(', ') || 'none'}`);
    await context.close();
  }
  // The "Start over?" dialog open.
  const { context, page } = await openAt('welcome', { context: { bypassCSP: true } });
  await tabTo(page, 'Start a new assessment');
  await key(page, 'Enter');
  await idle(page);
  const result = await axe(page);
  assert.equal(result.violations.length, 0, `dialog: ${describeViolations(result.violations)}`);
  await context.close();
});

test('idle: no frames and no DOM changes while nothing happens', async () => {
  const { context, page } = await openAt('roadmap');
  await idle(page);
  const quiet = await page.evaluate(() => new Promise((resolve) => {
    let mutations = 0;
    const observer = new MutationObserver((records) => { mutations += records.length; });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    const frames = window.cafApp.frameCount();
    setTimeout(() => { observer.disconnect(); resolve({ mutations, frames: window.cafApp.frameCount() - frames }); }, 2000);
  }));
  assert.deepEqual(quiet, { mutations: 0, frames: 0 }, 'nothing is drawn and the DOM is left alone');
  // One change touches only what changed: ticking an item changes that checkbox (and its description), not the page.
  const counted = await page.evaluate(() => {
    window.__mutated = new Set();
    window.__observer = new MutationObserver((records) => { for (const r of records) window.__mutated.add(r.target); });
    window.__observer.observe(document.getElementById('semantics'), { subtree: true, childList: true, attributes: true, characterData: true });
    return document.querySelectorAll('#semantics *').length;
  });
  const box = page.getByRole('list', { name: 'Strategy' }).getByRole('checkbox').first();
  const was = await box.isChecked();
  await box.dispatchEvent('click');
  await until(async () => (await box.isChecked()) !== was, 'the tick');
  await idle(page);
  const touched = await page.evaluate(() => { window.__observer.disconnect(); return window.__mutated.size; });
  // The tick changes that item and the counts; what follows moves up (each moved block once:
  // positions are relative to the parent, so its children stay as they are).
  assert.ok(touched > 0 && touched < counted / 4, `a tick touched ${touched} of ${counted} mirror elements`);
  await context.close();
});
