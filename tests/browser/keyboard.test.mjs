// The keyboard beyond the journey: Tab and Shift+Tab through every control in order,
// Escape in menus, dialogs that keep the keyboard (whole Tab rounds: focus_order.test.mjs).
// (Split from journey.test.mjs so each ctest entry stays well inside its time limit on a
// busy machine.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, settle, appState, findItem } from './lib.mjs';
import { QUESTIONS, FIXTURE_STARTUP, openWith, session, key, idle, clickVisible, tabTo } from './ui.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// Tab walks every control of a question (top bar, side list, the question, the footer) and
// Shift+Tab walks the same way back, even when Shift is released before the app's next frame.
test('Tab and Shift+Tab walk the controls in order, both ways', async () => {
  const { context, page, log } = await openWith(browser, server, { width: 1280, height: 800 });
  await page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
  await page.evaluate(() => window.cafApp.go('assessment'));
  await settle(page);
  const walk = async (k, n) => {
    const seen = [];
    for (let i = 0; i < n; ++i) {
      await key(page, k);
      await idle(page);
      const f = (await appState(page)).focused;
      if (f !== seen.at(-1)) seen.push(f);   // a Tab that only scrolled keeps the focus
    }
    return seen;
  };
  const forward = await walk('Tab', 40);
  const q = QUESTIONS[(await appState(page)).question_index];
  for (const label of ['Questions', q.options[0].label, q.options[4].label, 'Next question', 'Back']) {
    assert.ok(forward.includes(label), `Tab reaches "${label}" (went: ${forward.join(' → ')})`);
  }
  assert.ok(forward.indexOf('Next question') > forward.indexOf(q.options[4].label), 'the footer comes after the answers');
  const backward = await walk('Shift+Tab', 12);
  const expected = forward.slice(0, -1).reverse().slice(0, backward.length);
  assert.deepEqual(backward, expected, 'Shift+Tab retraces the Tab path');
  assert.deepEqual(log.errors, []);
  await context.close();
});

// On a phone the text size and theme sit in an "Aa" menu; Escape closes it and stays put.
test('Escape closes the display menu without leaving the screen', async () => {
  const { context, page, log } = await openWith(browser, server, { width: 390, height: 844, dpr: 2 });
  await page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
  await page.evaluate(() => window.cafApp.go('results'));
  await settle(page);
  await clickVisible(page, 'Aa');
  assert.ok(await findItem(page, 'High contrast'), 'the menu is open (its theme choices are drawn)');
  await key(page, 'Escape');
  await idle(page);
  assert.equal(await findItem(page, 'High contrast'), null, 'Escape closed the menu');
  assert.equal((await appState(page)).screen, 'results', 'and did not go back a step');
  await key(page, 'Escape');
  assert.equal((await appState(page)).screen, 'assessment', 'a second Escape goes back as usual');
  assert.deepEqual(log.errors, []);
  await context.close();
});

// A confirmation dialog holds the keyboard: it opens on the safe choice, Tab cycles inside
// it, and nothing behind it can be reached or activated.
test('the "Start over?" dialog keeps the keyboard and starts on the safe choice', async () => {
  const { context, page, log } = await openWith(browser, server, { width: 1280, height: 800 });
  await page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
  await page.evaluate(() => window.cafApp.go('welcome'));
  await settle(page);
  const answers = Object.keys((await session(page)).answers).length;
  await tabTo(page, 'Start a new assessment');
  await key(page, 'Enter');
  await idle(page);
  assert.equal((await appState(page)).focused, 'Keep my answers', 'the dialog opens with "Keep my answers" focused');
  const seen = new Set();
  for (let i = 0; i < 5; ++i) {
    await key(page, 'Tab');
    await idle(page);
    seen.add((await appState(page)).focused);
  }
  assert.deepEqual([...seen].sort(), ['Clear and start again', 'Keep my answers'], 'Tab stays inside the dialog');
  await tabTo(page, 'Keep my answers');
  await key(page, 'Enter');
  await idle(page);
  const st = await appState(page);
  assert.equal(st.screen, 'welcome');
  assert.equal(await findItem(page, 'Keep my answers'), null, 'the dialog is closed');
  assert.equal(Object.keys((await session(page)).answers).length, answers, 'nothing was cleared');
  assert.deepEqual(log.errors, []);
  await context.close();
});
