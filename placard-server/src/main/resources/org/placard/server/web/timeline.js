// SPDX-License-Identifier: Apache-2.0
// The timeline: a histogram of events per day, week or month (SVG), brushed with the mouse to pick dates.

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86400000;

function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const iso = (t) => new Date(t).toISOString().slice(0, 10);
const parse = (s) => Date.parse(s + 'T00:00:00Z');

/** The start of the bucket holding day t: the day, its week's Monday, or its month's first day. */
function bucketStart(t, unit) {
  const d = new Date(t);
  if (unit === 'week') return t - ((d.getUTCDay() + 6) % 7) * DAY;
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return t;
}

function bucketEnd(start, unit) {
  if (unit === 'week') return start + 7 * DAY;
  if (unit === 'month') {
    const d = new Date(start);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  return start + DAY;
}

export class Timeline {
  constructor(node, label, onBrush) {
    this.node = node;
    this.label = label;
    this.onBrush = onBrush;
    this.range = null;
    node.addEventListener('mousedown', (e) => this.startBrush(e));
    node.addEventListener('dblclick', () => this.onBrush(null, null));
    window.addEventListener('resize', () => this.draw());
  }

  /** Counts per day as the API's stats timeline, and the selected dates (strings or null). */
  show(days, since, until) {
    this.days = days;
    this.since = since;
    this.until = until;
    this.draw();
  }

  draw() {
    const node = this.node;
    while (node.firstChild) node.removeChild(node.firstChild);
    if (!this.days || this.days.length === 0) return;
    const width = node.clientWidth || 600;
    const height = node.clientHeight || 90;
    const pad = { left: 32, right: 8, top: 6, bottom: 18 };
    const first = parse(this.days[0].period);
    const last = parse(this.days[this.days.length - 1].period);
    const span = (last - first) / DAY;
    const unit = span <= 120 ? 'day' : span <= 730 ? 'week' : 'month';
    this.label.textContent = `Events per ${unit}`;
    const counts = new Map();
    for (const d of this.days) {
      const b = bucketStart(parse(d.period), unit);
      counts.set(b, (counts.get(b) || 0) + d.count);
    }
    const lo = bucketStart(first, unit);
    const hi = bucketEnd(bucketStart(last, unit), unit);
    const max = Math.max(...counts.values());
    const x = (t) => pad.left + ((t - lo) / (hi - lo)) * (width - pad.left - pad.right);
    const y = (n) => height - pad.bottom - (n / max) * (height - pad.top - pad.bottom);
    this.scale = { lo, hi, x, invert: (px) => lo + ((px - pad.left) / (width - pad.left - pad.right)) * (hi - lo) };
    node.setAttribute('viewBox', `0 0 ${width} ${height}`);
    node.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: height - pad.bottom,
      y2: height - pad.bottom, class: 'axis' }));
    const inRange = (t) => (!this.since || bucketEnd(t, unit) > parse(this.since))
      && (!this.until || t <= parse(this.until));
    for (const [t, n] of counts) {
      const bar = svg('rect', { x: x(t) + 0.5, y: y(n), width: Math.max(1, x(bucketEnd(t, unit)) - x(t) - 1),
        height: height - pad.bottom - y(n), class: inRange(t) ? 'bar' : 'bar out' });
      const title = svg('title', {});
      title.textContent = `${iso(t)}: ${n} event${n === 1 ? '' : 's'}`;
      bar.append(title);
      node.append(bar);
    }
    const maxLabel = svg('text', { x: pad.left - 4, y: pad.top + 8, class: 'tick', 'text-anchor': 'end' });
    maxLabel.textContent = String(max);
    node.append(maxLabel);
    for (const [t, anchor] of [[lo, 'start'], [hi - DAY, 'end']]) {
      const label = svg('text', { x: x(t) + (anchor === 'end' ? x(t + DAY) - x(t) : 0), y: height - 4,
        class: 'tick', 'text-anchor': anchor });
      label.textContent = iso(t);
      node.append(label);
    }
    if (this.since || this.until) {
      const from = this.since ? Math.max(lo, parse(this.since)) : lo;
      const to = this.until ? Math.min(hi, parse(this.until) + DAY) : hi;
      node.append(svg('rect', { x: x(from), y: pad.top - 4, width: Math.max(1, x(to) - x(from)),
        height: height - pad.top - pad.bottom + 4, class: 'selection' }));
    }
  }

  startBrush(e) {
    if (!this.scale || e.button !== 0) return;
    e.preventDefault();
    const box = this.node.getBoundingClientRect();
    const px = (ev) => (ev.clientX - box.left) * (this.node.viewBox.baseVal.width / box.width);
    const start = px(e);
    const rect = svg('rect', { x: start, y: 0, width: 0, height: box.height, class: 'brush' });
    this.node.append(rect);
    const move = (ev) => {
      const now = px(ev);
      rect.setAttribute('x', Math.min(start, now));
      rect.setAttribute('width', Math.abs(now - start));
    };
    const up = (ev) => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      const end = px(ev);
      if (Math.abs(end - start) < 3) { rect.remove(); return; }
      const clampT = (t) => Math.min(this.scale.hi - DAY, Math.max(this.scale.lo, t));
      const a = clampT(this.scale.invert(Math.min(start, end)));
      const b = clampT(this.scale.invert(Math.max(start, end)));
      this.onBrush(iso(Math.floor(a / DAY) * DAY), iso(Math.floor(b / DAY) * DAY));
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  }
}
