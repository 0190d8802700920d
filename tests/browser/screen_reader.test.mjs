// The whole journey as a screen-reader user makes it: Welcome → profile → every question
// → results → roadmap → the Markdown download, found only by role and
// name on the DOM layer (getByRole) and activated the way assistive technology
// does it: a click on the element (a screen reader's activate, voice control's
// "click …", switch access) or DOM focus and Enter. No canvas coordinates, no
// window.cafApp: waiting is on what the mirror shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launch, openApp, screenshot } from './lib.mjs';
import { MODEL, journeyQuestions, profileOption } from './ui.mjs';
import { until } from './a11y.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('a screen-reader journey by role alone, Welcome to the Markdown download', async (t) => {
  const t0 = Date.now();
  const lap = (what) => t.diagnostic(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const { context, page, log } = await openApp(browser, server, { width: 1024, height: 768 });
  const role = (r, name, scope = page) => scope.getByRole(r, { name, exact: true });
  const heading = (name, level) => page.getByRole('heading', { name, exact: true, level });
  const activate = (locator) => locator.dispatchEvent('click');
  const shown = (locator, what) => until(() => locator.count(), what);

  // Welcome.
  await shown(heading('How ready is your organization for AI?', 1), 'the welcome heading');
  assert.equal(await page.title(), 'AI Maturity Self-Assessment · Cloud Adoption Framework');
  await activate(role('button', 'Start the assessment'));

  // Profile: each question is a radio group named by its prompt.
  await shown(heading('About your organization', 1), 'the profile');
  assert.equal(await page.title(), 'Your organization · AI Maturity Self-Assessment');
  const wanted = { org_type: 'scaleup', org_size: 's51_250', ai_approach: 'paas', regulated: 'regulated', workloads: 'w2_5' };
  for (const [qid, oid] of Object.entries(wanted)) {
    const prompt = MODEL.profile.find((q) => q.id === qid).prompt;
    const radio = role('radio', profileOption(qid, oid), role('radiogroup', prompt));
    await activate(radio);
    await until(() => radio.isChecked(), `"${profileOption(qid, oid)}" to be chosen`);
  }
  lap('profile chosen');
  await activate(role('button', 'Continue to the questions'));

  // Every question of this profile: the prompt is the heading and names the group of answers.
  const QUESTIONS = journeyQuestions(wanted);
  // Every other one by DOM focus and Enter (Enter on an answer chooses it and goes on).
  for (let i = 0; i < QUESTIONS.length; ++i) {
    const q = QUESTIONS[i];
    await shown(heading(q.prompt, 1), `question ${i + 1}`);
    assert.equal(await page.title(), `Question ${i + 1} of ${QUESTIONS.length} · AI Maturity Self-Assessment`);
    const group = role('radiogroup', q.prompt);
    assert.equal(await group.getByRole('radio').count(), q.options.length + (q.allow_na ? 1 : 0) + 1, `question ${i + 1}: every answer is a radio (and Don't know)`);
    const value = (i * 3 + 2) % 5;
    const radio = role('radio', q.options[value].label, group);
    assert.equal(await radio.getAttribute('aria-describedby') !== null, true, 'the answer\'s detail is its description');
    if (i % 2 === 1) {
      await radio.focus();
      await page.keyboard.press('Enter');
    } else {
      await activate(radio);
      await until(() => radio.isChecked(), `question ${i + 1}: the answer to be chosen`);
      await activate(role('button', i + 1 < QUESTIONS.length ? 'Next question' : 'See your results'));
    }
    if (i === 0) await screenshot(page, 'screen-reader-question');
  }
  lap(`${QUESTIONS.length} questions answered`);

  // Results: the level, and the radar's figures as a table.
  await shown(heading('Your AI maturity', 1), 'the results');
  assert.equal(await page.getByRole('heading', { name: 'Some questions are still open' }).count(), 0,
    'every question was answered (no coverage warning)');
  const level = await page.getByRole('heading', { name: /^(Level \d|Not yet at level 1)/, level: 2 }).textContent();
  const table = role('table', 'Scores by dimension');
  const dimensions = MODEL.phases.flatMap((p) => p.dimensions);
  assert.equal(await table.getByRole('row').count(), dimensions.length + 1);
  for (const d of dimensions) assert.equal(await role('rowheader', d.name, table).count(), 1, `a row for ${d.name}`);
  await activate(role('button', 'See your roadmap'));

  // Roadmap: lists of checkboxes; tick one, then download the Markdown.
  await shown(heading('Your AI adoption roadmap', 1), 'the roadmap');
  const first = page.getByRole('list', { name: 'Strategy', exact: true }).getByRole('checkbox').first();
  const title = await first.getAttribute('aria-label');
  if (!(await first.isChecked())) {
    await activate(first);
    await until(() => first.isChecked(), `"${title}" to be ticked`);
  }
  const download = page.waitForEvent('download');
  await activate(role('button', 'Roadmap (Markdown)'));
  const file = await download;
  assert.match(file.suggestedFilename(), /^ai-adoption-roadmap-\d{4}-\d{2}-\d{2}\.md$/);
  const md = readFileSync(await file.path(), 'utf8');
  assert.ok(md.includes(`- [x] **[${title}](`), `the ticked "${title}" is ticked in the file`);
  assert.ok(md.includes(`**${level.split('  ·  ')[0]}`), `the file says ${level.split('  ·  ')[0]} too`);
  for (const [qid, oid] of Object.entries(wanted)) assert.ok(md.includes(profileOption(qid, oid)), `the profile answer for ${qid} is in the file`);
  lap('Markdown downloaded');
  assert.deepEqual(log.errors, []);
  await context.close();
});
