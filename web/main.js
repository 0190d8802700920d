// Page glue that must exist before the WebAssembly app starts:
//  1. a keyboard guard so HTML text fields keep working over the canvas,
//  2. feature checks with a clear message when WebAssembly or WebGL 2 is missing,
//  3. the loader: downloads app.wasm with real progress, then starts app.js,
//  4. the automation hook `window.cafApp` (documented in README.md).
// It is a module: it imports what C++ and JavaScript share (contracts.mjs, generated
// from src/platform/contracts.json) and hands it to the app's JS glue as window.cafContracts.
import contracts from './contracts.mjs';
import { createMirror } from './dom_mirror.mjs';
import { startOffline } from './offline.mjs';

window.cafContracts = contracts;

(function () {
  // ---- 1. Keyboard guard ---------------------------------------------------
  // Emscripten's GLFW listens for keys on `window` and preventDefault()s Backspace and
  // Tab page-wide. Registered first, this capture listener keeps keys typed into real
  // HTML fields (the notes editor, the file picker) away from the app.
  // The DOM mirror's inputs (check boxes, radios) are not fields: their keys are the app's.
  const isField = (t) => t instanceof Element && !t.closest('#semantics') &&
    (t.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog') !== null);
  // Stopping the event here also keeps it from the field's own listeners, so the
  // notes dialog's shortcut (Ctrl/Cmd+Enter saves; Enter in a one-line field) is handled here too.
  for (const type of ['keydown', 'keypress', 'keyup']) {
    window.addEventListener(type, (e) => {
      if (!isField(e.target)) return;
      e.stopImmediatePropagation();
      const dialog = e.target.closest('dialog');
      // A one-line field of that dialog (a name, a date, an owner: dataset.oneLine) saves on
      // Enter alone; Shift+Enter does nothing special there.
      if (type === 'keydown' && e.key === 'Enter' && dialog && dialog.open &&
          (e.ctrlKey || e.metaKey || (dialog.dataset.oneLine === '1' && !e.shiftKey))) {
        e.preventDefault();
        dialog.close('save');
      }
    }, true);
  }

  const $ = (id) => document.getElementById(id);
  function fatal(title, text) {
    $('loading').hidden = true;
    $('fatal-title').textContent = title;
    $('fatal-text').textContent = text;
    $('fatal').hidden = false;
    document.documentElement.dataset.appError = title;
  }
  window.cafFatal = fatal;

  // ---- 2. Feature checks ---------------------------------------------------
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fatal('WebAssembly is not available', 'Your browser does not support WebAssembly, or it is disabled by a policy.');
    return;
  }
  // Only whether the browser knows WebGL 2 at all. Creating a probe context here cost 300-650 ms
  // of blocked main thread in a browser that has not drawn WebGL yet (its GPU process starts up),
  // before the download even began. A browser that knows WebGL 2 but refuses a context (driver
  // blocked, disabled) is told so by the app itself when it creates its own (main_web.cpp).
  if (typeof WebGL2RenderingContext !== 'function') {
    fatal('WebGL 2 is not available', 'This browser does not offer WebGL 2, which the assessment draws with: it may be turned off in its settings or by a policy.');
    return;
  }

  // ---- 3. Loader -------------------------------------------------------------
  const bar = $('loading-bar');
  const detail = $('loading-detail');
  const kb = (n) => (n / 1024).toFixed(0) + ' KB';
  function progress(loaded, total) {
    if (total > 0) {
      bar.style.width = Math.min(100, (100 * loaded) / total).toFixed(1) + '%';
      detail.textContent = kb(loaded) + ' of ' + kb(total);
    } else {
      detail.textContent = kb(loaded);
    }
  }

  async function downloadWasm() {
    // The build versions the name (app.HASH.wasm, cmake/dist.cmake): the HTTP cache may keep it.
    const response = await fetch('app.wasm');
    if (!response.ok) throw new Error('app.wasm: HTTP ' + response.status);
    // A compressed response's length counts compressed bytes; the reader counts decoded ones.
    const total = response.headers.get('Content-Encoding') ? 0 : Number(response.headers.get('Content-Length')) || 0;
    if (!response.body || !response.body.getReader) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    const chunks = [];
    let loaded = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length;
      progress(loaded, total);
    }
    const bytes = new Uint8Array(loaded);
    let at = 0;
    for (const c of chunks) { bytes.set(c, at); at += c.length; }
    return bytes;
  }

  // The app creates its WebGL context as soon as it starts, and that call blocks the page until
  // the browser's GPU process has finished what it is doing. In a fresh browser on a software
  // GPU, that is presenting the page's first frames (up to 450 ms for the first one): most of the
  // start-up's longest task was that wait. So the app starts once the first paint is on screen
  // and two more animation frames have passed (on a real GPU, long before the download ends),
  // and never later than a second after the download (a browser that reports no paints, a page
  // opened in a background tab, where animation frames wait until it is shown).
  function gpuSettled() {
    const painted = new Promise((resolve) => {
      if (typeof PerformanceObserver !== 'function' || !(PerformanceObserver.supportedEntryTypes || []).includes('paint')) {
        resolve();
        return;
      }
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        resolve();
      }).observe({ type: 'paint', buffered: true });
    });
    const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return Promise.race([painted.then(twoFrames), new Promise((resolve) => setTimeout(resolve, 1000))]);
  }

  const slowHint = setTimeout(() => {
    $('loading-text').textContent = 'Still loading… this takes longer than usual.';
  }, 8000);

  window.Module = {
    canvas: $('canvas'),
    print: (t) => console.log(t),
    printErr: (t) => console.warn(t),
    instantiateWasm(imports, success) {
      downloadWasm()
        .then((bytes) => {
          performance.mark('app-wasm-downloaded');   // the benchmark's start of the start-up steps
          $('loading-text').textContent = 'Starting…';
          return Promise.all([WebAssembly.instantiate(bytes, imports), gpuSettled()]);
        })
        .then(([r]) => success(r.instance, r.module))
        .catch((e) => fatal('The assessment could not be loaded', String(e && e.message || e)));
      return {};
    },
    onAbort(what) {
      fatal('The assessment stopped unexpectedly', 'Please reload the page. Your answers were saved in this browser up to the last change. (' + what + ')');
    },
  };

  // Called by the app once its first frame is on screen.
  window.cafFirstFrame = function () {
    clearTimeout(slowHint);
    $('loading').hidden = true;
    performance.mark('app-first-frame');
    document.documentElement.dataset.appReady = '1';
    startOffline();   // after the first frame: precaching must not slow the start
  };

  // Reads picked or dropped files into the app (purpose: contracts.file_purposes).
  // Files over 5 MB are refused before reading: no session file is that large.
  window.cafReadFiles = function (files, purpose) {
    const limit = 5 * 1024 * 1024;
    const deliver = (name, ptr, size, error) => Module.ccall('app_on_upload', null,
      ['number', 'string', 'number', 'number', 'string'], [purpose, name, ptr, size, error]);
    for (const file of files) {
      if (file.size > limit) {
        deliver(file.name, 0, 0, file.name + ': is ' + (file.size / 1048576).toFixed(1) +
          ' MB; a session file is never larger than 5 MB. Is it the right file?');
        continue;
      }
      file.arrayBuffer().then((buf) => {
        const bytes = new Uint8Array(buf);
        const p = Module._malloc(Math.max(1, bytes.length));
        Module.HEAPU8.set(bytes, p);
        try { deliver(file.name, p, bytes.length, ''); } finally { Module._free(p); }
      }, (e) => deliver(file.name, 0, 0, 'The browser could not read the file (' + e + ').'));
    }
  };

  // The DOM mirror of the app's semantics tree (the app publishes through platform_library.js).
  window.cafMirror = createMirror($('semantics'), (fn, arg) => {
    if (window.Module && Module.ccall) Module.ccall(fn, null, ['number'], [arg]);
  });

  // ---- 4. Automation hook ------------------------------------------------------
  // A small, documented API for tests and power users (see README.md "Automation hook").
  function call(command, arg) {
    if (!window.Module || !Module.ccall) throw new Error('the app is not running yet');
    const out = Module.ccall('app_automation', 'string', ['string', 'string'], [command, arg || '']);
    return JSON.parse(out);
  }
  // Input and idle (the signals tests wait on instead of sleeping): input() counts the
  // input events the app has handled, by kind; idle is true when the main loop is paused
  // with nothing pending, i.e. everything those events caused is on screen.
  function inputStatus() {
    if (!window.Module || !Module._app_input_status) return { idle: false };
    return JSON.parse(Module.ccall('app_input_status', 'string', [], []));
  }
  let idleWaiters = [];
  // Called by the app each time its main loop pauses.
  window.cafIdle = function () {
    const waiting = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiting) resolve();
  };
  window.cafApp = {
    ready: () => document.documentElement.dataset.appReady === '1',
    frameCount: () => (Module._app_frame_count ? Module._app_frame_count() : 0),
    idle: () => inputStatus().idle,
    input: inputStatus,
    // Resolves at once when idle, else when the main loop next pauses.
    whenIdle: () => (inputStatus().idle ? Promise.resolve() : new Promise((r) => idleWaiters.push(r))),
    // Resolves the next time the main loop pauses (after an input that has not arrived yet).
    nextIdle: () => new Promise((r) => idleWaiters.push(r)),
    state: () => call('state'),
    screen: () => call('state').screen,
    session: () => call('session'),
    loadSession: (json) => call('load_session', typeof json === 'string' ? json : JSON.stringify(json)),
    go: (screen) => call('go', screen),
    semantics: () => call('semantics'),            // the semantics tree the mirror shows
    mirror: (onOff) => call('mirror', onOff || ''), // its cost so far; 'off' / 'on' (benchmark)
    mirrorStats: () => window.cafMirror.stats(),    // patches applied in the page and their time
  };

  const script = document.createElement('script');
  script.src = 'app.js';
  script.onerror = () => fatal('The assessment could not be loaded', 'app.js could not be downloaded.');
  document.body.appendChild(script);
})();
