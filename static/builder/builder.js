// The editor's page (builder.html): the organiser's files and the editor's words in, a chart
// out: the session file to upload, the code of the three embeds, the static chart.
//
// The work is the page's own wasm module (src/bin/qualichart-builder.rs): the importer the CLI
// runs (detection by content, the merge by car number), the editor's fields applied over the
// files as an overlay, the core's checks, the embed code, and Yew's server renderer for the
// static chart. This script only reads the form, places answers and problems, and makes the
// downloads. Nothing leaves the machine: files are read from disk with File.arrayBuffer(), and
// after the page and its two modules have loaded it makes no request at all (the preview's
// stylesheet is linked once, at the start), so it goes on working offline. No inline script,
// no eval: it runs under the demo's strict Content-Security-Policy.

import init, { build, compare_problem as compareProblem, embeds, fallback, kind, languages, prepare, preview } from './qualichart-builder.js';

const here = import.meta.url;
const $ = (id) => document.getElementById(id);

const state = {
  /** The files in the order added: `{name, bytes, kind}` or `{name, bytes, error}`. */
  files: [],
  /** What the files alone say (the module's summary), to fill the form; `null` until they merge. */
  said: null,
  /** The session being made: `{json, summary}`; `null` while there is none. */
  built: null,
  /** The fields and sections the editor has changed: files added later do not overwrite them. */
  dirty: new Set(),
  /** Notes the editor typed, by car number. */
  notes: new Map(),
  /** The static chart of `built`, for the element embeds. */
  fallback: '',
};

const WORDS = ['title', 'event', 'session', 'series', 'date', 'track', 'source', 'byline'];
const SESSION_URL_EXAMPLE = 'https://data.example.com/sessions/qualifying.json';

// ---- Start ----------------------------------------------------------------------------------

try {
  await init({ module_or_path: new URL('qualichart-builder_bg.wasm', here) });
  prepare($('preview'), [new URL('../qualichart/qualichart.css', here).href, new URL('preview.css', here).href]);
  $('starting').hidden = true;
} catch (error) {
  $('starting').textContent = 'The builder could not start: ' + (error && error.message ? error.message : error);
  throw error;
}
$('f-host').value = new URL('.', location.href).href;
$('f-lang').replaceChildren(
  ...JSON.parse(languages()).map((l) => element('option', { value: l.code, lang: l.code }, l.name)),
);

// ---- Files ----------------------------------------------------------------------------------

async function addFiles(list) {
  for (const file of list) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    state.files.push({ name: file.name, bytes, ...JSON.parse(kind(bytes)) });
  }
  filesChanged();
}

function removeFile(index) {
  state.files.splice(index, 1);
  filesChanged();
  $('files').focus();
}

/** Lists the files, each with its kind or its problem (line and column, the CLI's words). */
function listFiles() {
  const list = $('file-list');
  list.replaceChildren(
    ...state.files.map((file, index) => {
      const item = element('li', { class: file.error ? 'file bad' : 'file' });
      const name = element('span', { class: 'name' }, file.name);
      const about = element('span', { class: file.error ? 'error' : 'kind', id: `file-${index}-about` },
        file.error ? `${file.error}` : file.kind);
      const remove = element('button', { type: 'button', class: 'secondary small', 'aria-describedby': `file-${index}-about` }, 'Remove');
      remove.setAttribute('aria-label', `Remove ${file.name}`);
      remove.addEventListener('click', () => removeFile(index));
      item.append(name, about, remove);
      return item;
    }),
  );
}

/** After a file is added or removed: the files alone, to fill the form, then the session. */
function filesChanged() {
  listFiles();
  state.said = null;
  const bad = state.files.findIndex((f) => f.error);
  if (bad >= 0) {
    const file = state.files[bad];
    stop(`${file.name}: ${file.error}`, 'Fix or remove the file marked in the list.');
    return;
  }
  if (!state.files.length) {
    stop(null, "Add the organiser's files to see the chart.");
    return;
  }
  const answer = JSON.parse(build(bytes(), undefined));
  if (answer.problem) {
    const { file, message } = answer.problem;
    stop(file == null ? message : `${state.files[file].name}: ${message}`, 'These files do not make a session.');
    return;
  }
  state.said = answer.summary;
  fill(answer.summary);
  rebuild();
}

function bytes() {
  return state.files.map((file) => file.bytes);
}

$('files').addEventListener('change', (event) => {
  addFiles([...event.target.files]);
  event.target.value = '';
});
const drop = $('drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  addFiles([...event.dataTransfer.files]);
});
// A file dropped beside the zone is not opened in place of the page (and the form with it).
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => event.preventDefault());

// ---- The form -------------------------------------------------------------------------------

/** Fills what the editor has not changed with what the files say. */
function fill(said) {
  for (const name of WORDS) {
    if (!state.dirty.has(name)) $(`f-${name}`).value = said.fields[name] ?? '';
  }
  const show = $('f-show').value;
  $('f-show').replaceChildren(
    element('option', { value: '' }, 'All classes'),
    ...said.classes.map((c) => element('option', { value: c.id }, c.name || '(no class)')),
  );
  $('f-show').value = said.classes.some((c) => c.id === show) ? show : '';
  fillClasses(said.classes);
  if (!state.dirty.has('records')) fillRecords(said.records);
  else refreshRecordClasses();
  fillCars(said.cars);
}

/** A row a class: its id, the name shown and its colour (the files' until the editor changes
 *  one; the colours as drawn, made legible on both themes). */
function fillClasses(classes) {
  const kept = new Map([...$('classes').querySelectorAll('.class-row')].map((row) => [row.dataset.id, row]));
  const head = element('div', { class: 'class-head', 'aria-hidden': 'true' });
  head.append(element('span', {}, 'Class'), element('span', {}, 'Name shown'), element('span', {}, 'Colour'));
  $('classes').replaceChildren(
    ...(classes.length ? [head] : []),
    ...classes.map((c, i) => {
      if (state.dirty.has('classes') && kept.has(c.id)) return kept.get(c.id);
      const row = element('div', { class: 'class-row', 'data-id': c.id });
      const label = c.id || '(no class)';
      row.append(
        element('span', { class: 'class-id' }, label),
        field(`c-${i}-name`, `Name of ${label}`, element('input', { value: c.name, maxlength: '100', 'data-path': `classes[${i}].name` }), true),
        field(`c-${i}-color`, `Colour of ${label}`, element('input', { type: 'color', value: c.color, 'data-path': `classes[${i}].color` }), true),
      );
      return row;
    }),
  );
}

function recordClassOptions(selected) {
  const classes = state.said ? state.said.classes : [];
  const select = element('select', {});
  select.append(element('option', { value: '' }, 'All classes'), ...classes.map((c) => element('option', { value: c.id }, c.name || '(no class)')));
  select.value = classes.some((c) => c.id === selected) ? selected : '';
  return select;
}

function refreshRecordClasses() {
  for (const row of $('records').children) {
    const old = row.querySelector('select');
    const select = recordClassOptions(old.value);
    select.id = old.id;
    old.replaceWith(select);
  }
}

let recordCount = 0;
function recordRow(record = {}) {
  const n = recordCount++;
  const row = element('fieldset', { class: 'row record-row' });
  row.append(element('legend', {}, 'Record line'));
  const select = recordClassOptions(record.class ?? '');
  row.append(
    field(`r-${n}-class`, 'Class', select),
    field(`r-${n}-time`, 'Time', element('input', { value: record.time ?? '', name: 'time', placeholder: '1:32.656', inputmode: 'decimal', maxlength: '20', required: '' })),
    field(`r-${n}-label`, 'Label', element('input', { value: record.label ?? '', name: 'label', placeholder: 'Qualifying record', maxlength: '100' })),
    field(`r-${n}-driver`, 'Driver', element('input', { value: record.driver ?? '', name: 'driver', maxlength: '100' })),
    field(`r-${n}-car`, 'Car', element('input', { value: record.car ?? '', name: 'car', maxlength: '100' })),
    field(`r-${n}-year`, 'Year', element('input', { value: record.year ?? '', name: 'year', type: 'number', min: '1900', max: '2100', step: '1' })),
  );
  const remove = element('button', { type: 'button', class: 'secondary small' }, 'Remove');
  remove.setAttribute('aria-label', 'Remove this record line');
  remove.addEventListener('click', () => {
    row.remove();
    state.dirty.add('records');
    rebuild();
    $('add-record').focus();
  });
  row.append(remove);
  return row;
}

function fillRecords(records) {
  $('records').replaceChildren(...records.map((r) => recordRow(r)));
}

$('add-record').addEventListener('click', () => {
  const row = recordRow();
  $('records').append(row);
  state.dirty.add('records');
  row.querySelector('input').focus();
});

function fillCars(cars) {
  const chosen = $('f-car').value;
  $('f-car').replaceChildren(
    ...cars.map((car) => element('option', { value: car.number }, `#${car.number}${car.driver ? ' ' + car.driver : ''}${car.class ? ' (' + car.class + ')' : ''}`)),
  );
  if (cars.some((car) => car.number === chosen)) $('f-car').value = chosen;
  showNote();
}

function showNote() {
  const number = $('f-car').value;
  const car = state.said && state.said.cars.find((c) => c.number === number);
  $('f-note').value = state.notes.get(number) ?? (car && car.note) ?? '';
}
$('f-car').addEventListener('change', showNote);
$('f-note').addEventListener('input', () => {
  if ($('f-car').value) state.notes.set($('f-car').value, $('f-note').value);
});

/** The editor's fields as a partial session JSON: the last file of the import, an overlay. */
function overlay() {
  const out = { format: 'qualichart/1' };
  for (const name of ['title', 'event', 'session', 'series', 'date', 'source', 'byline']) {
    const value = $(`f-${name}`).value.trim();
    if (value) out[name] = value;
  }
  const track = $('f-track').value.trim();
  if (track) out.track = { name: track };
  // The files' class list stands unless the editor changed one (the overlay's list replaces it).
  if (state.dirty.has('classes')) {
    out.classes = [...$('classes').querySelectorAll('.class-row')].map((row) => {
      const [name, color] = row.querySelectorAll('input');
      const c = { id: row.dataset.id, color: color.value };
      if (name.value.trim()) c.name = name.value.trim();
      return c;
    });
  }
  if (state.dirty.has('records')) {
    // Each sent line's fields carry its place in the list (`records[0].time`), where the core
    // names a problem.
    out.records = [];
    for (const row of $('records').children) {
      const value = (name) => row.querySelector(`[name=${name}]`).value.trim();
      if (!['time', 'label', 'driver', 'car', 'year'].some(value)) continue;
      const at = `records[${out.records.length}]`;
      row.querySelectorAll('[name]').forEach((input) => (input.dataset.path = `${at}.${input.name}`));
      row.querySelector('select').dataset.path = `${at}.class`;
      const record = {};
      if (row.querySelector('select').value) record.class = row.querySelector('select').value;
      for (const name of ['time', 'label', 'driver', 'car']) if (value(name)) record[name] = value(name);
      if (value('year')) record.year = Number(value('year'));
      out.records.push(record);
    }
  }
  const notes = [...state.notes].filter(([, note]) => note.trim()).map(([number, note]) => ({ number, note: note.trim() }));
  if (notes.length) out.entries = notes;
  return out;
}

document.addEventListener('input', (event) => {
  const target = event.target;
  if (!target.closest || target.id === 'files') return;
  if (target.closest('#step-words')) state.dirty.add(target.name);
  if (target.closest('#classes')) state.dirty.add('classes');
  if (target.closest('#records')) state.dirty.add('records');
  if (target.closest('#editor')) later(rebuild);
  else if (target.closest('#publish')) later(outputs);
});
document.addEventListener('change', (event) => {
  const target = event.target;
  if (target.id === 'f-show' || target.id === 'f-lang' || target.id === 'f-colour' || target.id === 'f-compare' || target.closest?.('#records')) {
    if (target.closest?.('#records')) state.dirty.add('records');
    rebuild();
  }
  if (target.id === 'f-static') outputs();
});

const timers = new Map();
/** Runs `task` once typing pauses, so a long session is not rebuilt at every key. Each task
 *  waits on its own: typing the address must not cancel the rebuild a note is waiting for. */
function later(task) {
  clearTimeout(timers.get(task));
  timers.set(
    task,
    setTimeout(() => {
      timers.delete(task);
      task();
    }, 250),
  );
}

/** Runs now what waits for typing to pause, and waits for the outputs: a download or a copy
 *  pressed straight after typing has the latest words. */
async function settle() {
  const waiting = [...timers.keys()];
  for (const task of waiting) clearTimeout(timers.get(task));
  timers.clear();
  if (waiting.includes(rebuild)) rebuild();
  else if (waiting.includes(outputs)) outputs();
  await made;
}

// ---- The session, the preview and the problems -------------------------------------------------

/** Makes the session from the files and the fields, draws it, and refreshes the outputs. */
function rebuild() {
  clearTimeout(timers.get(rebuild));
  timers.delete(rebuild);
  clearFieldProblems();
  if (!state.said) return;
  const answer = JSON.parse(build(bytes(), JSON.stringify(overlay())));
  if (answer.problem) {
    const { at, file, message, beside } = answer.problem;
    const place = at && findField(at);
    if (place) markField(place, beside);
    const name = file == null ? null : state.files[file].name;
    stop(name ? `${name}: ${message}` : message, place ? 'Fix the field marked in the form.' : 'The session cannot be made.', true);
    return;
  }
  const { class: shown, lang, colourBy, compare } = attributes();
  // The cars to compare, checked as `render --compare` checks them: a car the session does not
  // have is told beside the field, as a bad record time is.
  const wrong = compare && compareProblem(answer.json, compare);
  if (wrong) {
    markField($('f-compare'), wrong);
    stop(`Compare cars: ${wrong}`, 'Fix the field marked in the form.', true);
    return;
  }
  state.built = answer;
  $('problem').hidden = true;
  $('problem').textContent = '';
  $('preview').hidden = false;
  preview($('preview'), answer.json, shown, lang, colourBy, compare);
  const s = answer.summary;
  const option = $('f-show').selectedOptions[0];
  const laps = s.laps ? `, ${s.laps.toLocaleString('en')} laps` : '';
  $('status').textContent = `${s.cars.length} cars${laps}. Showing ${shown ? option.textContent : 'all classes'}, in ${$('f-lang').selectedOptions[0].textContent}.`;
  outputs();
}

/** No session for now: says why (`problem`, announced) and what to do, and turns the outputs
 *  off. A problem in a field keeps the last chart in view (`keep`), as it was before the typo. */
function stop(problem, status, keep = false) {
  state.built = null;
  generation++;
  $('status').textContent = status;
  $('problem').hidden = !problem;
  $('problem').textContent = problem ?? '';
  if (!keep) $('preview').hidden = true;
  for (const button of document.querySelectorAll('#publish button')) button.disabled = true;
  for (const area of document.querySelectorAll('#publish textarea')) area.value = '';
}

/** The form control a field path names (`records[0].time`), or the nearest one it holds. */
function findField(at) {
  const exact = document.querySelector(`[data-path="${CSS.escape(at)}"]`);
  if (exact) return exact;
  return [...document.querySelectorAll('[data-path]')].find((f) => f.dataset.path.startsWith(at + '.') || f.dataset.path.startsWith(at + '[')) ?? null;
}

function markField(input, message) {
  const note = element('p', { class: 'field-error', id: `${input.id}-problem` }, message);
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), note.id].filter(Boolean).join(' '));
  input.closest('.field').append(note);
}

function clearFieldProblems() {
  for (const note of document.querySelectorAll('.field-error')) {
    const input = $(note.id.replace(/-problem$/, ''));
    if (input) {
      input.removeAttribute('aria-invalid');
      const rest = (input.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && id !== note.id);
      if (rest.length) input.setAttribute('aria-describedby', rest.join(' '));
      else input.removeAttribute('aria-describedby');
    }
    note.remove();
  }
}

// The preview at the widths a reader meets; the chart lays itself out again for its box.
for (const radio of document.querySelectorAll('input[name=width]')) {
  radio.addEventListener('change', () => ($('preview').dataset.width = radio.value));
}

// ---- Outputs --------------------------------------------------------------------------------

let generation = 0;
/** The outputs being made (see `settle`). */
let made = Promise.resolve();

/** The attributes an embed sets besides its source: the class shown first, the chart's
 *  language, how its cars are coloured and the cars compared (a list, "24, 7"). */
function attributes() {
  return {
    class: $('f-show').value || undefined,
    lang: $('f-lang').value || undefined,
    colourBy: $('f-colour').value || undefined,
    compare: $('f-compare').value.trim() || undefined,
  };
}

/** The session's address as typed, when it is one. */
function sessionUrl() {
  const typed = $('f-url').value.trim();
  try {
    return typed ? new URL(typed, location.href).href : null;
  } catch {
    return null;
  }
}

/** The download's file name: the address's last part when it names a .json file. */
function fileName() {
  const url = sessionUrl();
  const last = url ? decodeURIComponent(new URL(url).pathname.split('/').pop()) : '';
  if (/^[^\\/:*?"<>|]+\.json$/i.test(last)) return last;
  const title = state.built ? state.built.summary.title : 'qualifying';
  const slug = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return (slug || 'qualifying') + '.json';
}

/** The embed code, the static chart and the download, for the session as it is now. */
function outputs() {
  made = makeOutputs();
  return made;
}

async function makeOutputs() {
  const built = state.built;
  if (!built) return;
  const run = ++generation;
  const url = sessionUrl();
  const { class: shown, lang, colourBy, compare } = attributes();
  const chart = await fallback(built.json, shown, lang, colourBy, url ?? undefined, compare);
  if (run !== generation) return;
  state.fallback = chart;
  const className = shown && built.summary.classes.find((c) => c.id === shown)?.name;
  const title = className ? `${built.summary.title}, ${className}` : built.summary.title;
  const host = $('f-host').value.trim() || new URL('.', location.href).href;
  const code = JSON.parse(embeds(url ?? SESSION_URL_EXAMPLE, host, shown, lang, colourBy, title, $('f-static').checked ? chart : undefined, compare));
  $('code-element').value = code.element;
  $('code-custom').value = code.custom;
  $('code-iframe').value = code.iframe;
  $('code-css').value = code.css;
  $('code-static').value = chart;
  for (const button of document.querySelectorAll('#publish button')) button.disabled = false;
  $('download-name').textContent = fileName();
  originNote(url, host);
}

/** The iframe embed loads sessions from the chart's own site only (docs/embedding.md). */
function originNote(url, host) {
  const note = $('origin-note');
  let other = false;
  try {
    other = url && new URL(url).origin !== new URL(host).origin;
  } catch {
    other = false;
  }
  note.hidden = !other;
  note.textContent = other
    ? 'The session file is on another site than the chart: that site must allow your pages to read it (CORS), and the iframe embed loads it only if your copy of embed.html lists its origin in data-src-origins.'
    : '';
}

$('download').addEventListener('click', async () => {
  await settle();
  if (!state.built) return;
  const blob = new Blob([state.built.json], { type: 'application/json' });
  const link = element('a', { href: URL.createObjectURL(blob), download: fileName() });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
});

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', () => copy(button));
}

/** Copies a code box: the Clipboard API, else the text selected for the editor's own Ctrl+C. */
async function copy(button) {
  await settle();
  const area = $(button.dataset.copy);
  const said = button.parentElement.querySelector('.copied');
  if (button.dataset.copy !== 'code-css' && !sessionUrl()) {
    said.textContent = 'First type where the session file will be.';
    $('f-url').focus();
    return;
  }
  try {
    await navigator.clipboard.writeText(area.value);
    said.textContent = 'Copied.';
  } catch {
    area.focus();
    area.select();
    said.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

// ---- DOM ------------------------------------------------------------------------------------

/** An element with attributes and text (never markup: names come from files). */
function element(tag, attributes, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text != null) node.textContent = text;
  return node;
}

/** A labelled control in a `.field` box; the label only for screen readers under a visible
 *  column heading (`quiet`). */
function field(id, label, control, quiet = false) {
  control.id = id;
  const box = element('div', { class: 'field' });
  box.append(element('label', { for: id, class: quiet ? 'sr-only' : '' }, label), control);
  return box;
}
