// SPDX-License-Identifier: Apache-2.0
// The map: events as dots coloured by form, gathered into clusters by a screen grid where they are dense, over
// the bundled boundaries (and online tiles only if the server was started with them; see layers.js).
/* global L */
import { el, formColour } from './dom.js';
import { Background } from './layers.js';

const CELL = 56; // cluster grid cell, in screen pixels

/**
 * Joins grid cells whose centres lie closer than half a cell, largest first, so that clusters on either side
 * of a grid line do not overlap.
 */
function merged(cells, pixel) {
  const groups = [...cells.values()].map((rows) => {
    let x = 0;
    let y = 0;
    for (const r of rows) { const p = pixel(r); x += p.x; y += p.y; }
    return { rows, x: x / rows.length, y: y / rows.length };
  }).sort((a, b) => b.rows.length - a.rows.length);
  const kept = [];
  for (const g of groups) {
    const near = kept.find((k) => Math.hypot(k.x - g.x, k.y - g.y) < CELL * 0.75);
    if (near) near.rows = near.rows.concat(g.rows); else kept.push(g);
  }
  return kept.map((k) => k.rows);
}

export class EventMap {
  constructor(node, { onEvent, onPlace, onView }) {
    this.map = L.map(node, { zoomControl: true, worldCopyJump: true, minZoom: 2, maxZoom: 12,
      attributionControl: true }).setView([32, 53], 5);
    this.map.attributionControl.setPrefix(false);
    this.background = new Background(this.map, node);
    this.layer = L.layerGroup().addTo(this.map);
    this.rows = [];
    this.onEvent = onEvent;
    this.onPlace = onPlace;
    this.map.on('moveend', () => { this.draw(); onView(this.view()); });
  }

  /** Points as the API's rows: [event_id, latitude, longitude, event_date, form, sub_event_type]. */
  show(rows, fit) {
    this.rows = rows;
    if (fit && rows.length) {
      const bounds = L.latLngBounds(rows.map((r) => [r[1], r[2]]));
      this.map.fitBounds(bounds.pad(0.15), { maxZoom: 8 });
    }
    this.draw();
  }

  setView(text) {
    const [lat, lon, zoom] = (text || '').split(',').map(Number);
    if ([lat, lon, zoom].every(Number.isFinite)) this.map.setView([lat, lon], zoom);
  }

  view() {
    const c = this.map.getCenter();
    return `${c.lat.toFixed(3)},${c.lng.toFixed(3)},${this.map.getZoom()}`;
  }

  bbox() {
    const b = this.map.getBounds();
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
    return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180),
      clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(4)).join(',');
  }

  draw() {
    this.layer.clearLayers();
    const zoom = this.map.getZoom();
    const visible = this.map.getBounds().pad(0.2);
    const cells = new Map();
    for (const row of this.rows) {
      const latlng = L.latLng(row[1], row[2]);
      if (!visible.contains(latlng)) continue;
      const p = this.map.project(latlng, zoom);
      const key = Math.floor(p.x / CELL) + ':' + Math.floor(p.y / CELL);
      const cell = cells.get(key);
      if (cell) cell.push(row); else cells.set(key, [row]);
    }
    for (const group of merged(cells, (row) => this.map.project(L.latLng(row[1], row[2]), zoom))) {
      if (group.length === 1) this.dot(group[0]); else this.cluster(group);
    }
  }

  dot(row) {
    const marker = L.circleMarker([row[1], row[2]], { radius: 6, weight: 1.5, color: '#fff',
      fillColor: formColour(row[4]), fillOpacity: 0.95, className: 'event-dot' });
    marker.bindTooltip(`${row[3]} · ${row[4] || 'event'}`, { direction: 'top' });
    marker.on('click', () => this.onEvent(row[0]));
    marker.addTo(this.layer);
  }

  cluster(rows) {
    let lat = 0;
    let lon = 0;
    for (const r of rows) { lat += r[1]; lon += r[2]; }
    const size = Math.round(26 + Math.min(26, Math.log2(rows.length) * 5));
    const icon = L.divIcon({ html: el('span', {}, String(rows.length)), className: 'cluster',
      iconSize: [size, size] });
    const marker = L.marker([lat / rows.length, lon / rows.length], { icon, title: `${rows.length} events` });
    marker.on('click', () => {
      const bounds = L.latLngBounds(rows.map((r) => [r[1], r[2]]));
      const samePlace = bounds.getNorthEast().equals(bounds.getSouthWest(), 1e-6);
      if (samePlace || this.map.getZoom() >= this.map.getMaxZoom()) this.onPlace(bounds);
      else this.map.fitBounds(bounds.pad(0.3));
    });
    marker.addTo(this.layer);
  }
}
