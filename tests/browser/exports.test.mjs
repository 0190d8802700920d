// Downloads, imports, compare, merge and share links, through the page as a
// user uses them. Every downloaded file is checked by a real tool (cmark, tidy,
// axe-core, python's csv module and jsonschema), never by our own parser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, launch, openApp, settle, clickLabel, appState, screenshot, handled, ROOT, ARTIFACTS, CHROMIUM_ARGS } from './lib.mjs';

const require = createRequire(import.meta.url);
const FIX = path.join(ROOT, 'tests/fixtures/sessions');
const BAD = path.join(ROOT, 'tests/bad_inputs');
const readFixture = (name) => readFileSync(path.join(FIX, name), 'utf8');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'caf-exports-'));

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

async function withSession(name, screen, opts = {}) {
  const app = await openApp(browser, server, opts);
  const r = await app.page.evaluate((t) => window.cafApp.loadSession(t), readFixture(name));
  assert.equal(r.error, undefined, 'fixture loads');
  await app.page.evaluate((s) => window.cafApp.go(s), screen);
  await settle(app.page);
  return app;
}

// Clicks a labelled control and returns the download it starts, saved under tmp/.
async function downloadVia(page, label) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), clickLabel(page, label)]);
  const file = path.join(tmp, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

// Picks `files` in the file chooser that the control `label` opens; waits until the app has
// read each one (files are read asynchronously, after the chooser closes) and is idle.
async function pickFiles(page, label, files) {
  const chooser = page.waitForEvent('filechooser');
  await clickLabel(page, label);
  const list = [].concat(files);
  await handled(page, { files: list.length }, async () => (await chooser).setFiles(list));
}

function python(code, ...args) {
  const r = spawnSync('/usr/bin/python3', ['-c', code, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python failed: ${r.stderr}`);
  return r.stdout;
}

test('every download is accepted by the tool that reads it', async () => {
  const { context, page, log } = await withSession('persona_regulated_enterprise.json', 'roadmap');
  const md = await downloadVia(page, 'Roadmap (Markdown)');
  const html = await downloadVia(page, 'Report (HTML, prints to PDF)');
  const azure = await downloadVia(page, 'Azure Boards (CSV)');
  const issues = await downloadVia(page, 'GitHub / Jira (CSV)');
  const json = await downloadVia(page, 'Session file (JSON)');
  const ics = await downloadVia(page, 'Plan milestones (calendar)');
  const state = await appState(page);

  // Markdown: cmark renders it; one heading per phase, list items for activities.
  const rendered = execFileSync('cmark', [md], { encoding: 'utf8' });
  for (const phase of ['Strategy', 'Plan', 'Govern', 'Manage']) assert.match(rendered, new RegExp(`<h[23]>(<a [^>]*>)?${phase}<`), `phase ${phase}`);
  assert.ok((rendered.match(/<li>/g) || []).length >= 20, 'the activities are list items');
  assert.match(readFileSync(md, 'utf8'), /^- \[[ x]\] /m, 'GitHub task-list items');

  // HTML: tidy finds no errors; it is self-contained.
  const tidy = spawnSync('tidy', ['-q', '-e', html], { encoding: 'utf8' });
  assert.ok(tidy.status === 0 || tidy.status === 1, `tidy reports no errors: ${tidy.stderr}`);
  const text = readFileSync(html, 'utf8');
  assert.doesNotMatch(text, /<script|<link\b|\bsrc=["']?https?:|@import|url\(/i, 'no scripts or external resources');
  assert.match(text, /<svg[^>]*role="img"/, 'inline SVG chart');
  assert.match(text, /<table/, 'data tables next to the charts');
  assert.match(text, /@media print/, 'print stylesheet');

  // CSV: python's csv module reads them with the expected headers and equal-width rows.
  const csvCheck = `
import csv, sys, json
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))
print(json.dumps({"header": rows[0], "widths": sorted(set(len(r) for r in rows)), "rows": len(rows) - 1}))`;
  const a = JSON.parse(python(csvCheck, azure));
  for (const h of ['Work Item Type', 'Title', 'Description', 'Priority', 'Tags']) assert.ok(a.header.includes(h), `Azure Boards column ${h}`);
  assert.equal(a.widths.length, 1, 'every Azure Boards row has the same number of cells');
  assert.ok(a.rows >= 5, `Azure Boards rows: ${a.rows}`);
  const g = JSON.parse(python(csvCheck, issues));
  assert.ok(g.header.some((h) => /title|summary/i.test(h)) && g.header.some((h) => /label/i.test(h)), `issue CSV header ${g.header}`);
  assert.equal(g.widths.length, 1);

  // iCalendar: Debian's python3-icalendar reads it; every event is an all-day wave milestone.
  const cal = JSON.parse(python(`
import icalendar, json, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = list(cal.walk('VEVENT'))
print(json.dumps({"events": len(events), "allday": all(type(e.decoded('DTSTART')).__name__ == 'date' for e in events)}))`, ics));
  assert.ok(cal.events >= 1, 'the calendar has wave milestones');
  assert.ok(cal.allday, 'milestones are all-day events');
  assert.match(readFileSync(html, 'utf8'), /<h2[^>]*>Executive summary<\/h2>/, 'the HTML report starts with the executive summary');

  // JSON session: validates against the schema, and the app imports it again.
  python(`
import json, sys, jsonschema
schema = json.load(open(sys.argv[2]))
jsonschema.validate(json.load(open(sys.argv[1])), schema, format_checker=jsonschema.FormatChecker())`,
    json, path.join(ROOT, 'data/schema/session.schema.json'));
  const before = JSON.parse(await page.evaluate(() => JSON.stringify(window.cafApp.session())));
  await page.evaluate(() => window.cafApp.loadSession({ format: 'caf-ai-session', format_version: 1,
    model: { id: 'caf-ai-maturity', version: '1.0.0' }, profile: {}, answers: {} }));
  await page.evaluate(() => window.cafApp.go('welcome'));
  await settle(page);
  await pickFiles(page, 'Import a session file…', json);
  const again = await page.evaluate(() => window.cafApp.session());
  assert.deepEqual(again.answers, before.answers, 'the downloaded session imports back unchanged');
  assert.deepEqual(again.profile, before.profile);
  assert.equal(state.screen, 'roadmap');
  assert.deepEqual(log.errors, []);
  await context.close();
});

// Every download and the share link of one session, with notes, at a fixed time.
async function allExports(inBrowser, contextOptions) {
  const { context, page } = await openApp(inBrowser, server, { context: contextOptions });
  await context.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));  // the date is in names and files
  const env = await page.evaluate(() => ({ language: navigator.language, number: (1234.5).toLocaleString(),
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone }));
  const r = await page.evaluate((t) => window.cafApp.loadSession(t), readFixture('persona_regulated_enterprise.json'));
  assert.equal(r.error, undefined, 'fixture loads');
  await page.evaluate(() => window.cafApp.go('roadmap'));
  await settle(page);
  await clickLabel(page, 'Include my notes in files and links');
  const files = {};
  for (const label of ['Roadmap (Markdown)', 'Report (HTML, prints to PDF)', 'Azure Boards (CSV)', 'GitHub / Jira (CSV)',
    'Session file (JSON)']) {
    const file = await downloadVia(page, label);
    files[path.basename(file)] = readFileSync(file);
  }
  await clickLabel(page, 'Copy a share link');
  const link = await page.evaluate(() => window.cafClipboard);
  await context.close();
  return { env, files, link };
}

test('a German browser downloads byte-identical files', async () => {
  const english = await allExports(browser, { locale: 'en-US', timezoneId: 'UTC' });
  const german = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--lang=de-DE'],
    env: { ...process.env, LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', TZ: 'Europe/Berlin' } });
  let deutsch;
  try {
    deutsch = await allExports(german, { locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  } finally {
    await german.close();
  }
  assert.deepEqual(english.env, { language: 'en-US', number: '1,234.5', zone: 'UTC' }, 'the English run is English');
  assert.deepEqual(deutsch.env, { language: 'de-DE', number: '1.234,5', zone: 'Europe/Berlin' }, 'the German run is German');
  assert.deepEqual(Object.keys(deutsch.files).sort(), Object.keys(english.files).sort(), 'the same file names');
  assert.equal(Object.keys(english.files).length, 5);
  for (const [name, bytes] of Object.entries(english.files)) {
    const other = deutsch.files[name];
    let at = 0;
    while (at < bytes.length && bytes[at] === other[at]) ++at;
    assert.ok(bytes.equals(other), `${name} differs at byte ${at}: ` +
      `${JSON.stringify(bytes.subarray(at, at + 40).toString())} vs ${JSON.stringify(other.subarray(at, at + 40).toString())}`);
  }
  assert.match(english.link, /#v3\./);
  assert.equal(deutsch.link, english.link, 'the same share link');
});

test('the HTML report has no serious or critical accessibility violations (axe-core)', async () => {
  const { context, page } = await withSession('persona_mature_enterprise.json', 'roadmap');
  const html = await downloadVia(page, 'Report (HTML, prints to PDF)');
  await context.close();
  const ctx = await browser.newContext({ bypassCSP: true });
  const report = await ctx.newPage();
  await report.goto('file://' + html);
  await report.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const result = await report.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help}`), []);
  await report.pdf({ path: path.join(ARTIFACTS, 'report-a4.pdf'), format: 'A4' }).catch(() => {});
  await report.screenshot({ path: path.join(ARTIFACTS, 'report-html.png'), fullPage: false });
  await ctx.close();
});

test('notes with HTML, Markdown or spreadsheet formulas cannot inject into any export', async () => {
  const { context, page } = await openApp(browser, server);
  const payloads = ['<script>alert(1)</script>', '=HYPERLINK("http://x.test","y")', '+cmd|\' /C calc\'!A0',
    '@SUM(1+1)', '-2+3', '[x](javascript:alert(1))', '</textarea><img src=x onerror=alert(1)>', '| a | b |'];
  const session = JSON.parse(readFixture('persona_startup_paas_no_rai.json'));
  const questions = Object.keys(session.answers);
  session.notes = Object.fromEntries(payloads.map((p, i) => [questions[i % questions.length], p]));
  const itemIds = ['startup_define_ai_technology_strategy', 'startup_access_ai_resources'];
  session.checklist = { choice: 'auto', items: Object.fromEntries(itemIds.map((id, i) => [id, { done: false, note: payloads[i] }])) };
  const r = await page.evaluate((t) => window.cafApp.loadSession(t), JSON.stringify(session));
  assert.equal(r.error, undefined, r.error);
  await page.evaluate(() => window.cafApp.go('roadmap'));
  await clickLabel(page, 'Include my notes in files and links');
  const html = readFileSync(await downloadVia(page, 'Report (HTML, prints to PDF)'), 'utf8');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the note is in the report, escaped');
  assert.doesNotMatch(html, /<script|<img|<[a-z][^>]*\sonerror=|href="javascript:/i, 'no payload becomes markup');
  const md = readFileSync(await downloadVia(page, 'Roadmap (Markdown)'), 'utf8');
  const mdHtml = execFileSync('cmark', ['--safe'], { input: md, encoding: 'utf8' });
  const rawHtml = execFileSync('cmark', ['--unsafe'], { input: md, encoding: 'utf8' });
  assert.doesNotMatch(rawHtml, /<script|<img|<\/textarea/i, 'no raw HTML survives in the Markdown');
  assert.doesNotMatch(mdHtml, /href="javascript:/i, 'no javascript: link');
  const cells = JSON.parse(python(`
import csv, sys, json
print(json.dumps([c for r in csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')) for c in r]))`,
    await downloadVia(page, 'Azure Boards (CSV)')));
  for (const c of cells) assert.doesNotMatch(c, /^[=+\-@\t\r]/, `a cell starts with a formula character: ${c.slice(0, 40)}`);
  await context.close();
});

test('a share link restores the assessment; tampered or cut links are refused', async () => {
  const { context, page } = await withSession('persona_startup_paas_no_rai.json', 'roadmap');
  await clickLabel(page, 'Copy a share link');
  const link = await page.evaluate(() => window.cafClipboard);
  const original = await page.evaluate(() => window.cafApp.session());
  await context.close();
  assert.match(link, /#v3\./);
  assert.ok(link.length < 2048, `link length ${link.length}`);

  // Long notes make a long link: the app says so and points to the session file.
  {
    const noted = await withSession('persona_startup_paas_no_rai.json', 'roadmap');
    assert.doesNotMatch((await appState(noted.page)).notice?.text || '', /characters long/, 'no warning before');
    const s = await noted.page.evaluate(() => window.cafApp.session());
    const ids = Object.keys(s.answers).slice(0, 3);
    s.notes = Object.fromEntries(ids.map((id) => [id, `Workshop notes for ${id}: ` + 'we discussed this at length. '.repeat(40)]));
    assert.equal((await noted.page.evaluate((t) => window.cafApp.loadSession(t), JSON.stringify(s))).error, undefined);
    await noted.page.evaluate(() => window.cafApp.go('roadmap'));
    await clickLabel(noted.page, 'Include my notes in files and links');
    await clickLabel(noted.page, 'Copy a share link');
    const long = await noted.page.evaluate(() => window.cafClipboard);
    const notice = (await appState(noted.page)).notice;
    assert.ok(long.length > 2000, `a link with long notes is long (${long.length})`);
    assert.match(notice.text, new RegExp(`It is ${long.length} characters long`), `the notice warns: ${notice.text}`);
    assert.match(notice.text, /session file/);
    await noted.context.close();
  }

  // A fresh browser opens it straight away.
  const fresh = await openApp(browser, server, { hash: link.slice(link.indexOf('#')) });
  await settle(fresh.page);
  const restored = await fresh.page.evaluate(() => window.cafApp.session());
  assert.deepEqual(restored.answers, original.answers);
  assert.deepEqual(restored.profile, original.profile);
  assert.equal(await fresh.page.evaluate(() => location.hash), '', 'the fragment is cleared once opened');
  await fresh.context.close();

  // With answers already in this browser, it asks before replacing them.
  const busy = await withSession('persona_mature_enterprise.json', 'results');
  const mine = await busy.page.evaluate(() => window.cafApp.session());
  await handled(busy.page, { links: 1 }, () => busy.page.evaluate((h) => { location.hash = h; }, link.slice(link.indexOf('#'))));
  assert.ok((await appState(busy.page)).items.some((i) => i.label === 'Replace my answers'), 'a confirmation is shown');
  await clickLabel(busy.page, 'Keep my answers');
  assert.deepEqual((await busy.page.evaluate(() => window.cafApp.session())).answers, mine.answers, 'kept');
  await busy.context.close();

  // Tampered and truncated links give a clear error and change nothing.
  const frag = link.slice(link.indexOf('#') + 1);
  const flip = frag.slice(0, 20) + (frag[20] === 'A' ? 'B' : 'A') + frag.slice(21);
  for (const [what, bad] of [['tampered', flip], ['truncated', frag.slice(0, frag.length - 9)]]) {
    const t = await openApp(browser, server, { hash: '#' + bad });
    await settle(t.page);
    const st = await appState(t.page);
    assert.ok(st.notice && /share link/i.test(st.notice.title + st.notice.text), `${what}: ${JSON.stringify(st.notice)}`);
    assert.deepEqual((await t.page.evaluate(() => window.cafApp.session())).answers, {}, `${what}: nothing applied`);
    await t.context.close();
  }
});

test('compare with an earlier file and merge several respondents', async () => {
  const { context, page } = await withSession('persona_mature_enterprise.json', 'results');
  await pickFiles(page, 'Compare with an earlier file…', path.join(FIX, 'persona_regulated_enterprise.json'));
  assert.ok(await clickLabel(page, 'Stop comparing').then(() => true), 'the comparison is shown');

  await pickFiles(page, 'Merge respondents\' files…', ['persona_regulated_enterprise.json', 'persona_mature_enterprise.json',
    'persona_startup_paas_no_rai.json'].map((f) => path.join(FIX, f)));
  await screenshot(page, 'merge-results');
  await clickLabel(page, 'Use the merged view as my assessment');
  await clickLabel(page, 'Replace my answers');
  const st = await appState(page);
  assert.match(st.notice.title, /merged view of 3 respondents/);
  const merged = await page.evaluate(() => window.cafApp.session());
  assert.ok(Object.keys(merged.answers).length > 10, 'the merged answers are the session now');
  await context.close();
});

test('the bad-input catalogue: each file gives its error and the session stays intact', async () => {
  const manifest = JSON.parse(readFileSync(path.join(BAD, 'manifest.json'), 'utf8'));
  const { context, page } = await withSession('persona_mature_enterprise.json', 'welcome');
  const mine = await page.evaluate(() => window.cafApp.session());
  let checked = 0;
  for (const c of manifest.cases) {
    let file = path.join(BAD, c.file);
    if (c.generate) {
      file = path.join(tmp, c.file);
      writeFileSync(file, c.generate.prefix + c.generate.repeat.repeat(c.generate.count) + c.generate.suffix);
    }
    await page.evaluate(() => window.cafApp.go('welcome'));
    await pickFiles(page, 'Import a session file…', file);
    const st = await appState(page);
    if (c.expect === 'error') {
      assert.ok(st.notice, `${c.file}: a notice is shown`);
      for (const e of c.errors) assert.ok((st.notice.title + '\n' + st.notice.text).includes(e), `${c.file}: "${e}" in ${st.notice.text}`);
      assert.deepEqual((await page.evaluate(() => window.cafApp.session())).answers, mine.answers, `${c.file}: session untouched`);
    } else {
      // A good file asks before replacing the answers; keep ours.
      assert.ok((await appState(page)).items.some((i) => i.label === 'Replace my answers'), `${c.file}: accepted`);
      await clickLabel(page, 'Keep my answers');
    }
    checked++;
  }
  assert.ok(checked >= 20, `${checked} bad inputs checked`);
  await context.close();
});

test('a file dropped on the page is imported', async () => {
  const { context, page } = await openApp(browser, server);
  const hintShown = () => page.evaluate(() => !document.getElementById('drop-hint').hidden);
  assert.equal(await hintShown(), false, 'no drop hint before a drag');
  await page.evaluate((text) => {
    window.__drag = new DataTransfer();
    window.__drag.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('dragenter', { dataTransfer: window.__drag, bubbles: true }));
  }, readFixture('persona_copilot_startup.json'));
  assert.equal(await hintShown(), true, 'dragging a file over the page shows what dropping does');
  await screenshot(page, 'drop-hint');
  await page.evaluate(() => {
    document.getElementById('canvas').dispatchEvent(new DragEvent('dragleave', { dataTransfer: window.__drag, bubbles: true }));
  });
  assert.equal(await hintShown(), false, 'leaving the page hides it');
  await handled(page, { files: 1 }, () => page.evaluate(() => {
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragenter', { dataTransfer: window.__drag, bubbles: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: window.__drag, bubbles: true, cancelable: true }));
  }));
  assert.equal(await hintShown(), false, 'dropping hides it');
  const st = await appState(page);
  assert.match(st.notice?.title || '', /dropped\.json/);
  assert.ok(Object.keys((await page.evaluate(() => window.cafApp.session())).answers).length > 0);
  await context.close();
});
