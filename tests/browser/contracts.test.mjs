// The contracts C++ and JavaScript share (src/platform/contracts.json) are the
// only place those names and numbers are written: the generated JS module says
// the same, every wasm function JavaScript calls is in the list (and so exported
// at link time), every listed function exists in C++, and the built app.js
// exports them all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, distFile } from './lib.mjs';

const json = JSON.parse(readFileSync(path.join(ROOT, 'src/platform/contracts.json'), 'utf8'));
const read = (p) => readFileSync(path.join(ROOT, p), 'utf8');

test('the generated module holds the contracts, frozen', async () => {
  const mod = await import(distFile('contracts.mjs'));
  assert.deepEqual(JSON.parse(JSON.stringify(mod.default)), json);
  assert.equal(mod.FILE_PURPOSES.merge, json.file_purposes.merge);
  assert.ok(Object.isFrozen(mod.default.storage_keys), 'nested objects are frozen too');
});

test('every wasm function JavaScript calls is a contract, and exists in C++', () => {
  const js = ['web/main.js', 'src/platform/web/platform_library.js', 'tests/browser/lib.mjs', 'tests/browser/ui.mjs']
    .map(read).join('\n');
  const called = new Set();
  for (const m of js.matchAll(/ccall\(\s*'(\w+)'/g)) called.add(m[1]);
  for (const m of js.matchAll(/Module\._(\w+)/g)) called.add(m[1]);
  // The DOM mirror calls back through a function it is given: call('app_…', …).
  for (const m of read('src/platform/web/dom_mirror.mjs').matchAll(/call\('(\w+)'/g)) called.add(m[1]);
  assert.ok(called.has('app_semantic_activate'), 'the mirror\'s calls are found too');
  assert.ok(called.size >= 5, `found the calls (${[...called].join(', ')})`);
  for (const fn of called) assert.ok(json.wasm_exports.includes(fn), `${fn} is called from JS but not in contracts.json`);

  const cpp = read('src/platform/web/main_web.cpp');
  for (const fn of json.wasm_exports) {
    if (['main', 'malloc', 'free'].includes(fn)) continue;
    assert.match(cpp, new RegExp(`EMSCRIPTEN_KEEPALIVE[^(]*\\b${fn}\\(`), `${fn} is defined in main_web.cpp`);
  }
  const appJs = readFileSync(distFile('app.js'), 'utf8');
  for (const fn of json.wasm_exports) assert.ok(appJs.includes(`"_${fn}"`), `app.js exports _${fn}`);
});

test('no JS file writes a purpose or a storage key of its own', () => {
  const glue = read('src/platform/web/platform_library.js') + read('web/main.js');
  assert.doesNotMatch(glue, /purpose\s*===?\s*\d/, 'purposes are compared by name');
  assert.doesNotMatch(glue, /caf-ai-assessment\//, 'storage keys come from C++');
});
