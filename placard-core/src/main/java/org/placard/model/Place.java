// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A resolved place, as an event records it.
 *
 * @param geonameId     the GeoNames id, absent for places from sources without one
 * @param name          the gazetteer's canonical name ("Khomeyni Shahr")
 * @param nameAsWritten the name as the report wrote it ("Homayoun Shahr")
 * @param admin1        the first-order administrative division's name, when known
 * @param countryCode   ISO 3166-1 alpha-2
 * @param country       the country's English name
 * @param coordinates   absent when unknown: never 0,0
 * @param precision     ACLED geo precision: 1 the town itself, 2 near it or a part of a region, 3 a larger region
 */
public record Place(
    Optional<Long> geonameId,
    String name,
    String nameAsWritten,
    Optional<String> admin1,
    String countryCode,
    String country,
    Optional<Coordinates> coordinates,
    int precision) {

  public Place {
    Objects.requireNonNull(geonameId, "geonameId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nameAsWritten, "nameAsWritten");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(coordinates, "coordinates");
    if (precision < 1 || precision > 3) {
      throw new IllegalArgumentException("geo precision must be 1-3: " + precision);
    }
  }
}
