// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

/** A WGS84 point. Validated: latitude in [-90, 90], longitude in [-180, 180]. */
public record Coordinates(double lat, double lon) {
  private static final double EARTH_RADIUS_KM = 6371.0088;

  public Coordinates {
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
    }
  }

  /** Great-circle distance in kilometres (haversine). */
  public double distanceKm(Coordinates other) {
    double dLat = Math.toRadians(other.lat - lat);
    double dLon = Math.toRadians(other.lon - lon);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
