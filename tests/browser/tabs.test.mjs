// Several tabs of the app in one browser (pages of one context share localStorage and
// see each other's writes as 'storage' events): answers given in any tab survive in all
// of them and in a new one, a tab left behind with old state never overwrites newer
// work, and Start over in one tab can be undone from another with "Restore an earlier
// version". Every wait is on the app's own signals (idle, handled counts, its state).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, settle, clickLabel, appState, press, screenshot } from './lib.mjs';
import { AUTOSAVE_KEY, CONTRACTS, tabTo } from './ui.mjs';

const HISTORY_KEY = CONTRACTS.storage_keys.history;
const UPDATED = 'Updated with changes made in another tab';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// A new tab of `context` with the app started and idle. `asleep`: the tab can be told to
// miss the other tabs' writes (window.cafAsleep = true), like a tab frozen for days.
async function openTab(context, { asleep = false } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  if (asleep) {
    await page.addInitScript(() => {
      // Registered before the app's own listener, in the capture phase: runs first.
      window.addEventListener('storage', (e) => { if (window.cafAsleep) e.stopImmediatePropagation(); }, true);
    });
  }
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.dataset.appReady === '1', null, { timeout: 60000 });
  await settle(page);
  return { page, errors };
}

const session = (page) => page.evaluate(() => window.cafApp.session());
const answers = async (page) => (await session(page)).answers;

// Waits until `predicate(state, session)` (a function run in the page) holds. Checked each
// time the app goes idle: another tab's write wakes it, it merges, draws and pauses.
async function until(page, predicate, what, timeout = 60000) {
  await page.evaluate(async ([source, limit, what]) => {
    const holds = new Function('st', 's', `return (${source})(st, s);`);
    let timer;
    const expired = new Promise((resolve) => { timer = setTimeout(() => resolve('expired'), limit); });
    try {
      for (;;) {
        if (window.cafApp.idle() && holds(window.cafApp.state(), window.cafApp.session())) return;
        if ((await Promise.race([window.cafApp.nextIdle(), expired])) === 'expired')
          throw new Error(`not within ${limit} ms: ${what}; answers now ${JSON.stringify(window.cafApp.session().answers)}`);
      }
    } finally {
      clearTimeout(timer);
    }
  }, [predicate.toString(), timeout, what]);
}

const hasAnswers = (page, expected, what) =>
  until(page, new Function('st', 's', `const e = ${JSON.stringify(expected)};
    return Object.keys(e).length === Object.keys(s.answers).length && Object.entries(e).every(([k, v]) => s.answers[k] === v);`),
  what);

// From Welcome: on to the questions (the profile is left as it is) at the first unanswered one.
async function toQuestions(page) {
  const st = await appState(page);
  await clickLabel(page, st.items.some((i) => i.label === 'Continue where you left off')
    ? 'Continue where you left off' : 'Start the assessment');
  if ((await appState(page)).screen === 'profile') await press(page, 'Enter');
  assert.equal((await appState(page)).screen, 'assessment');
}

async function answerHere(page, value) {
  const q = (await appState(page)).question;
  await press(page, String(value));
  return q;
}

test('answers given in tab A and tab B both survive, in both tabs and in a new tab', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const a = await openTab(context);
  const b = await openTab(context);

  await toQuestions(a.page);
  const q1 = await answerHere(a.page, 3);
  await press(a.page, 'Enter');
  const q2 = await answerHere(a.page, 1);
  await hasAnswers(b.page, { [q1]: 3, [q2]: 1 }, 'tab B shows tab A\'s two answers');
  const bState = await appState(b.page);
  // One merge per storage event: how many changes the last one brought depends on timing.
  assert.match(bState.tab_update, /^[12] changes? from another tab$/, 'tab B says where they came from');
  assert.equal(bState.notice, undefined, 'briefly: no banner pushes the page down');
  assert.equal(bState.screen, 'welcome', 'tab B stays where it was');

  await toQuestions(b.page);   // continues at the first question nobody answered
  const q3 = await answerHere(b.page, 4);
  assert.ok(q3 !== q1 && q3 !== q2);
  await hasAnswers(a.page, { [q1]: 3, [q2]: 1, [q3]: 4 }, 'tab A shows tab B\'s answer and keeps its own');
  const aState = await appState(a.page);
  assert.equal(aState.tab_update, '1 change from another tab', 'tab A got the one answer of tab B');
  assert.equal(aState.notice, undefined);
  // The top bar's status says it, for the eye and in the accessibility tree.
  assert.ok(await a.page.evaluate(() => [...document.querySelectorAll('[role=status]')]
    .some((e) => e.textContent.includes('Synced with another tab'))), 'the status is mirrored');
  assert.equal(aState.question, q2, 'tab A stays on its question');
  assert.ok((await a.page.evaluate(() => document.getElementById('announcer').textContent)).includes(UPDATED), 'and screen readers hear it');
  await screenshot(a.page, 'tabs-synced-status');

  const c = await openTab(context);
  assert.deepEqual(await answers(c.page), { [q1]: 3, [q2]: 1, [q3]: 4 }, 'a new tab has all three');
  const stored = JSON.parse(await c.page.evaluate((k) => localStorage.getItem(k), AUTOSAVE_KEY));
  assert.deepEqual(stored.session.answers, { [q1]: 3, [q2]: 1, [q3]: 4 });
  assert.ok(stored.session.changed[`answers/${q3}`] > stored.session.changed[`answers/${q1}`], 'each answer has its change time');
  for (const t of [a, b, c]) assert.deepEqual(t.errors, []);
  await context.close();
});

test('three tabs: a tab left with old state merges before it writes and never overwrites newer work', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const a = await openTab(context);
  const b = await openTab(context);
  const c = await openTab(context, { asleep: true });

  await toQuestions(a.page);
  const q1 = await answerHere(a.page, 1);
  await press(a.page, 'Enter');
  const q2 = await answerHere(a.page, 1);
  await hasAnswers(c.page, { [q1]: 1, [q2]: 1 }, 'tab C has the first answers');
  await toQuestions(c.page);   // tab C waits on the third question…
  const q3 = (await appState(c.page)).question;
  await c.page.evaluate(() => { window.cafAsleep = true; });   // …and stops hearing the others

  // Meanwhile tab B answers the third and fourth questions and changes the first.
  await hasAnswers(b.page, { [q1]: 1, [q2]: 1 }, 'tab B has the first answers');
  await toQuestions(b.page);
  assert.equal(await answerHere(b.page, 2), q3);
  await press(b.page, 'Enter');
  const q4 = await answerHere(b.page, 3);
  for (let i = 0; i < 3; ++i) await press(b.page, 'PageUp');
  assert.equal(await answerHere(b.page, 4), q1);
  await hasAnswers(a.page, { [q1]: 4, [q2]: 1, [q3]: 2, [q4]: 3 }, 'tab A follows tab B');
  assert.deepEqual(await answers(c.page), { [q1]: 1, [q2]: 1 }, 'tab C missed all of it');

  // Tab C wakes with its old state and answers the third question: its save merges first,
  // so its old answer to the first question loses and its own new answer wins.
  await c.page.evaluate(() => { window.cafAsleep = false; });
  await answerHere(c.page, 0);
  const expected = { [q1]: 4, [q2]: 1, [q3]: 0, [q4]: 3 };
  assert.deepEqual(await answers(c.page), expected, 'tab C shows the merge');
  assert.match((await appState(c.page)).tab_update, /^\d+ changes? from another tab$/);
  const stored = JSON.parse(await a.page.evaluate((k) => localStorage.getItem(k), AUTOSAVE_KEY));
  assert.deepEqual(stored.session.answers, expected, 'the stored copy lost nothing');
  await hasAnswers(a.page, expected, 'tab A gets tab C\'s answer');
  await hasAnswers(b.page, expected, 'tab B gets tab C\'s answer');
  for (const t of [a, b, c]) assert.deepEqual(t.errors, []);
  await context.close();
});

test('start over in one tab, then restore an earlier version in another: the answers come back', async () => {
  // India (UTC+05:30, no daylight saving): the list shows the user's own clock.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Kolkata' });
  const a = await openTab(context);
  const b = await openTab(context);
  await toQuestions(a.page);
  const given = {};
  for (const v of [2, 3, 1]) {
    given[await answerHere(a.page, v)] = v;
    await press(a.page, 'Enter');
  }
  await hasAnswers(b.page, given, 'tab B has the answers');

  // Tab B, still on Welcome: Start a new assessment, and confirm.
  await clickLabel(b.page, 'Start a new assessment');
  await clickLabel(b.page, 'Clear and start again');
  assert.deepEqual(await answers(b.page), {});
  await hasAnswers(a.page, {}, 'Start over reaches tab A');
  const history = JSON.parse(await a.page.evaluate((k) => localStorage.getItem(k), HISTORY_KEY));
  assert.equal(history.snapshots[0].answers, 3, 'the state before Start over was kept');

  // Tab A: History in the top bar lists the versions; the keyboard reaches Restore.
  await clickLabel(a.page, 'History');
  const st = await appState(a.page);
  assert.ok(st.versions.length >= 1);
  assert.equal(st.versions[0].answers, 3);
  const tree = await a.page.evaluate(() => window.cafApp.semantics());
  const dialog = tree.nodes.find((n) => n.r === 'dialog' && n.n === 'Restore an earlier version');
  assert.ok(dialog, 'the dialog is in the accessibility tree');
  assert.ok(tree.nodes.some((n) => n.r === 'button' && /^Restore the version of .*, 3 of \d+ questions answered$/.test(n.n)),
    'each Restore button says which version');
  const local = new Date(Date.parse(history.snapshots[0].saved_at) + 330 * 60000);   // its UTC fields are Kolkata's
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][local.getUTCMonth()];
  const when = `${local.getUTCDate()} ${month} ${local.getUTCFullYear()}, ${local.toISOString().slice(11, 19)}`;
  assert.ok(tree.nodes.some((n) => n.r === 'button' && n.n.startsWith(`Restore the version of ${when}, 3 of`)),
    `the newest version at ${when}, Kolkata time`);
  assert.equal(await a.page.getByRole('dialog', { name: 'Restore an earlier version' }).count(), 1, 'and in the DOM mirror');
  await screenshot(a.page, 'tabs-restore-dialog');
  await tabTo(a.page, 'Restore');
  await press(a.page, 'Enter');
  assert.deepEqual(await answers(a.page), given, 'the answers are back in tab A');
  assert.match((await appState(a.page)).notice?.title || '', /^Opened the version of /);
  await hasAnswers(b.page, given, 'and in tab B');

  for (const t of [a, b]) assert.deepEqual(t.errors, []);
  await context.close();
});
