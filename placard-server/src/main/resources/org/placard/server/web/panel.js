// SPDX-License-Identifier: Apache-2.0
// The event panel: every field of one event, and each source report's text with the evidence marked.
import { el, clear, safeLink, formColour } from './dom.js';

const PRECISION = { 1: 'day', 2: 'week', 3: 'month', 4: 'coarser than a month' };
const GEO_PRECISION = { 1: 'the town itself', 2: 'near the town or part of a region', 3: 'a larger region' };
const FIELDS = ['place', 'date', 'form', 'actor', 'slogan', 'claim', 'event'];

function row(label, ...value) {
  return el('div', { class: 'row' }, el('dt', {}, label), el('dd', {}, ...value));
}

function attribution(a) {
  return a.on ? `${a.source} (${a.on})` : a.source;
}

/**
 * The report's text as text nodes and <mark> elements over the evidence spans. Where spans overlap, the text
 * is cut at every span boundary and each piece is marked with the narrowest span's field (all fields in its
 * title). A span whose quote does not match the text at its offsets is left unmarked: the offsets are wrong,
 * and marking other words would mislead.
 */
export function markedText(text, evidence) {
  const spans = evidence.filter((e) => e.start >= 0 && e.end <= text.length && e.start < e.end
    && text.slice(e.start, e.end) === e.quote);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((s) => s.start <= a && s.end >= b).sort((x, y) => (x.end - x.start) - (y.end - y.start));
    const key = covering.map((s) => `${s.field}:${s.start}:${s.end}`).join('|');
    const prev = pieces[pieces.length - 1];
    if (prev && prev.key === key) prev.end = b;
    else pieces.push({ start: a, end: b, key, covering });
  }
  const out = el('div', { class: 'report-text' });
  for (const p of pieces) {
    const words = text.slice(p.start, p.end);
    if (!p.covering.length) {
      out.append(document.createTextNode(words));
      continue;
    }
    const field = FIELDS.includes(p.covering[0].field) ? p.covering[0].field : 'other';
    const fields = [...new Set(p.covering.map((s) => s.field))].join(', ');
    out.append(el('mark', { class: 'ev-' + field, title: fields }, words));
  }
  return out;
}

export function renderEvent(panel, e, onClose) {
  clear(panel);
  const close = el('button', { type: 'button', class: 'close', title: 'Close' }, '×');
  close.addEventListener('click', onClose);
  const where = e.location || 'No place resolved';
  panel.append(el('header', { class: 'panel-head' },
    el('h2', {}, `${where} · ${e.event_date}`), close));
  const dl = el('dl', { class: 'fields' });
  dl.append(row('Place', e.location
    ? [el('span', {}, `“${e.place_as_written}” → ${e.location}`),
      el('span', { class: 'muted' }, ` · ${[e.admin1, e.country].filter(Boolean).join(', ')}`)]
    : el('span', { class: 'muted' }, 'not resolved')));
  if (e.location) {
    dl.append(row('GeoNames', e.geonameid ? safeLink(`https://www.geonames.org/${e.geonameid}`, String(e.geonameid))
      : '—', el('span', { class: 'muted' }, ` · precision ${e.geo_precision}: ${GEO_PRECISION[e.geo_precision]}`),
    e.latitude !== null ? el('span', { class: 'muted' }, ` · ${e.latitude.toFixed(4)}, ${e.longitude.toFixed(4)}`) : null));
  }
  const range = e.date_start === e.date_end ? e.date_start : `${e.date_start} – ${e.date_end}`;
  dl.append(row('Date', range, el('span', { class: 'muted' },
    ` · known to the ${PRECISION[e.time_precision]}${e.date_inferred ? ' · taken from the report date' : ''}`)));
  dl.append(row('Type', `${e.sub_event_type}`, el('span', { class: 'muted' }, ` · ${e.event_type} · ${e.disorder_type}`)));
  dl.append(row('Forms', ...e.forms.map((f) => {
    const chip = el('span', { class: 'form-chip' }, f);
    chip.style.borderColor = formColour(f);
    return chip;
  })));
  const actors = [e.actor1, ...e.assoc_actors, e.actor2].filter(Boolean);
  dl.append(row('Actors', actors.length ? actors.join('; ') : '—'));
  if (e.slogans.length) {
    dl.append(row('Slogans', el('ul', { class: 'plain' }, ...e.slogans.map((s) => el('li', {}, `“${s}”`)))));
  }
  if (e.claims.length) {
    dl.append(row('Claims', el('ul', { class: 'plain' }, ...e.claims.map((c) => el('li', {},
      el('strong', {}, `${c.figure}: ${c.value ?? c.as_written}`),
      c.value !== null && String(c.value) !== c.as_written ? ` (“${c.as_written}”)` : '',
      ` · claimed by ${c.claimant ?? 'the report'}${c.claimed_on ? ' on ' + c.claimed_on : ''}`,
      c.corroborated_by.length ? ` · confirmed by ${c.corroborated_by.map(attribution).join(', ')}` : '',
      c.disputed_by.length ? ` · disputed by ${c.disputed_by.map(attribution).join(', ')}` : '')))));
  }
  dl.append(row('Sourcing', el('span', { class: 'badge v-' + e.verification }, e.verification),
    ` · ${e.source_count} report${e.source_count === 1 ? '' : 's'}`,
    e.reference ? el('span', { class: 'badge' }, 'background') : null));
  panel.append(dl);
  panel.append(el('h3', {}, 'Sources'));
  for (const r of e.reports) {
    const head = el('div', { class: 'source-head' },
      el('div', { class: 'source-title' }, r.title || '(untitled report)'),
      el('div', { class: 'muted' }, [r.outlet, r.published].filter(Boolean).join(' · '),
        r.url ? ' · ' : '', r.url ? safeLink(r.url, 'original') : ''));
    const evidence = e.evidence.filter((x) => x.report_id === r.report_id)
      .concat(e.claims.map((c) => c.evidence).filter((x) => x.report_id === r.report_id));
    panel.append(el('section', { class: 'source' }, head, markedText(r.text, evidence)));
  }
  panel.append(el('p', { class: 'muted legend-line' }, 'Marked: ',
    ...FIELDS.map((f) => el('mark', { class: 'ev-' + f }, f))));
}
