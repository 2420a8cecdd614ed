#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates the web page's country boundaries from Natural Earth (public domain) as packaged by the npm
# package world-atlas (ISC): TopoJSON 1:50m countries, converted to GeoJSON with topojson-client (ISC) and
# coordinates rounded to 0.01 degree (about 1 km), which the map at country scale cannot show anyway.
# Needs node and npm; writes placard-server/src/main/resources/org/placard/server/web/data/countries.geojson.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/placard-server/src/main/resources/org/placard/server/web/data"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null
mkdir world-atlas topojson-client
tar -xzf world-atlas-2.0.2.tgz -C world-atlas --strip-components=1
tar -xzf topojson-client-3.1.0.tgz -C topojson-client --strip-components=1
mkdir -p "$out"
node - "$work" "$out/countries.geojson" <<'JS'
const [work, target] = process.argv.slice(2);
const fs = require('fs');
const topojson = require(work + '/topojson-client');
const topo = JSON.parse(fs.readFileSync(work + '/world-atlas/countries-50m.json', 'utf8'));
const round = (c) => typeof c[0] === 'number'
  ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100]
  : c.map(round);
// Drops points that rounding made equal to the one before, keeping every ring closed and at least 4 points long.
const dedupe = (ring) => {
  const out = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
  return out.length >= 4 ? out : null;
};
const features = topojson.feature(topo, topo.objects.countries).features.map((f) => {
  let g = f.geometry;
  if (!g) return null;
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((p) => round(p).map(dedupe).filter((r) => r))
    .filter((p) => p.length);
  if (!polys.length) return null;
  return { type: 'Feature', properties: { name: f.properties.name },
    geometry: { type: 'MultiPolygon', coordinates: polys } };
}).filter((f) => f);
fs.writeFileSync(target, JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
console.error(`countries: ${features.length} features, ${fs.statSync(target).size} bytes`);
JS
cp "$work/world-atlas/LICENSE" "$out/world-atlas.LICENSE.txt"
