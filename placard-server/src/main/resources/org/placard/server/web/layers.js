// SPDX-License-Identifier: Apache-2.0
// The map's background: country and admin-1 boundaries bundled with the page (Natural Earth, no internet), and
// online tiles only when the server was started with them (placard serve --tiles), never otherwise.
/* global L */
import { getJson } from './state.js';

/** Admin-1 lines help from about country scale in; below it they would only clutter the map. */
export const ADMIN1_ZOOM = 4;
const LAND = { color: '#a3adb8', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 };
const ADMIN1 = { color: '#b4bcc6', weight: 0.6, dashArray: '3 3' };

/** Leaflet writes attributions as HTML; the operator's text goes in as text. */
function asText(s) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Puts the bundled boundaries under the events, in panes of their own so that dots drawn before the files load
 * stay on top; marks {@code node} with data-boundaries, data-admin1 and data-tiles as each layer arrives.
 */
export class Background {
  constructor(map, node) {
    this.map = map;
    this.node = node;
    map.attributionControl.addAttribution('Boundaries: Natural Earth');
    map.createPane('land').classList.add('land-pane');
    map.createPane('admin1').classList.add('admin1-pane');
    this.land = null;
    this.admin1 = null;
    this.tiles = null;
    this.admin1Request = null;
    getJson('/assets/data/countries.geojson').then((geo) => {
      this.land = L.geoJSON(geo, { pane: 'land', interactive: false, style: this.landStyle() }).addTo(map);
      node.dataset.boundaries = 'loaded';
    });
    map.on('zoomend', () => this.showAdmin1());
    // After the page has set the view from its URL, so that a world view does not load the lines for nothing.
    setTimeout(() => this.showAdmin1(), 0);
    getJson('/api/config').then((config) => { if (config.tiles) this.addTiles(config.tiles); });
  }

  /** Shows the admin-1 lines while the map is zoomed in far enough, loading them the first time. */
  showAdmin1() {
    const wanted = this.map.getZoom() >= ADMIN1_ZOOM;
    if (!this.admin1) {
      if (wanted) this.loadAdmin1();
      return;
    }
    if (wanted) this.admin1.addTo(this.map); else this.admin1.remove();
  }

  loadAdmin1() {
    if (this.admin1Request) return;
    this.admin1Request = getJson('/assets/data/admin1.geojson').then((geo) => {
      this.admin1 = L.geoJSON(geo, { pane: 'admin1', interactive: false, style: ADMIN1 });
      this.node.dataset.admin1 = 'loaded';
      this.showAdmin1();
    });
  }

  /** With tiles on, land is drawn as outlines only, so that the tiles show through. */
  landStyle() {
    return this.tiles && this.map.hasLayer(this.tiles) ? { ...LAND, fillOpacity: 0 } : LAND;
  }

  addTiles(tiles) {
    // The page's own Referrer-Policy sends nothing; tile servers such as OpenStreetMap's ask for the origin.
    this.tiles = L.tileLayer(tiles.url, { attribution: asText(tiles.attribution), maxZoom: 19,
      referrerPolicy: 'strict-origin-when-cross-origin', className: 'online-tiles' });
    const restyle = () => { if (this.land) this.land.setStyle(this.landStyle()); };
    this.tiles.on('add remove', restyle);
    this.tiles.addTo(this.map);
    L.control.layers(null, { 'Online map tiles': this.tiles }, { position: 'topleft' }).addTo(this.map);
    this.node.dataset.tiles = 'on';
  }
}
