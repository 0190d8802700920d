// Browser glue for src/platform/web/web_platform.cpp, linked with --js-library.
// Strings cross as (pointer, length) pairs; strings returned to C++ are malloc'ed
// here and freed there. HEAPU8 is read at call time: memory growth replaces it.
// Numbers shared with C++ (file purposes) come from window.cafContracts, the
// generated contracts module (src/platform/contracts.json) that web/main.js imports.
mergeInto(LibraryManager.library, {
  js_download: function(name, name_len, mime, mime_len, data, data_len) {
    const text = (p, n) => UTF8ToString(p, n);
    const bytes = HEAPU8.slice(data, data + data_len);
    const blob = new Blob([bytes], { type: text(mime, mime_len) });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = text(name, name_len);
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  },
  js_storage_read: function(key, key_len) {
    let out;
    try {
      const v = window.localStorage.getItem(UTF8ToString(key, key_len));
      out = v === null ? '1\n' : '0\n' + v;
    } catch (e) {
      out = (e && e.name === 'SecurityError' ? '2\n' : '4\n') + String(e && e.message || e);
    }
    const n = lengthBytesUTF8(out) + 1;
    const p = _malloc(n);
    stringToUTF8(out, p, n);
    return p;
  },
  js_storage_write: function(key, key_len, value, value_len) {
    let out = '0\n';
    try {
      window.localStorage.setItem(UTF8ToString(key, key_len), UTF8ToString(value, value_len));
    } catch (e) {
      const name = e && e.name || '';
      const full = name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || (e && e.code === 22);
      out = (full ? '3\n' : name === 'SecurityError' ? '2\n' : '4\n') + String(e && e.message || e);
    }
    const n = lengthBytesUTF8(out) + 1;
    const p = _malloc(n);
    stringToUTF8(out, p, n);
    return p;
  },
  js_storage_remove: function(key, key_len) {
    try { window.localStorage.removeItem(UTF8ToString(key, key_len)); } catch (e) {}
  },
  js_url_fragment: function() {
    const h = window.location.hash.startsWith('#') ? window.location.hash.slice(1) : window.location.hash;
    const n = lengthBytesUTF8(h) + 1;
    const p = _malloc(n);
    stringToUTF8(h, p, n);
    return p;
  },
  js_page_address: function() {
    const a = window.location.origin + window.location.pathname + window.location.search;
    const n = lengthBytesUTF8(a) + 1;
    const p = _malloc(n);
    stringToUTF8(a, p, n);
    return p;
  },
  js_set_url_fragment: function(f, len) {
    const frag = UTF8ToString(f, len);
    const url = window.location.pathname + window.location.search + (frag ? '#' + frag : '');
    try { history.replaceState(null, '', url); } catch (e) {}
  },
  js_open_file_picker: function(accept, accept_len, purpose) {
    let input = document.getElementById('file-input');
    if (!input) {
      input = document.createElement('input');
      input.type = 'file';
      input.id = 'file-input';
      input.hidden = true;
      document.body.appendChild(input);
    }
    input.accept = UTF8ToString(accept, accept_len);
    input.multiple = purpose === window.cafContracts.file_purposes.merge;   // several respondents at once
    input.onchange = () => { const files = Array.from(input.files || []); input.value = ''; window.cafReadFiles(files, purpose); };
    input.click();
  },
  js_open_url: function(url, len) {
    const u = UTF8ToString(url, len);
    if (!/^https:\/\//.test(u)) return;   // only real web links, never javascript: or data:
    window.open(u, '_blank', 'noopener,noreferrer');
  },
  js_announce: function(text, len) {
    const el = document.getElementById('announcer');
    if (el) el.textContent = UTF8ToString(text, len);
  },
  js_edit_text: function(title, title_len, text, text_len, purpose) {
    let dlg = document.getElementById('text-editor');
    if (!dlg) {
      dlg = document.createElement('dialog');
      dlg.id = 'text-editor';
      dlg.innerHTML = '<form method="dialog"><h2 id="text-editor-title"></h2>' +
        '<textarea id="text-editor-text" rows="10" spellcheck="true"></textarea>' +
        '<p class="hint">Markdown and plain text are fine. Ctrl+Enter saves, Escape cancels.</p>' +
        '<div class="buttons"><button value="cancel" id="text-editor-cancel">Cancel</button>' +
        '<button value="save" id="text-editor-save" class="primary">Save note</button></div></form>';
      document.body.appendChild(dlg);
      dlg.querySelector('textarea').addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); dlg.close('save'); }
      });
      dlg.addEventListener('close', () => {
        const accepted = dlg.returnValue === 'save' ? 1 : 0;
        Module.ccall('app_on_text_edited', null, ['number', 'string', 'number'],
          [Number(dlg.dataset.purpose), document.getElementById('text-editor-text').value, accepted]);
        document.getElementById('canvas').focus();
      });
    }
    document.getElementById('text-editor-title').textContent = UTF8ToString(title, title_len);
    const area = document.getElementById('text-editor-text');
    area.value = UTF8ToString(text, text_len);
    area.setAttribute('aria-label', UTF8ToString(title, title_len));
    dlg.dataset.purpose = String(purpose);
    // A note takes several lines (Ctrl+Enter saves); a use case's name, a date or an owner is
    // one line, and Enter saves it (web/main.js handles the keys of the page's fields).
    const tp = window.cafContracts.text_purposes;
    const note = purpose === tp.question_note || purpose === tp.item_note;
    const name = purpose === tp.use_case_name;
    dlg.dataset.oneLine = note ? '0' : '1';
    area.rows = note ? 10 : 1;
    dlg.querySelector('.hint').textContent = note ? 'Markdown and plain text are fine. Ctrl+Enter saves, Escape cancels.'
      : name ? 'A short name, one line. Enter saves, Escape cancels.' : 'Enter saves, Escape cancels.';
    document.getElementById('text-editor-save').textContent = note ? 'Save note' : name ? 'Save name' : 'Save';
    dlg.returnValue = '';
    dlg.showModal();
    area.focus();
  },
  js_set_clipboard: function(text, len) {
    const t = UTF8ToString(text, len);
    window.cafClipboard = t;
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(() => {});
  },
  js_now_iso8601: function() {
    const s = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const n = lengthBytesUTF8(s) + 1;
    const p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  },
  js_now_ms: function() { return Date.now(); },
  // getTimezoneOffset is UTC minus local: the other sign.
  js_utc_offset_minutes: function(atMs) { return -new Date(atMs).getTimezoneOffset(); },
  js_clipboard_text: function() {
    const t = typeof window.cafClipboard === 'string' ? window.cafClipboard : '';
    const n = lengthBytesUTF8(t) + 1;
    const p = _malloc(n);
    stringToUTF8(t, p, n);
    return p;
  },
  js_publish_semantics: function(patch, len) {
    if (window.cafMirror) window.cafMirror.apply(UTF8ToString(patch, len));
  },
  js_install_page_hooks: function() {
    // The user's display settings: the first theme follows the colour scheme, forced
    // colors (Windows high contrast) switch to the high-contrast theme, and reduced
    // motion is passed on. Reported now (before the first frame) and on every change.
    const media = ['(prefers-color-scheme: dark)', '(forced-colors: active)', '(prefers-reduced-motion: reduce)']
      .map((q) => window.matchMedia(q));
    const report = () => Module.ccall('app_on_media', null, ['number', 'number', 'number'],
      media.map((m) => (m.matches ? 1 : 0)));
    for (const m of media) m.addEventListener('change', report);
    report();

    // Files dropped anywhere on the page are imported like picked files.
    // While files are dragged over the page a hint says what dropping does; enter and
    // leave fire for every element crossed, so they are counted.
    const hint = document.getElementById('drop-hint');
    let depth = 0;
    const carriesFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
    window.addEventListener('dragenter', (e) => { if (carriesFiles(e) && ++depth === 1 && hint) hint.hidden = false; });
    window.addEventListener('dragleave', () => { if (depth > 0 && --depth === 0 && hint) hint.hidden = true; });
    window.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
    window.addEventListener('drop', (e) => {
      e.preventDefault();
      depth = 0;
      if (hint) hint.hidden = true;
      const files = Array.from(e.dataTransfer && e.dataTransfer.files || []);
      if (files.length) window.cafReadFiles(files.slice(0, 1), window.cafContracts.file_purposes.import);
    });
    window.addEventListener('hashchange', () => Module.ccall('app_on_hash_change', null, [], []));
    // Other tabs of this page: a write to localStorage there fires 'storage' here (never in
    // the writing tab). The app merges it in; which keys matter is the app's business. A tab
    // shown again after a long sleep looks too (its events may have been dropped meanwhile).
    window.addEventListener('storage', (e) =>
      Module.ccall('app_on_storage', null, ['string'], [typeof e.key === 'string' ? e.key : '']));
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') Module.ccall('app_on_storage', null, ['string'], ['']);
    });
    // Paste: Ctrl+V's keydown is not prevented, so this fires before ImGui's next frame.
    document.addEventListener('paste', (e) => {
      const t = e.clipboardData && e.clipboardData.getData('text');
      if (typeof t === 'string') window.cafClipboard = t;
    });
    // Touch. Emscripten's GLFW presses at the *previous* mouse position on touchstart
    // and ignores touchmove, so we keep touches away from it (window capture runs
    // before its canvas listeners). A tap then reaches the app as the browser's own
    // emulated mouse click, at the finger; a drag scrolls what is under the finger.
    const canvas = document.getElementById('canvas');
    let last = null, moved = 0;
    const onCanvas = (e) => e.target === canvas;
    window.addEventListener('touchstart', (e) => {
      if (!onCanvas(e) || e.touches.length !== 1) return;
      e.stopImmediatePropagation();
      const t = e.touches[0];
      last = { x: t.clientX, y: t.clientY };
      moved = 0;
      const r = canvas.getBoundingClientRect();
      Module.ccall('app_on_touch', null, ['number', 'number', 'number', 'number'],
        [(t.clientX - r.left) * canvas.width / r.width, (t.clientY - r.top) * canvas.height / r.height, 0, 0]);
    }, { capture: true, passive: true });
    window.addEventListener('touchmove', (e) => {
      if (!onCanvas(e) || !last || e.touches.length !== 1) return;
      e.stopImmediatePropagation();
      const t = e.touches[0];
      const scale = canvas.width / canvas.getBoundingClientRect().width;
      const dx = (t.clientX - last.x) * scale, dy = (t.clientY - last.y) * scale;
      moved += Math.abs(t.clientX - last.x) + Math.abs(t.clientY - last.y);
      last = { x: t.clientX, y: t.clientY };
      Module.ccall('app_on_touch', null, ['number', 'number', 'number', 'number'], [-1, -1, dx, dy]);
    }, { capture: true, passive: true });
    window.addEventListener('touchend', (e) => {
      if (!onCanvas(e)) return;
      e.stopImmediatePropagation();
      if (moved > 10) e.preventDefault();   // a drag: no emulated click afterwards
      last = null;
    }, { capture: true, passive: false });
    window.addEventListener('touchcancel', (e) => { if (onCanvas(e)) { e.stopImmediatePropagation(); last = null; } },
      { capture: true, passive: true });
  },
});
