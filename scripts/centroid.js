// SPDX-License-Identifier: Apache-2.0
// The planar area centroid of one polygon ring ([[lon, lat], ...]) and its area in square degrees, for the
// centroid scripts. A ring across the antimeridian (Russia, Fiji) is unwrapped to continuous longitudes first,
// and the centroid's longitude is brought back into -180..180.
module.exports = (raw) => {
  const lons = raw.map((p) => p[0]);
  const ring = Math.max(...lons) - Math.min(...lons) > 180 ? raw.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : raw;
  let a = 0, x = 0, y = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % ring.length];
    const c = x0 * y1 - x1 * y0;
    a += c; x += (x0 + x1) * c; y += (y0 + y1) * c;
  }
  return { area: Math.abs(a / 2), lat: y / (3 * a), lon: ((x / (3 * a) + 540) % 360) - 180 };
};
