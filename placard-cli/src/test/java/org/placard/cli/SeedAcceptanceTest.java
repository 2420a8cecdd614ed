// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placard.model.Coordinates;

/**
 * The project's first acceptance test: {@code placard ingest} then {@code placard export --format jsonl} on the
 * first document must meet its hand-made gold ({@code seed/expected.json}), read here field by field.
 */
class SeedAcceptanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static JsonNode gold;
  static List<JsonNode> events;
  static List<JsonNode> current;

  @BeforeAll
  static void ingestAndExport() throws IOException {
    Path text = copy("resistance-units-october-2020.txt");
    gold = JSON.readTree(SeedAcceptanceTest.class.getResourceAsStream("/seed/expected.json"));
    String db = dir.resolve("seed.db").toString();
    Path out = dir.resolve("events.jsonl");
    assertThat(PlacardCommand.commandLine().execute("ingest", "--db", db, text.toString())).isZero();
    assertThat(PlacardCommand.commandLine().execute("export", "--db", db, "--format", "jsonl", "--out", out.toString()))
        .isZero();
    events = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      events.add(JSON.readTree(line));
    }
    current = events.stream().filter(e -> !e.get("reference").asBoolean()).toList();
  }

  static Path copy(String name) throws IOException {
    try (InputStream in = SeedAcceptanceTest.class.getResourceAsStream("/seed/" + name)) {
      Path p = dir.resolve(name);
      Files.write(p, in.readAllBytes());
      return p;
    }
  }

  @Test
  void everyExpectedEventIsFoundAtItsPlaceDateAndForms() {
    for (JsonNode want : gold.get("events")) {
      if (want.path("optional").asBoolean()) {
        continue;
      }
      List<JsonNode> found = current.stream().filter(e -> sameId(e, want.get("place"))).filter(e -> sameDate(e, want.get("date"))).toList();
      if (found.isEmpty()) {
        found = current.stream().filter(e -> near(e, want.get("place"))).filter(e -> sameDate(e, want.get("date"))).toList();
      }
      assertThat(found).as("event %s (%s)", want.get("id").asText(), want.get("place_in_text").asText()).hasSize(1);
      Set<String> forms = new HashSet<>();
      found.get(0).get("forms").forEach(f -> forms.add(f.asText()));
      List<String> wantForms = new ArrayList<>();
      want.get("forms").forEach(f -> wantForms.add(f.asText()));
      assertThat(forms).as("forms of %s", want.get("id").asText()).containsAll(wantForms);
    }
  }

  @Test
  void noEventBeyondTheExpectedOnes() {
    int required = 0;
    int optional = 0;
    for (JsonNode want : gold.get("events")) {
      if (want.path("optional").asBoolean()) {
        optional++;
      } else {
        required++;
      }
    }
    assertThat(current.size()).isBetween(required, required + optional);
  }

  @Test
  void slogansAreVerbatim() {
    Set<String> found = new HashSet<>();
    events.forEach(e -> e.get("slogans").forEach(s -> found.add(s.asText())));
    List<String> missing = new ArrayList<>();
    gold.get("slogans").forEach(s -> {
      if (!found.contains(s.asText())) {
        missing.add(s.asText());
      }
    });
    assertThat(missing).as("slogans not found verbatim").hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void theDeathTollIsAnAttributedClaimOnThePastEventOnly() {
    JsonNode claim = gold.get("claims").get(0);
    List<JsonNode> holders = events.stream().filter(e -> hasClaim(e, claim)).toList();
    assertThat(holders).as("events holding the %s claim", claim.get("value")).isNotEmpty();
    for (JsonNode e : holders) {
      assertThat(e.get("reference").asBoolean()).as("a past event, not this month's graffiti").isTrue();
      assertThat(e.get("date_start").asText()).startsWith("2019-11");
      JsonNode c = claimOf(e, claim);
      assertThat(c.get("claimant").asText()).containsAnyOf("PMOI", "MEK");
      assertThat(c.get("claimed_on").asText()).isEqualTo(claim.get("claimed_on").asText());
      JsonNode by = claim.get("corroborated_by").get(0);
      assertThat(c.get("corroborated_by")).anySatisfy(a -> {
        assertThat(a.get("source").asText()).isEqualTo(by.get("source").asText());
        assertThat(a.get("on").asText()).isEqualTo(by.get("on").asText());
      });
    }
    for (JsonNode e : current) {
      assertThat(e.get("fatalities").asLong()).as("fatalities of %s", e.get("location")).isZero();
    }
  }

  @Test
  void mustNotHold() {
    Set<String> notPlaces = Set.of("Maryam Rajavi", "Massoud Rajavi", "Rajavi", "Navid Afkari", "Afkari", "Khamenei",
        "Reuters", "Twitter", "Facebook", "YouTube", "Several cities");
    for (JsonNode e : events) {
      assertThat(e.get("date_start").asText()).doesNotStartWith("1993");
      if (!e.get("iso2").isNull()) {
        assertThat(e.get("iso2").asText()).isEqualTo("IR");
      }
      assertThat(notPlaces).doesNotContain(e.path("place_as_written").asText());
      e.get("assoc_actors").forEach(a -> assertThat(a.asText()).doesNotContain("Reuters", "Twitter", "Facebook", "YouTube"));
    }
    assertThat(current.stream().filter(e -> "Mashhad".equals(e.path("location").asText()))).hasSize(1);
  }

  @Test
  void everyEventPointsToItsEvidence() throws IOException {
    String text = Files.readString(dir.resolve("resistance-units-october-2020.txt"));
    for (JsonNode e : current) {
      assertThat(e.get("evidence")).as("evidence of %s", e.get("location")).isNotEmpty();
      for (JsonNode ev : e.get("evidence")) {
        assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("quote").asText());
      }
    }
  }

  @Test
  void reingestingAddsNothing() {
    String db = dir.resolve("seed.db").toString();
    Path out = dir.resolve("again.jsonl");
    assertThat(PlacardCommand.commandLine().execute("ingest", "--db", db, dir.resolve("resistance-units-october-2020.txt").toString())).isZero();
    assertThat(PlacardCommand.commandLine().execute("export", "--db", db, "--format", "jsonl", "--out", out.toString())).isZero();
    try {
      assertThat(Files.readAllLines(out)).hasSize(events.size());
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }

  /** The gold's rule: the same GeoNames id, or else within 15 km of the gold point. */
  static boolean sameId(JsonNode event, JsonNode place) {
    return !place.get("geonameid").isNull() && event.get("geonameid").asLong() == place.get("geonameid").asLong();
  }

  static boolean near(JsonNode event, JsonNode place) {
    if (event.get("latitude").isNull()) {
      return false;
    }
    Coordinates a = new Coordinates(event.get("latitude").asDouble(), event.get("longitude").asDouble());
    Coordinates b = new Coordinates(place.get("lat").asDouble(), place.get("lon").asDouble());
    return a.distanceKm(b) <= 15;
  }

  /** The gold gives a window and a precision: "day", "week", or "month or coarser; never a single day". */
  static boolean sameDate(JsonNode event, JsonNode date) {
    String start = event.get("date_start").asText();
    String end = event.get("date_end").asText();
    boolean inside = start.compareTo(date.get("earliest").asText()) >= 0 && end.compareTo(date.get("latest").asText()) <= 0;
    int precision = event.get("time_precision").asInt();
    String want = date.get("precision").asText();
    boolean rightPrecision = switch (want) {
      case "day" -> precision == 1 && start.equals(date.get("earliest").asText());
      case "week" -> precision == 2 && start.equals(date.get("earliest").asText()) && end.equals(date.get("latest").asText());
      default -> precision >= 3 && !start.equals(end);
    };
    return inside && rightPrecision;
  }

  static boolean hasClaim(JsonNode event, JsonNode claim) {
    return claimOf(event, claim) != null;
  }

  static JsonNode claimOf(JsonNode event, JsonNode claim) {
    for (JsonNode c : event.get("claims")) {
      if (c.get("figure").asText().equals(claim.get("figure").asText()) && c.get("value").asLong() == claim.get("value").asLong()) {
        return c;
      }
    }
    return null;
  }
}
