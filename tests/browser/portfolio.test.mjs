// The use-case portfolio on Results, by keyboard only: "Add a use case…" opens the
// real text dialog, Enter saves the name; the value, data, who benefits and CAF's
// decision tree are set with Tab and Space; the approach and the proposed proof of
// concept appear on screen and in Chromium's accessibility tree; Remove is undone.
// Every wait is on the app's own signals (input handled and idle, the DOM mirror).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, settle, appState, handled, screenshot } from './lib.mjs';
import { FIXTURE_STARTUP, openWith, key, idle, session, announcer, tabTo } from './ui.mjs';
import { axTree, until } from './a11y.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// Tab forward to `label`; once round from the top if it lies behind the focus.
async function focusOn(page, label) {
  try {
    return await tabTo(page, label);
  } catch {
    return await tabTo(page, label);
  }
}

async function activate(page, label) {
  await focusOn(page, label);
  await key(page, 'Space');   // ImGui 1.86: Space activates the focused item
  await idle(page);
}

test('a use case is added, set and named the proof of concept by keyboard, and is in the accessibility tree', async () => {
  const { context, page, log } = await openWith(browser, server, { width: 1280, height: 800 });
  await page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
  await page.evaluate(() => window.cafApp.go('results'));
  await settle(page);

  // The empty state says what to do.
  let ax = await axTree(page);
  assert.ok(ax.some((n) => n.role === 'heading' && n.name === 'Use-case portfolio'), 'the portfolio has its heading');
  assert.ok(ax.some((n) => /CAF's AI strategy works per use case/.test(n.name)), 'the empty state explains why');

  // Add: the dialog takes the name, Enter saves it.
  await activate(page, 'Add a use case…');
  await until(() => page.locator('#text-editor[open]').count(), 'the name dialog');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-editor-text');
  assert.match(await page.locator('#text-editor .hint').textContent(), /Enter saves/);
  await page.keyboard.type('Summarize support tickets');
  await handled(page, { edits: 1 }, () => page.keyboard.press('Enter'));
  assert.equal(await page.isVisible('#text-editor[open]'), false, 'the dialog is closed');
  let s = await session(page);
  assert.equal(s.use_cases.length, 1);
  assert.equal(s.use_cases[0].name, 'Summarize support tickets');
  assert.equal(s.use_cases[0].value, 3);

  // Value 5, internal data, employees, then the decision tree.
  await activate(page, '5');
  assert.equal((await session(page)).use_cases[0].value, 5, 'the value is 5');
  await activate(page, 'Internal');
  await activate(page, 'Employees');
  await activate(page, 'Individual productivity');
  await activate(page, 'Help in Microsoft 365 apps');
  s = await session(page);
  assert.deepEqual([s.use_cases[0].sensitivity, s.use_cases[0].beneficiary, s.use_cases[0].goal, s.use_cases[0].need],
    ['internal', 'employees', 'individual_productivity', 'm365_apps']);
  assert.match(await announcer(page), /Proposed proof of concept: Summarize support tickets/);

  // The approach, the rank and the proof of concept, as a screen reader gets them.
  const poc = 'Proposed proof of concept: Summarize support tickets';
  ax = await until(async () => {
    const t = await axTree(page);
    return t.some((n) => n.role === 'heading' && n.name === poc) ? t : null;
  }, 'the proof of concept in the accessibility tree');
  assert.ok(ax.some((n) => /^Approach: Microsoft Copilots \(SaaS\) · feasibility 5 of 5$/.test(n.name)),
    'the approach and feasibility are read');
  assert.ok(ax.some((n) => /^Rank 1 of 1 · value 5 × feasibility 5 of 5 = 25$/.test(n.name)), 'the rank is read');
  assert.ok(ax.some((n) => /The plan's proof-of-concept items .* name Summarize support tickets/.test(n.name)),
    'it says the plan names it');
  const value = ax.find((n) => n.role === 'radio' && n.name === '5' && n.checked === 'true');
  assert.ok(value, 'value 5 is a checked radio');
  assert.ok(ax.some((n) => n.role === 'radiogroup' && n.name === 'Business value of Summarize support tickets'),
    'the value radios are a named group');
  assert.ok(ax.some((n) => n.role === 'radio' && n.name === 'Help in Microsoft 365 apps' && n.checked === 'true'),
    'the need is a checked radio');
  await screenshot(page, 'portfolio-one-use-case');

  // Remove, then undo: it comes back with everything set.
  await activate(page, 'Remove');
  assert.equal((await session(page)).use_cases, undefined, 'an empty portfolio is left out of the session');
  await activate(page, 'Undo removing \u201CSummarize support tickets\u201D');
  s = await session(page);
  assert.equal(s.use_cases.length, 1);
  assert.equal(s.use_cases[0].value, 5);
  assert.equal(s.use_cases[0].need, 'm365_apps');
  assert.equal((await appState(page)).screen, 'results');
  assert.deepEqual(log.errors, []);
  await context.close();
});
