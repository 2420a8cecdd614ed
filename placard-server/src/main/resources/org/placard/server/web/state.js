// SPDX-License-Identifier: Apache-2.0
// The view's state (filters, open event, map view) kept in the page URL's query, so a link reproduces the view.

export const FILTERS = ['since', 'until', 'country', 'admin1', 'form', 'event_type', 'verification', 'q',
  'include_references', 'bbox'];

export function readUrl() {
  const params = new URLSearchParams(window.location.search);
  const filters = {};
  for (const name of FILTERS) {
    const v = params.get(name);
    if (v) filters[name] = v;
  }
  return { filters, event: params.get('event') || null, view: params.get('view') || null };
}

export function writeUrl(state) {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    if (state.filters[name]) params.set(name, state.filters[name]);
  }
  if (state.event) params.set('event', state.event);
  if (state.view) params.set('view', state.view);
  const query = params.toString();
  window.history.replaceState(null, '', query ? '?' + query : window.location.pathname);
}

/** The API query string for the filters, leaving out those named in {@code without}. */
export function apiQuery(filters, extra = {}, without = []) {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    if (filters[name] && !without.includes(name)) params.set(name, filters[name]);
  }
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) {
    const what = body.parameter ? ` (${body.parameter})` : '';
    throw new Error((body.error || response.statusText) + what);
  }
  return body;
}
