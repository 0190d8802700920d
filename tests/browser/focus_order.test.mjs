// Whole Tab rounds: Tab and Shift+Tab visit the controls in the order of the semantics tree.
// (A suite of its own: a round is about fifty key presses, each waited for until drawn.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, settle, appState } from './lib.mjs';
import { MODEL, FIXTURE_STARTUP, openWith, key, idle } from './ui.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// Tab and Shift+Tab visit the controls in the order of the semantics tree (the order a
// screen reader and the DOM mirror give them), none skipped and none repeated, round the
// whole screen and back to the start: controls below the fold and above it too, each
// scrolled into view when focused. Most of the results start out of view, at phone size
// more so. (Tab stops were once the drawn controls only: Shift+Tab then
// cycled among the few on screen and never reached the rest.)
async function walkAgainstTree(page, dir) {
  const nodes = (await page.evaluate(() => window.cafApp.semantics())).nodes.filter((n) => n.c);
  const order = dir === 'Tab' ? nodes.map((n) => n.c) : nodes.map((n) => n.c).reverse();
  const name = new Map(nodes.map((n) => [n.c, n.n]));
  const vp = page.viewportSize();
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  const visits = [];
  const hidden = [];
  // A Tab that only scrolls (the rest of the screen below its last control) keeps the focus.
  for (let i = 0; i < 2 * order.length + 10 && visits.length <= order.length; ++i) {
    await key(page, dir);
    await idle(page);
    const st = await appState(page);
    if (st.focused_id === visits.at(-1)) continue;
    visits.push(st.focused_id);
    const it = st.items.find((x) => x.id === st.focused_id);
    if (!it || it.y + it.h <= 0 || it.y >= vp.height * dpr) hidden.push(name.get(st.focused_id));
  }
  const start = order.indexOf(visits[0]);
  const expected = visits.map((_, i) => order[(start + i) % order.length]);
  return { visits: visits.map((id) => name.get(id) ?? `#${id}`), expected: expected.map((id) => name.get(id)), hidden, count: order.length };
}

test('Tab and Shift+Tab follow the semantics tree round every control of the results, at desktop and phone size', async () => {
  const cases = [
    { size: { width: 1280, height: 800 }, screen: 'results', dirs: ['Tab', 'Shift+Tab'] },
    { size: { width: 390, height: 844, dpr: 2 }, screen: 'results', dirs: ['Shift+Tab'] },
  ];
  for (const { size, screen, dirs } of cases) {
    for (const dir of dirs) {
      const what = `${size.width}×${size.height} ${screen}, ${dir}`;
      const { context, page, log } = await openWith(browser, server, size);
      await page.evaluate((s) => window.cafApp.loadSession(s), FIXTURE_STARTUP);
      await page.evaluate((s) => window.cafApp.go(s), screen);
      await settle(page);
      const { visits, expected, hidden, count } = await walkAgainstTree(page, dir);
      assert.ok(count > 40, `${what}: the screen has its controls (${count})`);
      assert.equal(visits.length, count + 1, `${what}: a whole round and back to the first control`);
      assert.deepEqual(visits, expected, `${what}: the semantics tree's order`);
      assert.equal(visits.at(-1), visits[0], `${what}: the round closes`);
      assert.deepEqual(hidden, [], `${what}: every focused control is scrolled into view`);
      if (dir === 'Tab' && screen === 'results') {
        const dimensions = MODEL.phases.flatMap((p) => p.dimensions).length;
        assert.equal(visits.filter((v) => /^Raise the target level for /.test(v)).length, dimensions + (visits[0].startsWith('Raise') ? 1 : 0),
          `${what}: every dimension's "+" is visited`);
        assert.equal(visits.filter((v) => v === 'See your roadmap').length, 1, `${what}: "See your roadmap" once`);
      }
      assert.deepEqual(log.errors, []);
      await context.close();
    }
  }
});
