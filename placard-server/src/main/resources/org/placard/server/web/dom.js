// SPDX-License-Identifier: Apache-2.0
// Builds DOM nodes. Text always goes in as text nodes, never as HTML: report titles and bodies are untrusted.

/** An element with attributes (class, href, title, data-*, ...) and children (nodes, or strings as text). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A link only for http(s) URLs; anything else (javascript:, data:) is shown as plain text. */
export function safeLink(url, text) {
  try {
    const u = new URL(url, window.location.href);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      return el('a', { href: u.href, target: '_blank', rel: 'noopener noreferrer' }, text);
    }
  } catch (e) { /* not a URL: shown as text */ }
  return el('span', {}, text);
}

export const FORMS = ['demonstration', 'march', 'rally', 'sit-in', 'strike', 'hunger strike', 'boycott',
  'road block', 'graffiti', 'banner', 'leaflet', 'chanting', 'online'];

const PALETTE = ['#1f77b4', '#2ca02c', '#9467bd', '#17becf', '#d62728', '#8c564b', '#e377c2', '#ff7f0e',
  '#bcbd22', '#7f7f7f', '#3b5bdb', '#c2255c', '#0b7285'];

/** The colour of a form on the map, the legend and the list. */
export function formColour(form) {
  const i = FORMS.indexOf(form);
  return i >= 0 ? PALETTE[i] : '#495057';
}
