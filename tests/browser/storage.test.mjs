// Autosave: a reload restores exactly; unreadable, disabled or full storage is
// reported and never loses the answers in memory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, settle, clickLabel, appState, press } from './lib.mjs';
import { AUTOSAVE_KEY as KEY } from './ui.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

async function answerFirstQuestions(page, values) {
  await clickLabel(page, 'Start the assessment');
  await press(page, 'Enter');                      // profile: Enter continues to the questions
  for (const v of values) {
    await press(page, String(v));
    await press(page, 'Enter');
  }
}

test('a reload restores the screen, the question, the answers and the theme', async () => {
  const { context, page } = await openApp(browser, server);
  await answerFirstQuestions(page, [3, 1, 4]);
  await clickLabel(page, 'Dark');
  const before = await appState(page);
  const answers = (await page.evaluate(() => window.cafApp.session())).answers;
  assert.equal(before.screen, 'assessment');
  assert.equal(before.question_index, 3);
  assert.equal(Object.keys(answers).length, 3);
  assert.equal(before.save_status, 'saved');

  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.appReady === '1');
  await settle(page);
  const after = await appState(page);
  assert.equal(after.screen, 'assessment');
  assert.equal(after.question_index, 3);
  assert.equal(after.theme, 'Dark');
  assert.equal(after.save_status, 'saved');
  assert.deepEqual((await page.evaluate(() => window.cafApp.session())).answers, answers);
  await context.close();
});

test('unreadable stored data is reported, kept aside, and the app still works', async () => {
  const corrupt = '{"format":"caf-ai-autosave","format_version":1,"session":{"format":"caf-ai-session"';
  const { context, page, log } = await openApp(browser, server, {
    init: `try { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(corrupt)}); sessionStorage.setItem('seeded', '1'); } } catch (e) {}`,
  });
  await settle(page);
  const st = await appState(page);
  assert.match(st.notice.title, /could not be read/);
  assert.match(st.notice.text, /not valid JSON/);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k + '/unreadable'), KEY), corrupt, 'a copy is kept');
  await clickLabel(page, 'Start the assessment');
  await press(page, 'Enter');
  await press(page, '2');
  assert.equal(Object.values((await page.evaluate(() => window.cafApp.session())).answers)[0], 2);
  assert.equal((await appState(page)).save_status, 'saved', 'autosave works again');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('disabled storage: autosave is off, the answers stay in the tab', async () => {
  const { context, page, log } = await openApp(browser, server, {
    init: `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });`,
  });
  await settle(page);
  const st = await appState(page);
  assert.match(st.notice.title, /Autosave is off/);
  assert.equal(st.save_status, 'off');
  await clickLabel(page, 'Start the assessment');
  await press(page, 'Enter');
  await press(page, '3');
  assert.equal(Object.values((await page.evaluate(() => window.cafApp.session())).answers)[0], 3);
  assert.equal((await appState(page)).save_status, 'off');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('full storage: the user is told, the session in memory is intact', async () => {
  const { context, page } = await openApp(browser, server, {
    init: `Storage.prototype.setItem = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };`,
  });
  await clickLabel(page, 'Start the assessment');
  await press(page, 'Enter');
  await press(page, '4');
  const st = await appState(page);
  assert.equal(st.save_status, 'failed');
  assert.match(st.notice.title, /storage is full/);
  assert.equal(Object.values((await page.evaluate(() => window.cafApp.session())).answers)[0], 4);
  await context.close();
});
