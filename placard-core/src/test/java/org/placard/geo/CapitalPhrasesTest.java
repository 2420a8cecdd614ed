// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.placard.model.Report;

/** "The capital" is a place: the capital of the country named before it, or of the report's only country. */
class CapitalPhrasesTest {
  private static final GazetteerGeoparser GEOPARSER = new GazetteerGeoparser(TestGazetteer.GAZETTEER);

  private static List<String> places(String text) {
    return GEOPARSER.places(Report.ofText(text, "test"), p -> { }).stream()
        .map(p -> p.mention().text() + "=" + p.place().name()).toList();
  }

  @Test
  void aCountrysCapitalIsThatCountrysCapitalCity() {
    assertThat(places("Thousands protested in Iran's capital on Friday.")).contains("Iran's capital=Tehran");
    assertThat(places("thousands protested in romania s capital on friday. police watched them."))
        .contains("romania s capital=Bucharest");
    assertThat(places("Thousands protested in the Iranian capital on Friday.")).contains("the Iranian capital=Tehran");
  }

  @Test
  void theCapitalAloneIsTheCapitalOfTheReportsOnlyCountry() {
    assertThat(places("Chile is in turmoil. Students marched through the capital on Monday."))
        .contains("the capital=Santiago");
    assertThat(places("Students marched through the capital on Monday.")).isEmpty();
    assertThat(places("France and Iran disagree. Students marched through the capital.")).hasSize(2);
  }

  @Test
  void aNamedCapitalOrAnotherSenseAddsNothing() {
    assertThat(places("Iranians rallied in the capital, Tehran, on Monday.")).doesNotContain("the capital=Tehran");
    assertThat(places("Iran is debating capital punishment again.")).containsExactly("Iran=Iran");
    assertThat(places("Students marched in Chile's economic capital.")).containsExactly("Chile=Chile");
  }
}
