// Helpers for the accessibility tests: Chromium's own accessibility tree (the one
// screen readers get) through the DevTools protocol, axe-core injected into the
// live page, and waiting on what the DOM mirror shows.
import path from 'node:path';
import { ROOT } from './lib.mjs';

export const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
export const CONTROL_ROLES = new Set(['button', 'link', 'checkbox', 'radio']);

// Chromium's accessibility tree, flattened in document order: the nodes a screen
// reader can reach (ignored and generic containers left out).
export async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const out = [];
    const walk = (id) => {
      const n = byId.get(id);
      if (!n) return;
      const role = n.role?.value;
      if (!n.ignored && !['generic', 'none', 'InlineTextBox'].includes(role)) {
        const prop = (name) => n.properties?.find((p) => p.name === name)?.value?.value;
        out.push({ role, name: n.name?.value ?? '', description: n.description?.value ?? '', checked: prop('checked'),
          pressed: prop('pressed'), focused: prop('focused') === true, level: prop('level') });
      }
      for (const c of n.childIds ?? []) walk(c);
    };
    walk(nodes[0].nodeId);
    return out;
  } finally {
    await cdp.detach();
  }
}

// axe-core on the page as it is now (the context must bypass the page's CSP).
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  return page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG_TAGS);
}

export function describeViolations(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n` +
    v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`).join('\n')).join('\n');
}

// Polls `condition` (an async function of nothing) until it holds: for what the DOM
// mirror shows after the app's next frames. Fails with `what` after `timeout` ms.
export async function until(condition, what, { timeout = 15000, every = 20 } = {}) {
  const t0 = Date.now();
  let last;
  for (;;) {
    try {
      last = await condition();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}${last instanceof Error ? ': ' + last.message : ''}`);
    await new Promise((r) => setTimeout(r, every));
  }
}
