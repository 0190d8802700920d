// The whole journey, Welcome → Profile → every question → Results → Roadmap, once by
// keyboard alone and once by mouse alone, checking the app's state, the session it
// keeps, the screen-reader announcements and what is on screen. Then a screenshot of
// every screen at desktop (1280×800) and phone (390×844) size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, settle, appState, findItem, press, screenshot, pixelStats } from './lib.mjs';
import {
  MODEL, journeyQuestions, QUICK_CHECKS, FIXTURE_STARTUP, profileOption, titlesOf, itemByTitle,
  openWith, session, announcer, snap, key, drawsWhenWoken, idle, clickVisible, scrollIntoView, tabTo, arrowTo,
} from './ui.mjs';

const [jw, jh] = (process.env.JOURNEY_SIZE || '960x640').split('x').map(Number);
const JOURNEY = { width: jw, height: jh };

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const checkRowTitles = (st) => {
  const all = new Set([...titlesOf('startup'), ...titlesOf('enterprise')]);
  return st.items.filter((i) => all.has(i.label)).map((i) => i.label);
};

// After an action: the app still draws frames when woken and no page error happened
// (a wasm trap stops the main loop while the hook keeps answering).
async function assertAlive(page, log, what) {
  const drawn = await drawsWhenWoken(page, 2);
  assert.deepEqual(log.errors, [], `no page error after ${what}`);
  assert.ok(drawn >= 2, `the app still draws frames after ${what} (${drawn} drawn when woken)`);
}

async function assertContent(page, name) {
  const stats = await pixelStats(page);
  assert.ok(stats.distinctColors > 40, `${name}: the canvas shows content (${stats.distinctColors} colours sampled)`);
  assert.ok(stats.darkSamples > 50, `${name}: text is drawn (${stats.darkSamples} dark samples)`);
  return stats;
}

test('the whole journey by keyboard alone', async (t) => {
  const t0 = Date.now();
  const lap = (what) => t.diagnostic(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const { context, page, log } = await openApp(browser, server, JOURNEY);
  // Controls Tab cannot reach are collected (the journey then goes on with ImGui's arrow-key
  // navigation, still keyboard only) and fail the test at the end.
  const tabProblems = [];
  async function reach(label) {
    try {
      return await tabTo(page, label);
    } catch (e) {
      tabProblems.push(`${(await appState(page)).screen}: Tab cannot reach "${label}" (${e.message})`);
      await key(page, 'Shift+Tab');   // back from the top bar into the screen
      assert.ok(await arrowTo(page, label, { per: 10 }), `not even the arrow keys reach "${label}" (${tabProblems.at(-1)})`);
    }
  }
  await settle(page);
  assert.equal((await appState(page)).screen, 'welcome');

  // Welcome: Enter (nothing focused) runs the screen's main action.
  await key(page, 'Enter');
  assert.equal((await appState(page)).screen, 'profile', 'Enter on Welcome opens the profile');
  // Escape goes back one step, Enter forward again.
  await key(page, 'Escape');
  assert.equal((await appState(page)).screen, 'welcome', 'Escape on the profile goes back to Welcome');
  await key(page, 'Enter');
  assert.equal((await appState(page)).screen, 'profile');

  // Profile: Tab to each wanted option and choose it with Enter or Space.
  const wanted = { org_type: 'scaleup', org_size: 's51_250', ai_approach: 'paas', regulated: 'regulated', workloads: 'w2_5' };
  let useSpace = false;
  for (const [qid, oid] of Object.entries(wanted)) {
    const label = profileOption(qid, oid);
    await reach(label);
    await key(page, useSpace ? 'Space' : 'Enter');
    useSpace = !useSpace;
    const s = await session(page);
    assert.equal(s.profile[qid], oid, `choosing "${label}" by keyboard sets profile.${qid}`);
    assert.equal((await appState(page)).screen, 'profile', 'choosing an option stays on the profile');
  }
  assert.deepEqual((await session(page)).profile, wanted);
  lap('profile chosen');
  await reach('Continue to the questions');
  await key(page, 'Enter');
  let st = await appState(page);
  assert.equal(st.screen, 'assessment', 'Enter on "Continue to the questions" opens the questions');
  assert.equal(st.question_index, 0);

  // Escape on the first question goes back to the profile; Enter on the profile (nothing focused) returns.
  await key(page, 'Escape');
  assert.equal((await appState(page)).screen, 'profile', 'Escape on a question goes back to the profile');
  await key(page, 'Enter');
  assert.equal((await appState(page)).screen, 'assessment');

  // Every question asked of this profile (Strategy and Plan, then the quick checks of its path) with the
  // number keys (values varied; N on the first two that allow it; D, "don't know", once) and Enter.
  const QUESTIONS = journeyQuestions(wanted);
  const DONT_KNOW_AT = 5;
  const expected = {};
  let naUsed = 0;
  for (let i = 0; i < QUESTIONS.length; ++i) {
    const q = QUESTIONS[i];
    const { st: now, s: sNow, said } = await snap(page);
    assert.equal(now.screen, 'assessment', `still on the questions at ${i}`);
    assert.equal(now.question_index, i, `question index advanced to ${i}`);
    assert.equal(now.question, q.id);
    assert.ok(said.includes(q.prompt), `the announcer reads question ${i + 1}'s prompt (it says: "${said.slice(0, 120)}")`);
    if (i > 0) assert.equal(sNow.answers[QUESTIONS[i - 1].id], expected[QUESTIONS[i - 1].id], `question ${i} kept its answer`);

    const useNa = q.allow_na && naUsed < 2;
    const dontKnow = i === DONT_KNOW_AT;
    const value = useNa ? 'na' : dontKnow ? 'unknown' : (i * 3 + 1) % 5;
    const keyFor = useNa ? 'n' : dontKnow ? 'd' : String(value);
    if (useNa) naUsed++;
    expected[q.id] = value;
    if (useNa || dontKnow || i % 4 === 0) {
      // Now and then look between the answer and Enter: the answer is recorded and announced.
      await key(page, keyFor);
      const { s, said: chosen } = await snap(page);
      assert.equal(s.answers[q.id], value, `key ${keyFor.toUpperCase()} answers ${q.id}`);
      const label = useNa ? 'Not applicable' : dontKnow ? "Don't know" : q.options[value].label;
      assert.ok(chosen.includes(label), `the announcer reads the chosen answer "${label}" (it says: "${chosen}")`);
    } else {
      // Otherwise answer and go on as fast as a user types: both keys must count.
      await page.keyboard.press(String(value));
    }
    await key(page, 'Enter');
  }
  lap(`${QUESTIONS.length} questions answered`);
  assert.ok(naUsed > 0, 'at least one question was answered N/A');
  assert.ok(QUICK_CHECKS.some((c) => c.id === QUESTIONS.at(-1).id), 'the quick checks of the path were asked too, last');
  st = await appState(page);
  assert.equal(st.screen, 'results', 'Enter on the last question leads to the results');
  assert.deepEqual((await session(page)).answers, expected, 'the session holds every answer given');

  // Escape from results goes back to the questions; Enter (main action there: next) returns to results.
  await key(page, 'Escape');
  st = await appState(page);
  assert.equal(st.screen, 'assessment', 'Escape on the results goes back to the questions');
  await key(page, 'Enter');
  assert.equal((await appState(page)).screen, 'results');

  // Results: Tab to "See your roadmap", Enter.
  await reach('See your roadmap');
  lap('roadmap reached');
  await key(page, 'Enter');
  st = await appState(page);
  assert.equal(st.screen, 'roadmap', 'Enter on "See your roadmap" opens the roadmap');

  // Roadmap: Tab on until the check row of an item not done yet has focus (the list starts below
  // the checklist choice and the downloads, so Tab has to scroll the screen to get there).
  const allTitles = new Set([...titlesOf('startup'), ...titlesOf('enterprise')]);
  let firstTitle = null;
  for (let n = 0; n < 80 && !firstTitle; ++n) {
    await key(page, 'Tab');
    await idle(page);
    const now = await appState(page);
    const row = now.items.find((i) => i.label === now.focused);
    if (allTitles.has(now.focused) && row && !row.checked) firstTitle = now.focused;   // one not done yet
  }
  assert.ok(firstTitle, 'Tab reaches a checklist item that is not done yet on the roadmap');
  st = await appState(page);
  assert.ok(checkRowTitles(st).length > 0, 'the roadmap lists checklist items');
  const first = st.items.find((i) => i.label === firstTitle);
  const id = itemByTitle(first.label).id;
  await key(page, 'Space');
  let s = await session(page);
  assert.equal(s.checklist?.items?.[id]?.done, true, `Space on "${first.label}" ticks it`);
  await assertAlive(page, log, `ticking "${first.label}" with Space`);
  assert.equal((await findItem(page, first.label)).checked, true, 'the check row shows it ticked');
  // Enter on the focused row toggles it back.
  await key(page, 'Enter');
  s = await session(page);
  assert.notEqual(s.checklist?.items?.[id]?.done, true, `Enter on "${first.label}" unticks it`);
  await key(page, 'Space');
  assert.equal((await session(page)).checklist.items[id].done, true);

  // Escape goes back exactly one step at a time.
  await key(page, 'Escape');
  assert.equal((await appState(page)).screen, 'results', 'Escape on the roadmap goes back to the results');

  assert.deepEqual(log.errors, [], 'no console errors');
  await context.close();
  assert.deepEqual(tabProblems, [], 'Tab reaches every control the journey needs');
});

test('the same journey by mouse', async (t) => {
  const t0 = Date.now();
  const lap = (what) => t.diagnostic(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const { context, page, log } = await openApp(browser, server, JOURNEY);
  await settle(page);
  await assertContent(page, 'welcome');
  await screenshot(page, 'journey-mouse-welcome');

  await clickVisible(page, 'Start the assessment');
  assert.equal((await appState(page)).screen, 'profile', 'clicking "Start the assessment" opens the profile');
  await assertContent(page, 'profile');
  await screenshot(page, 'journey-mouse-profile');

  // A startup profile, so that the recommended checklist is the startup one.
  const wanted = { org_type: 'startup', org_size: 's1_50', ai_approach: 'paas', regulated: 'no', workloads: 'w1' };
  for (const [qid, oid] of Object.entries(wanted)) {
    const label = profileOption(qid, oid);
    await clickVisible(page, label);
    assert.equal((await session(page)).profile[qid], oid, `clicking "${label}" sets profile.${qid}`);
    assert.equal((await findItem(page, label)).checked, true, `"${label}" is shown as chosen`);
  }
  assert.deepEqual((await session(page)).profile, wanted);

  await clickVisible(page, 'Continue to the questions');
  let st = await appState(page);
  assert.equal(st.screen, 'assessment');
  assert.equal(st.question_index, 0);

  // Every question asked of this profile by clicking its option label, then "Next question"
  // ("See your results" at the end).
  const QUESTIONS = journeyQuestions(wanted);
  const expected = {};
  for (let i = 0; i < QUESTIONS.length; ++i) {
    const q = QUESTIONS[i];
    const value = (i * 2 + 3) % 5;
    const label = q.options[value].label;
    await clickVisible(page, label);
    expected[q.id] = value;
    const { st: now, s } = await snap(page);
    assert.equal(now.question_index, i, `still on question ${i}`);
    assert.equal(s.answers[q.id], value, `clicking "${label}" answers ${q.id} with ${value}`);
    assert.equal(now.items.find((it) => it.label === label)?.checked, true, `the option "${label}" shows as chosen`);
    if (i === 0) {
      await assertContent(page, 'assessment');
      await screenshot(page, 'journey-mouse-assessment');
    }
    const last = i === QUESTIONS.length - 1;
    // Back and Next sit in a footer that does not scroll: in reach on every question.
    const next = now.items.find((it) => it.label === (last ? 'See your results' : 'Next question'));
    assert.ok(next && next.y >= 0 && next.y + next.h <= JOURNEY.height,
      `question ${i + 1}: the next button is on screen without scrolling (${next ? `y=${next.y}..${next.y + next.h}` : 'not drawn'}, window ${JOURNEY.height})`);
    await clickVisible(page, last ? 'See your results' : 'Next question');
  }
  lap(`${QUESTIONS.length} questions answered`);
  st = await appState(page);
  assert.equal(st.screen, 'results', '"See your results" on the last question opens the results');
  assert.deepEqual((await session(page)).answers, expected);
  await assertContent(page, 'results');
  await screenshot(page, 'journey-mouse-results');

  // What-if: preview the first suggested change, then apply it.
  assert.equal(await findItem(page, 'Apply this answer'), null, 'no "Apply this answer" before a preview');
  const before = (await session(page)).answers;
  await clickVisible(page, 'Preview');
  st = await appState(page);
  assert.ok(st.items.some((i) => i.label === 'Previewing' && i.checked), 'the previewed row says "Previewing"');
  await scrollIntoView(page, 'Apply this answer');   // throws if it never appears
  assert.deepEqual((await session(page)).answers, before, 'a preview does not change the answers');
  await screenshot(page, 'journey-mouse-results-what-if');
  await clickVisible(page, 'Apply this answer');
  const after = (await session(page)).answers;
  const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
  assert.equal(changed.length, 1, `applying changes exactly one answer (${changed.join(', ')})`);
  assert.equal(after[changed[0]], before[changed[0]] + 1, 'the answer goes one step up');
  assert.equal(await findItem(page, 'Apply this answer'), null, 'the preview is gone once applied');

  await clickVisible(page, 'See your roadmap');
  st = await appState(page);
  assert.equal(st.screen, 'roadmap');
  await assertContent(page, 'roadmap');
  await screenshot(page, 'journey-mouse-roadmap');

  // The checklist switch changes the items listed.
  const startupTitles = new Set(titlesOf('startup'));
  const enterpriseOnly = titlesOf('enterprise').filter((t) => !startupTitles.has(t));
  const recommended = checkRowTitles(st);
  assert.ok(recommended.length > 3, 'the roadmap lists items');
  assert.ok(recommended.every((t) => startupTitles.has(t)), 'a startup profile gets the startup checklist');
  await clickVisible(page, 'Enterprise');
  st = await appState(page);
  assert.equal((await session(page)).checklist.choice, 'enterprise');
  const enterprise = checkRowTitles(st);
  assert.ok(enterprise.some((t) => enterpriseOnly.includes(t)), 'with "Enterprise" enterprise-only items are listed');
  assert.notDeepEqual(enterprise, recommended, 'the items on screen change');
  await clickVisible(page, 'Recommended');
  st = await appState(page);
  assert.equal((await session(page)).checklist.choice, 'auto');
  assert.deepEqual(checkRowTitles(st), recommended, '"Recommended" brings the startup items back');

  // Tick the first item that is not ticked yet by clicking its title.
  const target = st.items.find((i) => recommended.includes(i.label) && !i.checked);
  assert.ok(target, 'an unticked item is listed');
  await clickVisible(page, target.label);
  const id = itemByTitle(target.label).id;
  assert.equal((await session(page)).checklist.items[id]?.done, true, `clicking "${target.label}" ticks it`);
  await assertAlive(page, log, `ticking "${target.label}" with a click`);
  assert.equal((await findItem(page, target.label)).checked, true, 'the row shows the tick');

  assert.deepEqual(log.errors, [], 'no console errors');
  await context.close();
});

test('every screen at 1280×800 and at 390×844', async () => {
  const sizes = [{ width: 1280, height: 800, dpr: 1 }, { width: 390, height: 844, dpr: 2 }];
  const overflow = [];   // items outside the window's width, all screens and sizes, reported together
  for (const size of sizes) {
    const { context, page, log } = await openWith(browser, server, size);
    const loaded = await page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
    assert.equal(loaded.error, undefined, 'the example session loads');
    for (const screen of ['welcome', 'profile', 'assessment', 'results', 'roadmap']) {
      await page.evaluate((s) => window.cafApp.go(s), screen);
      await settle(page);
      const st = await appState(page);
      assert.equal(st.screen, screen);
      const name = `screen-${screen}-${size.width}x${size.height}`;
      await screenshot(page, name);
      await assertContent(page, name);
      {
        const limit = size.width * size.dpr;
        for (const i of st.items) {
          if (i.x < 0 || i.x + i.w > limit) overflow.push(`${name}: "${i.label}" x=${i.x}..${i.x + i.w} (limit ${limit})`);
        }
      }
    }
    assert.deepEqual(log.errors, [], 'no console errors');
    await context.close();
  }
  assert.deepEqual(overflow, [], 'every labelled item fits within the window width (x >= 0 && x + w <= width × dpr)');
});

// Between phone and desktop, and with the text made larger, the top bar takes a shorter
// form rather than running off the window.
test('the top bar fits at every width and text size', async () => {
  const overflow = [];
  const check = async (page, name, width) => {
    for (const screen of ['welcome', 'assessment', 'roadmap']) {
      await page.evaluate((s) => window.cafApp.go(s), screen);
      await settle(page);
      for (const i of (await appState(page)).items) {
        if (i.x < 0 || i.x + i.w > width) overflow.push(`${name} ${screen}: "${i.label}" x=${i.x}..${i.x + i.w} (width ${width})`);
      }
    }
  };
  for (const [width, height] of [[768, 1024], [820, 1180], [900, 700], [1024, 768]]) {
    const { context, page } = await openWith(browser, server, { width, height });
    await page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
    await check(page, `${width}×${height}`, width);
    await context.close();
  }
  const { context, page } = await openWith(browser, server, { width: 1280, height: 800 });
  await page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
  await page.evaluate(() => window.cafApp.go('assessment'));
  for (let i = 0; i < 4; ++i) await clickVisible(page, 'A+');
  assert.ok((await findItem(page, 'Aa')) || (await findItem(page, 'A+')), 'the text size control is still there');
  await check(page, '1280×800 with larger text', 1280);
  await screenshot(page, 'top-bar-large-text-1280x800');
  await context.close();
  assert.deepEqual(overflow, [], 'every item fits within the window');
});
