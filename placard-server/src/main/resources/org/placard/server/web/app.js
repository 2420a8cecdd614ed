// SPDX-License-Identifier: Apache-2.0
// The page: filters, map, timeline, list and event panel, all driven by the view state in the URL.
import { el, clear, FORMS, formColour } from './dom.js';
import { readUrl, writeUrl, apiQuery, getJson } from './state.js';
import { EventMap } from './map.js';
import { Timeline } from './timeline.js';
import { eventRow } from './list.js';
import { renderEvent } from './panel.js';

const PAGE = 200;
const state = readUrl();
const form = document.getElementById('filters');
const list = document.getElementById('list');
const panel = document.getElementById('panel');
const count = document.getElementById('count');
const more = document.getElementById('more');
let shown = 0;
let total = 0;
let loadSeq = 0;

const map = new EventMap(document.getElementById('map'), {
  onEvent: (id) => openEvent(id),
  onPlace: (bounds) => setFilter('bbox', [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
    .map((v, i) => (v + (i < 2 ? -0.001 : 0.001)).toFixed(4)).join(',')),
  onView: (view) => { state.view = view; writeUrl(state); },
});
if (state.view) map.setView(state.view);
const timeline = new Timeline(document.getElementById('timeline'), document.getElementById('timeline-label'),
  (since, until) => { state.filters.since = since; state.filters.until = until; syncForm(); load(); });

function option(select, value, label) {
  select.append(el('option', { value }, label));
}

/** Fills the choice lists once, from every stored event, so that choices do not vanish as filters narrow. */
async function fillChoices() {
  const stats = await getJson('/api/stats?by=month&include_references=true');
  const places = await getJson('/api/places?include_references=true');
  const names = new Map(places.places.map((p) => [p.iso2, p.country]));
  for (const c of stats.countries) option(form.country, c.iso2, `${names.get(c.iso2) || c.iso2} (${c.count})`);
  for (const a of stats.admin1) option(form.admin1, a.admin1, `${a.admin1}, ${a.iso2} (${a.count})`);
  for (const f of FORMS) option(form.form, f, f);
  for (const t of stats.sub_event_types) option(form.event_type, t.sub_event_type, t.sub_event_type);
  for (const v of ['confirmed', 'multi-source', 'self-reported', 'single-source']) option(form.verification, v, v);
}

function syncForm() {
  for (const name of ['since', 'until', 'country', 'admin1', 'form', 'event_type', 'verification', 'q']) {
    form.elements[name].value = state.filters[name] || '';
  }
  form.include_references.checked = state.filters.include_references === 'true';
  document.getElementById('bbox-chip').hidden = !state.filters.bbox;
}

function setFilter(name, value) {
  if (value) state.filters[name] = value; else delete state.filters[name];
  load();
}

function legend(rows) {
  const node = clear(document.getElementById('legend'));
  const counts = new Map();
  for (const r of rows) counts.set(r[4], (counts.get(r[4]) || 0) + 1);
  for (const f of FORMS.filter((x) => counts.has(x)).concat(counts.has('') ? [''] : [])) {
    const swatch = el('span', { class: 'dot' });
    swatch.style.background = formColour(f);
    const item = el('button', { type: 'button', class: 'legend-item', title: 'Show only ' + (f || 'other') },
      swatch, `${f || 'other'} `, el('span', { class: 'muted' }, String(counts.get(f))));
    if (f) item.addEventListener('click', () => { state.filters.form = f; syncForm(); load(); });
    node.append(item);
  }
}

async function load(fit = false) {
  const seq = ++loadSeq;
  writeUrl(state);
  syncForm();
  const q = apiQuery(state.filters);
  for (const [id, path] of [['export-csv', '/api/events.csv'], ['export-geojson', '/api/events.geojson'],
    ['export-json', '/api/events']]) {
    document.getElementById(id).href = q ? `${path}?${q}` : path;
  }
  try {
    const [points, page, stats] = await Promise.all([
      getJson('/api/points?' + q),
      getJson('/api/events?' + apiQuery(state.filters, { limit: PAGE, sort: '-date' })),
      getJson('/api/stats?' + apiQuery(state.filters, { by: 'day' }, ['since', 'until'])),
    ]);
    if (seq !== loadSeq) return;
    map.show(points.rows, fit);
    legend(points.rows);
    timeline.show(stats.timeline, state.filters.since, state.filters.until);
    clear(list);
    shown = 0;
    appendPage(page);
    count.textContent = `${points.total} event${points.total === 1 ? '' : 's'}`
      + (points.unplaced ? ` (${points.unplaced} without a place)` : '');
  } catch (err) {
    count.textContent = 'Error: ' + err.message;
  }
}

function appendPage(page) {
  for (const e of page.events) list.append(eventRow(e, openEvent));
  shown += page.events.length;
  total = page.total;
  more.hidden = shown >= total;
}

more.addEventListener('click', async () => {
  appendPage(await getJson('/api/events?' + apiQuery(state.filters, { limit: PAGE, offset: shown, sort: '-date' })));
});

async function openEvent(id) {
  state.event = id;
  writeUrl(state);
  try {
    const event = await getJson('/api/events/' + encodeURIComponent(id));
    renderEvent(panel, event, closeEvent);
    panel.hidden = false;
    list.hidden = true;
    more.hidden = true;
    for (const item of list.querySelectorAll('.item.selected')) item.classList.remove('selected');
  } catch (err) {
    count.textContent = 'Error: ' + err.message;
  }
}

function closeEvent() {
  state.event = null;
  writeUrl(state);
  panel.hidden = true;
  list.hidden = false;
  more.hidden = shown >= total;
}

// Text search follows typing (debounced); every other control applies when changed.
let typing = null;
function changed(e) {
  const name = e.target.name;
  if (!name || (e.type === 'input') !== (name === 'q')) return;
  const value = e.target.type === 'checkbox' ? (e.target.checked ? 'true' : '') : e.target.value;
  if (value === (state.filters[name] || '')) return;
  clearTimeout(typing);
  typing = setTimeout(() => setFilter(name, value), name === 'q' ? 300 : 0);
}
form.addEventListener('input', changed);
form.addEventListener('change', changed);
form.addEventListener('submit', (e) => e.preventDefault());
document.getElementById('reset').addEventListener('click', () => { state.filters = {}; load(true); });
document.getElementById('bbox-clear').addEventListener('click', () => setFilter('bbox', null));
document.getElementById('bbox-set').addEventListener('click', () => setFilter('bbox', map.bbox()));

fillChoices().then(() => {
  syncForm();
  return load(!state.view);
}).then(() => { if (state.event) openEvent(state.event); });
