// SPDX-License-Identifier: Apache-2.0
// The event list: one dense row per event, newest first, paged by "Show more".
import { el, formColour } from './dom.js';

export function eventRow(e, onOpen) {
  const dots = e.forms.map((f) => {
    const dot = el('span', { class: 'dot', title: f });
    dot.style.background = formColour(f);
    return dot;
  });
  const item = el('li', { class: 'item', 'data-id': e.event_id, tabindex: 0 },
    el('div', { class: 'item-line' },
      el('span', { class: 'date' }, e.event_date),
      el('span', { class: 'place' }, e.location || 'no place'),
      el('span', { class: 'muted region' }, [e.admin1, e.iso2].filter(Boolean).join(', '))),
    el('div', { class: 'item-line small' }, ...dots,
      el('span', {}, e.forms.join(', ') || e.sub_event_type),
      el('span', { class: 'muted' }, ' · ' + e.sub_event_type),
      el('span', { class: 'badge v-' + e.verification }, e.verification),
      e.reference ? el('span', { class: 'badge' }, 'background') : null));
  item.addEventListener('click', () => onOpen(e.event_id));
  item.addEventListener('keydown', (k) => { if (k.key === 'Enter') onOpen(e.event_id); });
  return item;
}
