// qualichart loader: the one script a page needs.
//
//   <link rel="stylesheet" href="…/qualichart/qualichart.css">   (optional: added if missing)
//   <script type="module" src="…/qualichart/qualichart.js"></script>
//
// It mounts a chart in every <div data-qualichart data-src="…" data-class="GTP"> and every
// <quali-chart src="…" class-id="GTP"> (data-colour-by / colour-by="manufacturer" or "team"
// colours the cars by make or team), including ones added to the page later, and gives the
// host page a small API: window.qualichart.highlight / compare / clear / render, a URL hash
// (#qc=31 lights up #31, #qc=31,01 compares them), and the chart's download buttons.
// A prerendered chart answers pointing and tapping itself (its cars' details are in the page)
// and loads its module and session only when the reader asks for more (data-loading="near" to
// load it as it comes near the viewport, "eager" at once); one without a static chart at once.
// Each live chart lives in its element's shadow root, with the stylesheet linked inside, so
// the page's CSS and the chart's never mix. No inline script and no eval: it works under
// script-src 'self' 'wasm-unsafe-eval'.

import init, { attach, render } from './qualichart-wasm.js';

const CHARTS = '[data-qualichart], quali-chart';
const here = import.meta.url;
const stylesheet = new URL('qualichart.css', here).href;

// In the page too, unless it is linked already: it styles the static fallback before the
// live chart (which links it in its own shadow root) takes over.
if (!document.querySelector('link[href$="qualichart.css"]')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  document.head.append(link);
}

/** Where a chart element's live chart is: its shadow root, or the element itself. */
function inside(element) {
  return element.shadowRoot || element;
}

// The module (the wasm and its bindings) starts loading when the first chart needs it, not
// with the page: a page whose charts are all below the fold and never scrolled to costs this
// script and the stylesheet alone.
let module;
function start() {
  module ??= init({ module_or_path: new URL('qualichart-wasm_bg.wasm', here) });
  return module;
}

const mounted = new WeakSet();
const started = new WeakSet();

// A chart the page shipped prerendered (`qualichart prerender`) is already drawn, with each
// car's details beside it (`<template data-qc-details>`, src/widget/ssr.rs): pointing at or
// tapping a car shows them, and opening the table is the browser's own, so a reader who reads
// the chart that way costs this script and the stylesheet alone. Its module and session load
// when the reader asks for more: a click on a control (a class, a car to compare), focus from
// the keyboard, or a page's command. A chart marked `data-loading="near"` (`loading="near"` on
// <quali-chart>), a live one, or one shipped without details loads when it comes within about
// a screen of the viewport, or on the reader's first pointer, touch or focus on it. A chart
// without a static one (nothing to show until the module draws it), or one marked
// `data-loading="eager"`, loads at once; so does a "near" one in a browser without
// IntersectionObserver.
const NEAR = { rootMargin: '100% 0px' };
let near;
const answering = new WeakSet();

/** `name` on a chart element: `data-name` on a <div data-qualichart>, `name` on <quali-chart>. */
function option(element, name) {
  return element.getAttribute(element.localName === 'quali-chart' ? name : `data-${name}`);
}

function mount(element) {
  if (mounted.has(element)) return;
  mounted.add(element);
  const drawn = element.querySelector(':scope > [data-qc-fallback]');
  if (drawn) watchReader(element);
  const details = drawn?.querySelector('template[data-qc-details]');
  // The static chart's details and controls, unseen without script, are the reader's now.
  if (details) drawn.setAttribute('data-qc-answers', '');
  const asked = option(element, 'loading');
  if (!drawn || asked === 'eager') {
    load(element);
    return;
  }
  const live = option(element, 'live') !== null;
  if (asked !== 'near' && !live && details) {
    answering.add(element);
    return;
  }
  loadNear(element);
}

/** Loads `element` when it comes within a screen of the viewport (at once without the API). */
function loadNear(element) {
  answering.delete(element);
  if (!('IntersectionObserver' in window)) {
    load(element);
    return;
  }
  near ??= new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) load(entry.target);
  }, NEAR);
  near.observe(element);
}

function load(element) {
  if (started.has(element)) return;
  started.add(element);
  near?.unobserve(element);
  // Until the live chart takes over (it removes the static one), the static one says it is busy.
  element.querySelector(':scope > [data-qc-fallback]')?.setAttribute('aria-busy', 'true');
  const early = request(element);
  Promise.all([start(), wordsOf(element)])
    .then(([, words]) => {
      say(attach(element, stylesheet, early?.src, early?.response, early?.controller, words));
      theme(element);
    })
    .catch((error) => {
      early?.controller.abort();
      failed(element, error);
    });
}

// What the reader does on a static chart before its live one is ready is not lost: the car
// last pointed at or tapped is lit up (its details shown) when the live chart takes over, a
// part opened ("Show as table") is open in it, keyboard focus that was in the static chart is
// on the same control of the live one, the control last clicked (a class, a car picked to
// compare, the replay's play button, the CSV link) is clicked there, and the moment the replay's
// slider was moved to is shown. Pointing at or tapping a car shows its details on the static
// chart at once. Whatever the static chart cannot answer starts the chart loading.
const READER_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'toggle', 'click', 'input', 'change'];
/** The static chart's replay slider. */
const SLIDER = '[data-qc="replay"] input[type="range"]';
const readers = new WeakMap();

function watchReader(element) {
  const reader = { car: null, focus: null, click: null, seek: null, open: new Set() };
  reader.listen = (event) => {
    const target = event.target;
    const car = target.closest?.('[data-car]')?.getAttribute('data-car');
    const type = event.type;
    if (car) reader.car = car;
    // A car the static chart has no details for (past the first 60) is the live chart's.
    const looked = car && (type === 'pointerover' || type === 'pointerdown');
    const shown = looked && showDetails(element, car);
    if (type === 'focusin') reader.focus = focusKey(target);
    if (type === 'toggle' && target.dataset?.qc) {
      reader.open[target.open ? 'add' : 'delete'](target.dataset.qc);
    }
    // A finger's tap on a car is a look at its details (as on the live chart); a mouse's
    // click picks it for comparison, which only the live chart can do.
    const tap = type === 'click' && car && event.pointerType === 'touch';
    const key = type === 'click' && !tap ? clickKey(target) : null;
    if (key) reader.click = key;
    // The CSV link is made by the live chart when it is clicked: here it is only a promise
    // (`href="#"`), kept, and clicked again there.
    if (key && target.closest('a[data-qc="data-csv"]')) event.preventDefault();
    // The replay's slider moved: the live chart shows that moment. Pressing on it starts the
    // module loading, while the reader drags.
    const slider = target.matches?.(SLIDER);
    const edited = type === 'input' || type === 'change';
    if (slider && edited) reader.seek = target.value;
    // The static chart answers these itself; a click on nothing the live chart does otherwise
    // (the table's disclosure, a link) and focus that follows a mouse are not asking for more.
    const answered = (looked ? shown : type === 'pointerover' || (type === 'pointerdown' && !slider))
      || type === 'toggle' || tap || (type === 'click' && !key)
      || (edited && !slider)
      || (type === 'focusin' && !byKeyboard(target));
    if (!(answered && answering.has(element))) load(element);
  };
  // Focus that leaves for elsewhere on the page is the reader's own move: it stays there.
  reader.leave = (event) => {
    if (event.relatedTarget && !element.contains(event.relatedTarget)) reader.focus = null;
  };
  // `toggle` does not bubble: the listeners capture.
  // Passive, but for the click, which may be the CSV link's (above).
  for (const type of READER_EVENTS) element.addEventListener(type, reader.listen, { capture: true, passive: type !== 'click' });
  element.addEventListener('focusout', reader.leave, true);
  readers.set(element, reader);
}

/** True when `node` has focus the keyboard gave it (`:focus-visible`; so taken where unknown). */
function byKeyboard(node) {
  try {
    return node.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** A selector for the same control in the live chart as `node` in the static one. */
function focusKey(node) {
  const car = node.closest('[data-car]');
  if (car) return `[data-car="${CSS.escape(car.getAttribute('data-car'))}"][tabindex]`;
  // A class button and a download button are named by what they do.
  for (const attribute of ['data-qc-class', 'data-qc-download']) {
    const value = node.getAttribute(attribute);
    if (value != null) return `${node.localName}[${attribute}="${CSS.escape(value)}"]`;
  }
  const role = node.getAttribute('role');
  const self = node.localName + (role ? `[role="${CSS.escape(role)}"]` : '');
  const part = node.closest('[data-qc]');
  if (!part) return null;
  const named = `[data-qc="${CSS.escape(part.dataset.qc)}"]`;
  return part === node ? self + named : `${named} ${self}`;
}

/**
 * The control `node` is in, as a selector and its place among the static chart's matches, to
 * click the same one on the live chart: a car's mark, a button (a class, "Compare") or the CSV
 * link, which the live chart makes. Other links, the table's disclosure and the SVG and PNG
 * downloads do what they do without the module; they are not clicked again.
 */
function clickKey(node) {
  const control = node.closest('[data-car]') || node.closest('button') || node.closest('a[data-qc="data-csv"]');
  // The SVG and PNG downloads are this script's own, from the chart on screen, static or live.
  if (!control || control.hasAttribute('data-qc-download')) return null;
  const css = focusKey(control);
  if (!css) return null;
  const scope = control.closest('.qc-at-wide, .qc-at-narrow, [data-qc-fallback]');
  return { css, nth: Math.max(0, [...(scope?.querySelectorAll(css) ?? [])].indexOf(control)) };
}

/**
 * Shows `car`'s details on `element`'s static chart, from the templates it shipped with; false
 * when it has none for that car.
 */
function showDetails(element, car) {
  const drawn = element.querySelector(':scope > [data-qc-fallback]');
  const template = drawn?.querySelector(`template[data-qc-details="${CSS.escape(car)}"]`);
  const panel = template?.content.firstElementChild;
  if (!panel) return false;
  for (const row of drawn.querySelectorAll('.qc-row[data-car]')) {
    row.classList.toggle('qc-active', row.getAttribute('data-car') === car);
  }
  // The panel's content changes in place: it is a polite live region, as on the live chart.
  for (const details of drawn.querySelectorAll('[data-qc="details"]')) {
    details.replaceChildren(...panel.cloneNode(true).childNodes);
  }
  return true;
}

/** Once `element`'s live chart listens: what its reader did on the static chart, done again. */
function replayReader(element) {
  const reader = readers.get(element);
  if (!reader) return;
  readers.delete(element);
  for (const type of READER_EVENTS) element.removeEventListener(type, reader.listen, true);
  element.removeEventListener('focusout', reader.leave, true);
  if (reader.car) tell(element, { action: 'highlight', cars: [reader.car] });
  // After the live chart is shown and the static one removed (the same turn as this event).
  requestAnimationFrame(() => {
    const live = inside(element).querySelector('.qc-live');
    if (!live) return;
    for (const part of reader.open) {
      const details = live.querySelector(`details[data-qc="${CSS.escape(part)}"]`);
      if (details) details.open = true;
    }
    // The moment the reader chose on the static slider, set on the live one as if dragged
    // there: the widget reads it as it reads the reader's own (`src/widget/replay.rs`).
    const moved = reader.seek != null && live.querySelector(SLIDER);
    if (moved) {
      moved.value = reader.seek;
      moved.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const lost = !document.activeElement || document.activeElement === document.body;
    const control = reader.focus && (live.querySelector(reader.focus) || live.querySelector('[data-car][tabindex="0"]'));
    if (lost && control) control.focus();
    // The click last, a frame later: after the highlighted car's details are drawn.
    if (reader.click) {
      requestAnimationFrame(() => live.querySelectorAll(reader.click.css)[reader.click.nth]?.click());
    }
  });
}

// The session starts downloading while the wasm module loads, instead of after it. The widget
// takes the request over (src/widget/fetch.rs), with its timeout and checks, as if it had made
// it; if the chart loads another source after all (src/widget/mount.rs decides which
// attribute, and an editor's ?src= preview), it aborts this one.
function request(element) {
  const src = option(element, 'src');
  if (!src) return null;
  const controller = new AbortController();
  const response = fetch(src, { signal: controller.signal });
  // A failure is the widget's to report, in the chart; it is not an unhandled rejection.
  response.catch(() => {});
  return { src, response, controller };
}

// The chart's language is `lang` on its element or nearest ancestor (the page's <html lang>).
// A language other than English is a file of words beside this script (lang/fr.ftl), fetched
// once a page, only when a chart asks for it, while the module loads. Which languages exist is
// the module's to say (src/core/lang): a language without a file costs one request that
// answers 404, and the chart speaks English (said once on the console).
const wordFiles = new Map();
function wordsOf(element) {
  const tag = element.closest('[lang]')?.getAttribute('lang') ?? '';
  const code = tag.trim().split(/[-_]/)[0].toLowerCase();
  if (!/^[a-z]{2,3}$/.test(code) || code === 'en') return undefined;
  if (!wordFiles.has(code)) {
    const file = fetch(new URL(`lang/${code}.ftl`, here))
      .then((response) => (response.ok ? response.text() : undefined))
      .catch(() => undefined);
    wordFiles.set(code, file);
  }
  return wordFiles.get(code);
}

// What the widget says about a chart drawn otherwise than its page asked (in English for want
// of its language; coloured by class for a data-colour-by it does not know), one note a line:
// said once a page on the console, never shown as an error.
const said = new Set();
function say(notes) {
  for (const note of notes ? notes.split('\n') : []) {
    if (said.has(note)) continue;
    said.add(note);
    console.info(note);
  }
}

// A module that fails to load (an old browser, a blocked .wasm) leaves the server-rendered
// chart in place and says why, instead of a blank box.
function failed(element, error) {
  element.querySelector(':scope > [data-qc-fallback]')?.removeAttribute('aria-busy');
  const note = document.createElement('p');
  note.className = 'qc-error';
  note.dataset.qc = 'error';
  note.setAttribute('role', 'alert');
  note.textContent = 'The interactive chart could not start: ' + (error && error.message ? error.message : error);
  element.append(note);
}

// A site's light or dark mode, as `data-theme` on the chart element or an ancestor, reaches
// the live chart: the stylesheet inside its shadow root cannot see the page's attributes, so
// the value is copied onto the chart's box, when it mounts and whenever the page changes it.
function theme(element) {
  const live = inside(element).querySelector('.qc-live');
  const source = element.closest('[data-theme]');
  if (!live) return;
  if (source) live.dataset.theme = source.dataset.theme;
  else delete live.dataset.theme;
}
new MutationObserver(() => document.querySelectorAll(CHARTS).forEach(theme)).observe(
  document.documentElement, { attributes: true, attributeFilter: ['data-theme'], subtree: true });

function scan(root) {
  if (root.matches && root.matches(CHARTS)) mount(root);
  if (root.querySelectorAll) root.querySelectorAll(CHARTS).forEach(mount);
}

class QualiChartElement extends HTMLElement {
  connectedCallback() {
    mount(this);
  }
}
if (!customElements.get('quali-chart')) customElements.define('quali-chart', QualiChartElement);

scan(document);
new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach(scan);
}).observe(document.documentElement, { childList: true, subtree: true });

// ---- Host-page API --------------------------------------------------------------------------

function targets(where) {
  if (!where) return [...document.querySelectorAll(CHARTS)];
  if (typeof where === 'string') return [...document.querySelectorAll(where)];
  return [where];
}

// The chart listens on its <figure>; one that is still loading hears the latest page-wide
// command when it is ready (it announces itself with a bubbling `qualichart-ready` event), and
// a command addressed to it alone starts it loading and waits for it the same way.
let pending = null;
const listening = new WeakSet();
const later = new WeakMap();

/** Sends `command` to the live chart(s) of a chart element. */
function tell(element, command) {
  inside(element).querySelectorAll('figure.qc-chart').forEach((figure) =>
    figure.dispatchEvent(new CustomEvent('qualichart-command', { detail: command })));
}

function send(action, cars, where, extra) {
  const list = (Array.isArray(cars) ? cars : [cars]).filter((c) => c != null).map(String);
  const command = { action, cars: list, ...extra };
  if (!where) pending = command;
  for (const element of targets(where)) {
    if (where && !listening.has(element) && element.matches(CHARTS)) {
      later.set(element, command);
      load(element);
    } else {
      tell(element, command);
      // A page-wide command reaches a static chart that answers the reader itself: one car lit
      // up is its details shown there (when it has them); anything more needs the live chart,
      // loaded as it comes near the viewport.
      if (!where && answering.has(element) && action !== 'clear') {
        const one = action === 'highlight' && list.length === 1 ? list[0] : null;
        const drawn = one != null && element.querySelector(`[data-car="${CSS.escape(one)}"]`);
        if (one == null || (drawn && !showDetails(element, one))) loadNear(element);
      }
    }
  }
}

// The event comes out of the chart's shadow root: its target is the chart element.
document.addEventListener('qualichart-ready', (event) => {
  const element = event.target;
  listening.add(element);
  if (pending) tell(element, pending);
  if (later.has(element)) tell(element, later.get(element));
  later.delete(element);
  replayReader(element);
});

window.qualichart = {
  /** Light up one car (`'31'`) in every chart, or in `where` (an element or a selector). */
  highlight: (car, where) => send('highlight', car, where),
  /** Compare 2 to 4 cars (`['31', '01']`). */
  compare: (cars, where) => send('compare', cars, where),
  /** Clear the comparison. */
  clear: (where) => send('clear', [], where),
  /** Make charts live: re-read their session every `seconds` (30 when `true`), or stop (`false`). */
  live: (seconds, where) => send('live', [], where, { seconds }),
  /** Show the session as it stood at session time `at` (`'45:00'`); `null` for now. */
  seek: (at, where) => send('seek', [], where, { at: at == null ? 'end' : String(at) }),
  /** Start the live chart of every chart element, or of `where`, now (not waiting for the reader). */
  load: (where) => targets(where).forEach((element) => element.matches?.(CHARTS) && load(element)),
  /**
   * Draw a session object (the JSON's shape) in `element`, showing `classId` first; options:
   * `{colourBy: 'manufacturer'}` (or `'team'`, `'class'`).
   */
  render: (element, session, classId, options) =>
    Promise.all([start(), wordsOf(element)]).then(([, words]) => {
      const colourBy = options?.colourBy == null ? undefined : String(options.colourBy);
      say(render(element, session, classId ?? undefined, stylesheet, words, colourBy));
      theme(element);
    }),
  /** The module, loaded (asking for it starts loading it, if no chart has yet). */
  get ready() {
    return start();
  },
};

/**
 * What a `#qc=` hash names: cars (`#qc=31`, `#qc=31,01`) and a moment of the session
 * (`#qc=@45:00`, `#qc=31,01@45:00`); nothing for a hash without one or a malformed one.
 */
function fromLink(hash) {
  const match = /(?:^#|&)qc=([^&]*)/.exec(hash);
  if (!match) return { cars: [] };
  let text;
  try {
    text = decodeURIComponent(match[1]);
  } catch {
    // `#qc=%`: anyone can write a link; a broken one is ignored, not thrown at the top level,
    // which would stop this script before the downloads and the iframe's height are set up.
    return { cars: [] };
  }
  const [cars, at] = text.split('@');
  return { cars: cars.split(',').map((c) => c.trim()).filter(Boolean), at: at && at.trim() };
}

// #qc=31 highlights #31; #qc=31,01 compares; @45:00 shows the session at that moment. The
// first chart that has the car scrolls into view.
function fromHash() {
  const { cars, at } = fromLink(location.hash);
  if (!cars.length && !at) return;
  const extra = at ? { at } : {};
  send(cars.length > 1 ? 'compare' : cars.length ? 'highlight' : 'seek', cars, undefined, extra);
  if (!cars.length) return;
  const mark = `[data-car="${CSS.escape(cars[0])}"]`;
  const chart = [...document.querySelectorAll(CHARTS)].find((c) => inside(c).querySelector(mark));
  if (chart) chart.scrollIntoView({ block: 'center' });
}
window.addEventListener('hashchange', fromHash);
fromHash();

// ---- Downloads ------------------------------------------------------------------------------

// The code that makes the files is a module of its own (downloads.js), fetched on the first
// download: most readers never press the buttons.
let downloads;
document.addEventListener('click', (event) => {
  // The click comes from inside a chart's shadow root: its path says which button and chart.
  const path = event.composedPath();
  const button = path.find((n) => n.matches && n.matches('[data-qc-download]'));
  const chart = path.find((n) => n.matches && n.matches(CHARTS));
  if (!button || !chart) return;
  // The live chart's, else the static one's on screen (its phone or its wide layout).
  const svg = inside(chart).querySelector('.qc-live svg.qc-svg')
    || [...chart.querySelectorAll('[data-qc-fallback] svg.qc-svg')].find((s) => s.getBoundingClientRect().width > 0);
  if (!svg) return;
  downloads = downloads || import(new URL('downloads.js', here).href);
  // Named as the chart names its CSV (`data-qc-file`, src/widget/app.rs), with the chart's
  // title, legend and credit line (source and byline) in the file, as text.
  const figure = svg.closest('figure');
  const name = figure?.dataset.qcFile || 'qualichart';
  const words = {
    title: figure?.querySelector('.qc-title')?.textContent ?? '',
    credit: figure?.querySelector('[data-qc=credit]')?.textContent ?? '',
    // The legend of a chart coloured by make or team: which colour is which, in the file too.
    legend: [...(figure?.querySelectorAll('[data-qc=legend] li') ?? [])].map((item) => ({
      colour: item.querySelector('rect')?.getAttribute('fill') ?? '',
      name: item.textContent.trim(),
    })),
  };
  downloads.then((module) => module.download(button.dataset.qcDownload, svg, name, stylesheet, words));
});
