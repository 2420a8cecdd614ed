// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placard.model.Coordinates;
import org.placard.model.Report;

/** The project's first document against the bundled gazetteer: every gold place, nothing from people's names. */
class SeedDocumentTest {
  private static List<ResolvedPlace> places;
  private static JsonNode expected;

  @BeforeAll
  static void parse() throws IOException {
    String text;
    try (InputStream in = SeedDocumentTest.class.getResourceAsStream("/reports/resistance-units-october-2020.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (InputStream in = SeedDocumentTest.class.getResourceAsStream(
        "/reports/resistance-units-october-2020.expected.json")) {
      expected = new ObjectMapper().readTree(in);
    }
    places = GazetteerGeoparser.withBundledGazetteer().places(Report.ofText(text, "seed"), p -> { });
  }

  @Test
  void everyGoldPlaceResolvesToItsGeoNamesIdOrWithin15Km() {
    for (JsonNode event : expected.get("events")) {
      JsonNode gold = event.get("place");
      String written = event.get("place_in_text").asText();
      List<ResolvedPlace> mentions = places.stream().filter(p -> p.mention().text().equals(written)).toList();
      assertThat(mentions).as(written).isNotEmpty();
      for (ResolvedPlace p : mentions) {
        if (gold.get("geonameid").isNull()) {
          Coordinates point = new Coordinates(gold.get("lat").asDouble(), gold.get("lon").asDouble());
          assertThat(p.place().coordinates().orElseThrow().distanceKm(point)).as(written).isLessThan(15);
        } else {
          assertThat(p.place().geonameId()).as(written).contains(gold.get("geonameid").asLong());
        }
      }
    }
  }

  @Test
  void noPlaceOutsideIranAndNoneFromPeoplesNames() {
    assertThat(places).allSatisfy(p -> assertThat(p.place().countryCode()).isEqualTo("IR"));
    Set<String> people = Set.of("Maryam", "Rajavi", "Massoud", "Navid", "Afkari", "Khamenei", "Maryam Rajavi",
        "Reuters", "Twitter", "Facebook", "YouTube");
    assertThat(places).noneSatisfy(p -> assertThat(people).contains(p.mention().text()));
  }
}
