// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.placard.model.Report;

/** Place recognition in lower-case text, as coders' notes are written (fixtures written for these tests). */
class UncasedPlaceRecogniserTest {
  private static final GazetteerGeoparser GEOPARSER = new GazetteerGeoparser(TestGazetteer.GAZETTEER);

  private static List<String> mentions(String text) {
    return GEOPARSER.recognise(text).stream().map(PlaceMention::text).toList();
  }

  private static List<ResolvedPlace> places(String text) {
    return GEOPARSER.places(Report.ofText(text, "note"), p -> { });
  }

  @Test
  void aMostlyLowerCaseTextIsToldFromCasedText() {
    assertThat(Casing.isMostlyUncased("protesters gathered in front of parliament in bucharest on monday.")).isTrue();
    assertThat(Casing.isMostlyUncased("Protesters gathered in front of Parliament in Bucharest on Monday.")).isFalse();
    assertThat(Casing.isMostlyUncased("All quiet.")).isFalse();
  }

  @Test
  void prominentPlacesAreFoundWithoutCapitals() {
    List<ResolvedPlace> found = places("protesters gathered in front of parliament in bucharest, romania.");
    assertThat(found).extracting(p -> p.mention().text()).containsExactly("bucharest", "romania");
    assertThat(found.get(0).place().countryCode()).isEqualTo("RO");
    assertThat(found.get(0).place().geonameId()).contains(683506L);
  }

  @Test
  void theCasedTextKeepsItsOwnRules() {
    assertThat(mentions("Protesters gathered in Bucharest. A crowd in bucharest was ignored by the police."))
        .containsExactly("Bucharest");
  }

  @Test
  void wordsThatAreNeverPlacesInLowerCaseTextAreSkipped() {
    assertThat(mentions("the police marched to the university in march and said the mobile phones were nice."))
        .isEmpty();
  }

  @Test
  void aSmallPlaceNeedsTheDocumentsCountryFocus() {
    assertThat(mentions("miners in cugir and timisoara stopped work to protest against the closures."))
        .containsExactly("cugir", "timisoara");
    assertThat(mentions("miners in cugir stopped work to protest against the closures of the pits."))
        .isEmpty();
    assertThat(places("miners in cugir and timisoara stopped work, romanian media said.").get(0).place()
        .countryCode()).isEqualTo("RO");
  }

  @Test
  void aCommonWordIsAPlaceOnlyAfterALocativeWordInTheFocusCountry() {
    assertThat(mentions("dockers marched in hull and in london against the port closures of this year."))
        .containsExactly("hull", "london");
    assertThat(mentions("the hull of the ship was damaged, dockers in london said on friday morning."))
        .containsExactly("london");
    assertThat(mentions("dockers marched in hull against the port closures announced this year.")).isEmpty();
  }

  @Test
  void countriesAndDemonymsNeedNoFocus() {
    assertThat(mentions("hundreds of chileans marched against the government of chile in santiago today."))
        .containsExactly("chileans", "chile", "santiago");
  }

  @Test
  void aNameAfterATitleOrFirstNameIsAPersons() {
    assertThat(mentions("supporters of president santiago and of maryam rajavi rallied in the capital today."))
        .isEmpty();
  }

  @Test
  void aSurnameStaysAPersonsThroughTheText() {
    assertThat(mentions("supporters of general miguel zahedan rallied in tehran today; zahedan told them to go home."))
        .containsExactly("tehran");
    // a capital or a country is still a place when someone bears its name
    assertThat(mentions("a statue of president george washington was defaced; washington condemned it."))
        .containsExactly("washington");
  }
}
