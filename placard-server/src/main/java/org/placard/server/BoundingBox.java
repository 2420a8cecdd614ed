// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import org.placard.model.Coordinates;

/**
 * A longitude/latitude rectangle, as {@code bbox=minLon,minLat,maxLon,maxLat}. A box whose minimum longitude
 * is greater than its maximum crosses the antimeridian.
 */
record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
  BoundingBox {
    if (!(minLat >= -90 && maxLat <= 90 && minLat <= maxLat)) {
      throw new IllegalArgumentException("latitudes must satisfy -90 <= minLat <= maxLat <= 90");
    }
    if (!(minLon >= -180 && minLon <= 180 && maxLon >= -180 && maxLon <= 180)) {
      throw new IllegalArgumentException("longitudes must lie in [-180, 180]");
    }
  }

  /** Parses {@code minLon,minLat,maxLon,maxLat}; fails with a message for a person. */
  static BoundingBox parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("expected minLon,minLat,maxLon,maxLat");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number: " + parts[i]);
      }
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException("not a finite number: " + parts[i]);
      }
    }
    return new BoundingBox(v[0], v[1], v[2], v[3]);
  }

  boolean contains(Coordinates c) {
    boolean lat = c.lat() >= minLat && c.lat() <= maxLat;
    boolean lon = minLon <= maxLon
        ? c.lon() >= minLon && c.lon() <= maxLon
        : c.lon() >= minLon || c.lon() <= maxLon;
    return lat && lon;
  }
}
