// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.placard.model.Coordinates;

class GeoNamesGazetteerTest {
  private final Gazetteer gazetteer = TestGazetteer.GAZETTEER;

  private List<Long> ids(String name) {
    return gazetteer.lookup(name).stream().map(e -> e.geonameId().orElse(0L)).toList();
  }

  @Test
  void findsNamesWhateverTheirDiacriticsAndCase() {
    assertThat(ids("Esfarayen")).containsExactly(135298L);
    assertThat(ids("ESFARĀYEN")).containsExactly(135298L);
    assertThat(ids("Orumiyeh")).containsExactly(121801L);
  }

  @Test
  void findsTransliterationVariantsAndPersianScript() {
    assertThat(ids("Bandar-e Abbas")).containsExactly(141681L);
    assertThat(ids("Bandarabbas")).containsExactly(141681L);
    assertThat(ids("اصفهان")).containsExactly(418863L);
  }

  @Test
  void followsCuratedHistoricAndPoliticalNames() {
    assertThat(ids("Homayoun Shahr")).containsExactly(418710L);
    assertThat(ids("Bombay")).containsExactly(1275339L);
    assertThat(ids("Urmia")).containsExactly(121801L);
  }

  @Test
  void holdsCountriesWithTheirAlternateNamesAndDemonyms() {
    GazetteerEntry us = gazetteer.lookup("U.S.").stream().filter(GazetteerEntry::isCountry).findFirst().orElseThrow();
    assertThat(us.geonameId()).contains(6252001L);
    assertThat(gazetteer.countryOfDemonym("Iranian").map(GazetteerEntry::countryCode)).contains("IR");
    assertThat(gazetteer.countryOfDemonym("Iranians").map(GazetteerEntry::countryCode)).contains("IR");
    assertThat(gazetteer.countryOfDemonym("Tehran")).isEmpty();
  }

  @Test
  void knowsRegionNamesWithAndWithoutTheirKind() {
    GazetteerEntry zahedan = gazetteer.lookup("Zahedan").stream().filter(e -> e.countryCode().equals("IR"))
        .findFirst().orElseThrow();
    assertThat(zahedan.admin1Name()).isEqualTo(Optional.of("Sistan and Baluchestan"));
    assertThat(gazetteer.lookup("Sistan and Baluchestan Province")).singleElement()
        .satisfies(e -> assertThat(e.isAdmin1()).isTrue());
  }

  @Test
  void findsNothingForUnknownNames() {
    assertThat(gazetteer.lookup("Qwertyville")).isEmpty();
    assertThat(gazetteer.knows("Qwertyville")).isFalse();
  }

  @Test
  void holdsDependentTerritoriesHistoricCountryNamesAndProvincesOutsideTheDump() {
    assertThat(gazetteer.lookup("Guam")).anyMatch(e -> e.isCountry() && e.countryCode().equals("GU"));
    assertThat(gazetteer.lookup("Democratic Republic of Congo")).singleElement()
        .satisfies(e -> assertThat(e.countryCode()).isEqualTo("CD"));
    assertThat(gazetteer.lookup("Soviet Union")).anyMatch(e -> e.countryCode().equals("RU"));
    assertThat(gazetteer.lookup("Pangasinan")).anyMatch(e -> e.isCuratedRegion() && e.countryCode().equals("PH"));
    assertThat(gazetteer.lookup("Nueva Ecija Province")).anyMatch(e -> e.countryCode().equals("PH"));
  }

  @Test
  void placesACountryBetweenItsGeoNamesPointAndItsLandCentroidWhenTheyAreClose() {
    Coordinates geonames = new Coordinates(35, 105);
    Coordinates centroid = new Coordinates(35, 102);
    Coordinates point = GeoNamesGazetteer.countryPoint(geonames, Optional.of(centroid));
    assertThat(point).isEqualTo(new Coordinates(35, 103.5));
    assertThat(point.distanceKm(geonames)).isLessThan(GeoNamesGazetteer.COUNTRY_POINT_TOLERANCE_KM);
    assertThat(point.distanceKm(centroid)).isLessThan(GeoNamesGazetteer.COUNTRY_POINT_TOLERANCE_KM);
    // far apart (a point at the capital, a centroid in the sea): the GeoNames point stands
    Coordinates far = new Coordinates(60, -95);
    assertThat(GeoNamesGazetteer.countryPoint(new Coordinates(60, -113), Optional.of(far)))
        .isEqualTo(new Coordinates(60, -113));
    assertThat(GeoNamesGazetteer.countryPoint(geonames, Optional.empty())).isEqualTo(geonames);
  }

  @Test
  void aDerivedRegionIsPlacedAtItsBoundaryCentroidUnlessThatIsFarOff() {
    // the fixture places Texas at 31.25, -99.25; Natural Earth's polygon centroid is 31.50, -99.36
    GazetteerEntry texas = gazetteer.lookup("Texas").stream().filter(GazetteerEntry::isAdmin1).findFirst()
        .orElseThrow();
    assertThat(texas.coordinates()).isEqualTo(new Coordinates(31.5, -99.36));
    Coordinates derived = new Coordinates(10, 10);
    assertThat(GeoNamesGazetteer.regionPoint(derived, new Coordinates(30, 10))).isEqualTo(derived);
  }

  @Test
  void aRegionDraggedOffByAStrayTownStillTakesTheCentroidNearItsBiggestTown() {
    Coordinates derived = new Coordinates(36.4, 103.8); // extent pulled far west by one miscoded town
    Coordinates biggest = new Coordinates(38.0, 114.5);
    Coordinates centroid = new Coordinates(39.5, 116.1);
    assertThat(GeoNamesGazetteer.regionPoint(derived, biggest, centroid)).isEqualTo(centroid);
    assertThat(GeoNamesGazetteer.regionPoint(derived, new Coordinates(10, 10), centroid)).isEqualTo(derived);
  }
}
