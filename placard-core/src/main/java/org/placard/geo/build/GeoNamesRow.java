// SPDX-License-Identifier: Apache-2.0
package org.placard.geo.build;

import java.util.List;
import java.util.Objects;

/**
 * One line of a GeoNames dump (allCountries, cities500, cities1000 ...), reduced to what Placard keeps.
 * Coordinates are validated by the reader; alternates are already filtered ({@link AlternateNames}).
 */
public record GeoNamesRow(
    long geonameId, String name, String asciiName, List<String> alternates, double lat, double lon,
    String featureClass, String featureCode, String countryCode, String admin1Code, String admin2Code,
    long population) {

  public GeoNamesRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(asciiName, "asciiName");
    alternates = List.copyOf(alternates);
    Objects.requireNonNull(featureClass, "featureClass");
    Objects.requireNonNull(featureCode, "featureCode");
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(admin1Code, "admin1Code");
    Objects.requireNonNull(admin2Code, "admin2Code");
  }

  public GeoNamesRow withAlternates(List<String> more) {
    return new GeoNamesRow(geonameId, name, asciiName, AlternateNames.merge(name, asciiName, alternates, more), lat,
        lon, featureClass, featureCode, countryCode, admin1Code, admin2Code, population);
  }
}
