// The DOM mirror: the app's semantics tree (src/app/semantics.h) as real, transparent
// HTML elements laid over the canvas, so screen readers, voice control and switch
// access find every control, heading, list and table the canvas shows.
//
// Contract with the app (patches are JSON from sem::Tree::end_frame, one per frame
// in which something changed; nothing while idle):
//   { full, title, lang, focus, nodes: [{ k, p, r, n, d, v, vn, l, s, c, x, y, w, h, sy, ch }] }
//   k key (stable across frames), p parent key (0 = root), r role, n name, d description,
//   v value (a link's address), vn progress 0–100, l heading level, s state bits,
//   c control id (focusable, clickable), x y w h CSS px relative to the parent
//   (to its content when it scrolls), sy / ch scroll offset and content height.
//   full: every node, in reading order (elements are reused by key, only what
//   differs is touched); else only the nodes that changed.
// Back to the app (wasm exports, src/platform/contracts.json):
//   app_semantic_focus(c)     an element got DOM focus (Tab in the browser, a screen reader)
//   app_semantic_activate(c)  an element was clicked (a screen reader's activate, voice control)
//   app_semantic_scroll(y)    the browser scrolled the main region (to bring an element into view)
// Keys stay with the app: keydown still reaches it first (emscripten's GLFW listens on window,
// capture phase), so Enter and Space must not also click the focused element here.
// Mirror elements never take the mouse (pointer-events: none): clicks land on the canvas.

const STATE = { checked: 1, selected: 2, disabled: 4, expanded: 8, collapsed: 16, current: 32, pressed: 64, modal: 128, hidden: 256 };

const TAGS = {
  banner: 'header', navigation: 'nav', main: 'main', region: 'section', group: 'div', dialog: 'div',
  text: 'p', status: 'p', progressbar: 'div', button: 'button', link: 'a', checkbox: 'input', radio: 'input',
  radiogroup: 'div', list: 'ul', listitem: 'li', table: 'table', row: 'tr', columnheader: 'th', rowheader: 'th',
  cell: 'td',
};
const IN_TABLE = new Set(['row', 'columnheader', 'rowheader', 'cell']);

function tagFor(node) {
  if (node.r === 'heading') return 'h' + Math.min(6, Math.max(1, node.l || 2));
  return TAGS[node.r] || 'div';
}

export function createMirror(root, call) {
  const records = new Map();     // key -> { el, node, tag }
  const byControl = new Map();   // control id -> record
  const descriptions = document.createElement('div');
  descriptions.hidden = true;    // aria-describedby targets: read, never shown
  descriptions.id = 'semantics-descriptions';
  root.appendChild(descriptions);
  let focusing = null;           // the element the app is focusing (its focusin is not news)
  let focusedControl = 0;        // the control the app says has focus
  let stats = { patches: 0, ms: 0, mutations: 0 };

  function describe(rec, key, text) {
    const id = 'sem-d-' + key;
    let d = document.getElementById(id);
    if (!text) {
      if (d) d.remove();
      rec.el.removeAttribute('aria-describedby');
      return;
    }
    if (!d) {
      d = document.createElement('span');
      d.id = id;
      descriptions.appendChild(d);
    }
    if (d.textContent !== text) d.textContent = text;
    rec.el.setAttribute('aria-describedby', id);
  }

  function create(node) {
    const tag = tagFor(node);
    const el = document.createElement(tag);
    el.dataset.k = node.k;
    switch (node.r) {
      case 'button': el.type = 'button'; break;
      case 'checkbox': el.type = 'checkbox'; break;
      case 'radio': el.type = 'radio'; break;
      case 'radiogroup': el.setAttribute('role', 'radiogroup'); break;
      case 'group': el.setAttribute('role', 'group'); break;
      case 'dialog': el.setAttribute('role', 'dialog'); break;
      case 'status': el.setAttribute('role', 'status'); break;
      case 'progressbar': el.setAttribute('role', 'progressbar'); el.setAttribute('aria-valuemin', '0'); el.setAttribute('aria-valuemax', '100'); break;
      case 'columnheader': el.scope = 'col'; break;
      case 'rowheader': el.scope = 'row'; break;
      case 'main': el.tabIndex = -1; break;   // focus lands here when its control goes away
    }
    return { el, tag, node: {}, inTable: IN_TABLE.has(node.r) };
  }

  const setAttr = (el, name, value) => {
    if (value === null || value === undefined || value === false) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== String(value)) {
      el.setAttribute(name, String(value));
    }
  };

  // Brings the element in line with the node, touching only what differs.
  function update(rec, n) {
    const o = rec.node, el = rec.el;
    const s = n.s || 0, so = o.s || 0;
    const name = n.n || '';
    if (name !== (o.n || '')) {
      if (el.tagName === 'INPUT') setAttr(el, 'aria-label', name || null);
      else if (['text', 'status', 'heading', 'button', 'link', 'columnheader', 'rowheader', 'cell'].includes(n.r)) el.textContent = name;
      else setAttr(el, 'aria-label', name || null);
    }
    if ((n.d || '') !== (o.d || '')) describe(rec, n.k, n.d || '');
    if (s !== so) {
      if (el.tagName === 'INPUT') el.checked = (s & STATE.checked) !== 0;
      if (n.r === 'button') setAttr(el, 'aria-pressed', (s & STATE.pressed) ? 'true' : null);
      setAttr(el, 'aria-current', (s & STATE.current) ? (n.r === 'button' ? 'page' : 'true') : null);
      setAttr(el, 'aria-disabled', (s & STATE.disabled) ? 'true' : null);
      setAttr(el, 'aria-expanded', (s & STATE.expanded) ? 'true' : (s & STATE.collapsed) ? 'false' : null);
      setAttr(el, 'aria-selected', (s & STATE.selected) ? 'true' : null);
      if (n.r === 'dialog') setAttr(el, 'aria-modal', (s & STATE.modal) ? 'true' : null);
      setAttr(el, 'aria-hidden', (s & STATE.hidden) ? 'true' : null);
    }
    if (n.r === 'link' && n.v !== o.v) {
      el.href = n.v || '#';
      if (n.v) { el.target = '_blank'; el.rel = 'noopener noreferrer'; }
    }
    if (n.r === 'progressbar' && (n.vn !== o.vn || n.v !== o.v)) {
      setAttr(el, 'aria-valuenow', n.vn ?? 0);
      setAttr(el, 'aria-valuetext', n.v || null);
    }
    if ((n.c || 0) !== (o.c || 0)) {
      if (o.c) byControl.delete(o.c);
      if (n.c) { byControl.set(n.c, rec); el.dataset.c = n.c; } else delete el.dataset.c;
    }
    // Table rows and cells keep the table's own layout; everything else sits on its rectangle.
    if (!rec.inTable && (n.x !== o.x || n.y !== o.y || n.w !== o.w || n.h !== o.h)) {
      el.style.left = n.x + 'px';
      el.style.top = n.y + 'px';
      el.style.width = n.w + 'px';
      el.style.height = n.h + 'px';
    }
    if (n.ch !== undefined && n.ch !== o.ch) {
      // A spacer as tall as the content lets the element scroll as far as the canvas does.
      if (!rec.spacer) {
        rec.spacer = document.createElement('div');
        rec.spacer.className = 'semantics-spacer';
        rec.spacer.setAttribute('aria-hidden', 'true');
        el.appendChild(rec.spacer);
      }
      rec.spacer.style.top = n.ch + 'px';
    }
    if (n.sy !== undefined && n.sy !== o.sy) {
      rec.appScroll = n.sy;
      if (Math.abs(el.scrollTop - n.sy) > 0.5) el.scrollTop = n.sy;
    }
    rec.node = n;
  }

  function place(rec, parentEl, after) {
    const want = after ? after.nextSibling : parentEl.firstChild;
    if (rec.el.parentNode !== parentEl || (want !== rec.el)) parentEl.insertBefore(rec.el, want);
  }

  function applyFull(nodes) {
    const keep = new Set(nodes.map((n) => n.k));
    for (const [k, rec] of records) {
      if (keep.has(k)) continue;
      if (rec.el === document.activeElement) focusMain();
      rec.el.remove();
      describe(rec, k, '');
      if (rec.node.c) byControl.delete(rec.node.c);
      records.delete(k);
    }
    const lastChild = new Map();   // parent key -> the element placed last under it
    for (const n of nodes) {
      let rec = records.get(n.k);
      if (rec && rec.tag !== tagFor(n)) {   // a heading changed level: a new element
        rec.el.remove();
        records.delete(n.k);
        rec = null;
      }
      if (!rec) {
        rec = create(n);
        records.set(n.k, rec);
      }
      update(rec, n);
      const parent = n.p ? records.get(n.p) : null;
      const parentEl = parent ? parent.el : root;
      place(rec, parentEl, lastChild.get(n.p) || (parentEl === root ? descriptions : null));
      lastChild.set(n.p, rec.el);
    }
    // A modal dialog keeps the rest out of reach (as the canvas does).
    const modal = nodes.find((n) => n.r === 'dialog' && (n.s & STATE.modal));
    for (const child of root.children) {
      if (child === descriptions) continue;
      const inert = Boolean(modal) && child.dataset.k !== String(modal.k);
      if (child.inert !== inert) child.inert = inert;
    }
  }

  // A changed node of an unchanged tree (a heading whose level changed gets a new element).
  function updateInPlace(n) {
    let rec = records.get(n.k);
    if (!rec) return;
    if (rec.tag !== tagFor(n)) {
      const fresh = create(n);
      rec.el.replaceWith(fresh.el);
      if (rec.node.c) byControl.delete(rec.node.c);
      records.set(n.k, fresh);
      rec = fresh;
    }
    update(rec, n);
  }

  function focusMain() {
    const main = root.querySelector('main');
    if (main) main.focus({ preventScroll: true });
  }

  function applyFocus(control) {
    focusedControl = control;
    if (!control) return;
    const rec = byControl.get(control);
    if (!rec || document.activeElement === rec.el) return;
    // Only when the page has the focus (not while a dialog's text area has it).
    const active = document.activeElement;
    if (active && active !== document.body && !root.contains(active) && active.id !== 'canvas') return;
    focusing = rec.el;
    rec.el.focus({ preventScroll: true });
    focusing = null;
  }

  // ---- From the app ------------------------------------------------------------------
  function apply(text) {
    const t0 = performance.now();
    const patch = JSON.parse(text);
    if (patch.title && document.title !== patch.title) document.title = patch.title;
    if (patch.lang && document.documentElement.lang !== patch.lang) document.documentElement.lang = patch.lang;
    if (patch.full) applyFull(patch.nodes);
    else for (const n of patch.nodes) updateInPlace(n);
    applyFocus(patch.focus);
    stats.patches += 1;
    stats.ms += performance.now() - t0;
  }

  // ---- From assistive technology --------------------------------------------------------
  const controlOf = (target) => {
    const el = target instanceof Element ? target.closest('[data-c]') : null;
    return el && root.contains(el) ? Number(el.dataset.c) : 0;
  };
  root.addEventListener('click', (e) => {
    const c = controlOf(e.target);
    if (!c) return;
    e.preventDefault();   // the app decides what a click does (and whether a box is ticked)
    call('app_semantic_activate', c);
  });
  root.addEventListener('focusin', (e) => {
    if (e.target === focusing) return;
    const c = controlOf(e.target);
    if (c && c !== focusedControl) call('app_semantic_focus', c);
  });
  // Enter and Space reach the app through its own key handling; a native click on
  // the focused element as well would act twice.
  for (const type of ['keydown', 'keyup', 'keypress']) {
    root.addEventListener(type, (e) => {
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') e.preventDefault();
    });
  }
  root.addEventListener('scroll', (e) => {
    const rec = e.target instanceof Element ? records.get(Number(e.target.dataset.k)) : null;
    if (!rec || rec.appScroll === undefined) return;
    if (Math.abs(e.target.scrollTop - rec.appScroll) > 1) call('app_semantic_scroll', e.target.scrollTop);
  }, true);

  return { apply, stats: () => ({ ...stats, nodes: records.size }) };
}
