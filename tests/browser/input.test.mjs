// Input is never lost and lands where it happened: clicks whose press and release
// fall between two frames, clicks while the main loop is paused, two clicks in a row
// before the app draws again, touch taps. And content does not move under the
// pointer: a choice leaves every control where it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, settle, appState, handled, click, tap, untilHandled, inputCounts } from './lib.mjs';
import { MODEL, FIXTURE_STARTUP, titlesOf, itemByTitle, openWith, session, scrollIntoView } from './ui.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const centre = (it, dpr = 1) => ({ x: (it.x + it.w / 2) / dpr, y: (it.y + it.h / 2) / dpr });
const labelOf = (qid, oid) => MODEL.profile.find((q) => q.id === qid).options.find((o) => o.id === oid).label;

// Mouse events dispatched on the canvas in one task: nothing can draw a frame between them.
// `steps` are [type, x, y] in CSS pixels.
function dispatchInOneTask(page, steps) {
  return page.evaluate((steps) => {
    const canvas = document.getElementById('canvas');
    for (const [type, x, y] of steps) {
      canvas.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, button: 0 }));
    }
  }, steps);
}
const clickSteps = (p) => [['mousemove', p.x, p.y], ['mousedown', p.x, p.y], ['mouseup', p.x, p.y]];

async function profileScreen(size = { width: 1280, height: 800 }) {
  const opened = await openWith(browser, server, size);
  await opened.page.evaluate(() => window.cafApp.go('profile'));
  await settle(opened.page);
  return opened;
}

// The roadmap of the example session, and the first check row not ticked yet, on screen.
async function roadmapRow(size = { width: 1280, height: 800 }) {
  const opened = await openWith(browser, server, size);
  const { page } = opened;
  await page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
  await page.evaluate(() => window.cafApp.go('roadmap'));
  await settle(page);
  const titles = new Set([...titlesOf('startup'), ...titlesOf('enterprise')]);
  const st = await appState(page);
  const row = st.items.find((i) => titles.has(i.label) && !i.checked);
  assert.ok(row, 'the roadmap lists an item not done yet');
  const item = await scrollIntoView(page, row.label);
  const id = itemByTitle(row.label).id;
  const done = async () => (await session(page)).checklist?.items?.[id]?.done === true;
  assert.equal(await done(), false);
  return { ...opened, item, done };
}

test('two clicks between two frames both count, each on its own option', async () => {
  const { context, page, log } = await profileScreen();
  const a = centre(await scrollIntoView(page, labelOf('org_type', 'startup')));
  const b = centre(await scrollIntoView(page, labelOf('org_size', 's1_50')));
  await settle(page);
  await handled(page, { releases: 2 }, () => dispatchInOneTask(page, [...clickSteps(a), ...clickSteps(b)]));
  const profile = (await session(page)).profile;
  assert.equal(profile.org_type, 'startup', `the first click counts (profile ${JSON.stringify(profile)})`);
  assert.equal(profile.org_size, 's1_50', `the second click counts (profile ${JSON.stringify(profile)})`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a click is pressed where it happened, even when the pointer moves on before the next frame', async () => {
  const { context, page } = await profileScreen();
  const a = centre(await scrollIntoView(page, labelOf('org_type', 'enterprise')));
  await settle(page);
  await handled(page, { releases: 1 }, () => dispatchInOneTask(page, [...clickSteps(a), ['mousemove', 4, 796]]));
  assert.equal((await session(page)).profile.org_type, 'enterprise');
  await context.close();
});

test('a press and release sent back to back while the app is paused count exactly once', async () => {
  const { context, page, item, done } = await roadmapRow();
  const p = centre(item);
  const cdp = await context.newCDPSession(page);
  await handled(page, {}, () => cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: p.x, y: p.y }));
  assert.equal(await page.evaluate(() => window.cafApp.idle()), true, 'the app is paused before the click');
  // Both sent without waiting for the first to be handled.
  await handled(page, { presses: 1, releases: 1 }, () => Promise.all([
    cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: p.x, y: p.y, button: 'left', clickCount: 1 }),
    cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: p.x, y: p.y, button: 'left', clickCount: 1 }),
  ]));
  assert.equal(await done(), true, `one click on "${item.label}" ticks it (a lost click leaves it open, a doubled one unticks it)`);
  await context.close();
});

test('two clicks on one check row before the app draws again toggle it twice', async () => {
  const { context, page, item, done } = await roadmapRow();
  const p = centre(item);
  const before = await inputCounts(page);
  await dispatchInOneTask(page, [...clickSteps(p), ...clickSteps(p)]);
  await untilHandled(page, before, { releases: 2 });
  assert.equal(await done(), false, 'ticked by the first click, unticked by the second');
  // And a single click after that ticks it: the row was not left pressed.
  await click(page, p.x, p.y);
  assert.equal(await done(), true);
  await context.close();
});

test('a click right after another click, without waiting, counts as well', async () => {
  const { context, page } = await profileScreen();
  // Both on screen at once (bring the lower one into view, then read both positions).
  await scrollIntoView(page, labelOf('regulated', 'regulated'));
  const a = centre(await scrollIntoView(page, labelOf('ai_approach', 'paas')));
  const b = centre(await scrollIntoView(page, labelOf('regulated', 'regulated')));
  await handled(page, { releases: 2 }, () => Promise.all([page.mouse.click(a.x, a.y), page.mouse.click(b.x, b.y)]));
  const profile = (await session(page)).profile;
  assert.equal(profile.ai_approach, 'paas', JSON.stringify(profile));
  assert.equal(profile.regulated, 'regulated', JSON.stringify(profile));
  await context.close();
});

test('a touch tap on a check row ticks it exactly once, at the finger', async () => {
  const size = { width: 390, height: 844, dpr: 2, context: { hasTouch: true, isMobile: true } };
  const { context, page, item, done } = await roadmapRow(size);
  await tap(page, ...Object.values(centre(item, 2)));
  assert.equal(await done(), true, `the tap ticks "${item.label}"`);
  await context.close();
});

// Where every labelled control is, keyed by label and occurrence.
function layout(st) {
  const seen = new Map(), out = new Map();
  for (const i of st.items) {
    const label = i.label === 'Previewing' ? 'Preview' : i.label;   // the same button, labelled by its state
    const n = seen.get(label) || 0;
    seen.set(label, n + 1);
    out.set(`${label}#${n}`, `${i.x},${i.y} ${i.w}×${i.h}`);
  }
  return out;
}
function moved(before, after, keep = () => true) {
  const out = [];
  for (const [k, v] of before) if (keep(k) && after.get(k) !== v) out.push(`${k}: ${v} → ${after.get(k) ?? 'gone'}`);
  return out;
}

test('a profile choice moves no control, at desktop and phone size', async () => {
  for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844, dpr: 2 }]) {
    const { context, page } = await profileScreen(size);
    const problems = [];
    // Each question: choose its first option, then switch to its last.
    for (const [qi, q] of MODEL.profile.entries()) {
      for (const o of [q.options[0], q.options.at(-1)]) {
        // Labels repeat across questions ("Public sector"): count the earlier ones.
        const nth = MODEL.profile.slice(0, qi).filter((p) => p.options.some((x) => x.label === o.label)).length;
        const item = await scrollIntoView(page, o.label, { nth });
        const was = layout(await appState(page));
        const p = centre(item, size.dpr || 1);
        await click(page, p.x, p.y);
        const now = await appState(page);
        assert.equal((await session(page)).profile[q.id], o.id, `${size.width}px: clicking "${o.label}" at ${JSON.stringify(item)} chooses it (items now ${now.items.map((i) => `${i.label}@${i.x},${i.y}`).join(' | ')})`);
        for (const m of moved(was, layout(await appState(page)))) problems.push(`${size.width}px, "${o.label}": ${m}`);
      }
    }
    assert.deepEqual(problems, [], 'every control stays where it was');
    await context.close();
  }
});

test('choosing a checklist or previewing a what-if moves no control above what changes', async () => {
  const { context, page } = await openWith(browser, server, { width: 1280, height: 800 });
  await page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
  await page.evaluate(() => window.cafApp.go('roadmap'));
  await settle(page);
  const problems = [];
  // The roadmap's checklist switch: the buttons and everything above them stay put.
  for (const label of ['Enterprise', 'Startup', 'Recommended']) {
    const item = await scrollIntoView(page, label);
    const was = layout(await appState(page));
    const keep = (k) => Number(was.get(k).split(/[, ]/)[1]) <= item.y + item.h;
    await click(page, ...Object.values(centre(item)));
    assert.equal((await appState(page)).items.find((i) => i.label === label)?.checked, true, `"${label}" is chosen`);
    for (const m of moved(was, layout(await appState(page)), keep)) problems.push(`roadmap, "${label}": ${m}`);
  }
  // The results' what-if: previewing a row leaves the rows and all above them in place.
  await page.evaluate(() => window.cafApp.go('results'));
  await settle(page);
  for (const nth of [0, 1]) {
    const item = await scrollIntoView(page, 'Preview', { nth });
    const st = await appState(page);
    const rows = st.items.filter((i) => i.label === 'Preview' || i.label === 'Previewing');
    const last = rows.at(-1);
    const was = layout(st);
    const keep = (k) => Number(was.get(k).split(/[, ]/)[1]) <= last.y + last.h;
    await click(page, ...Object.values(centre(item)));
    assert.ok((await appState(page)).items.some((i) => i.label === 'Previewing' && i.checked), 'a row is previewed');
    for (const m of moved(was, layout(await appState(page)), keep)) problems.push(`results, preview ${nth}: ${m}`);
  }
  assert.deepEqual(problems, [], 'no control above the change moves');
  await context.close();
});

test('a notice that appears under the top bar does not move the screen under the pointer', async () => {
  const { context, page } = await openWith(browser, server, { width: 1280, height: 800 });
  await page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
  await page.evaluate(() => window.cafApp.go('roadmap'));
  await settle(page);
  const item = await scrollIntoView(page, 'Copy a share link');
  const before = await appState(page);
  assert.equal(before.notice, undefined, 'no notice before');
  const was = layout(before);
  await click(page, ...Object.values(centre(item)));
  const st = await appState(page);
  assert.match(st.notice?.title || '', /share link/i, `the click shows a notice (${JSON.stringify(st.notice)})`);
  // The link itself is then shown below the button: what lies further down may move.
  const keep = (k) => Number(was.get(k).split(/[, ]/)[1]) <= item.y + item.h;
  assert.deepEqual(moved(was, layout(st), keep), [], 'the button and every control above it stay where they were');
  await context.close();
});
