// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import org.placard.model.Coordinates;

/**
 * A latitude/longitude box, edges included. A box whose {@code minLon} is greater than its {@code maxLon}
 * crosses the antimeridian (from 170 east to 170 west, say).
 */
public record BoundingBox(double minLat, double minLon, double maxLat, double maxLon) {
  public BoundingBox {
    if (!(minLat >= -90 && maxLat <= 90 && minLat <= maxLat)) {
      throw new IllegalArgumentException("latitudes must satisfy -90 <= minLat <= maxLat <= 90: " + minLat + ", " + maxLat);
    }
    if (!(minLon >= -180 && minLon <= 180 && maxLon >= -180 && maxLon <= 180)) {
      throw new IllegalArgumentException("longitudes must lie in [-180, 180]: " + minLon + ", " + maxLon);
    }
  }

  public boolean crossesAntimeridian() {
    return minLon > maxLon;
  }

  public boolean contains(Coordinates point) {
    boolean lat = point.lat() >= minLat && point.lat() <= maxLat;
    boolean lon = crossesAntimeridian()
        ? point.lon() >= minLon || point.lon() <= maxLon
        : point.lon() >= minLon && point.lon() <= maxLon;
    return lat && lon;
  }
}
