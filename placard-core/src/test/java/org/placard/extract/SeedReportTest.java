// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placard.model.Claim;
import org.placard.model.Coordinates;
import org.placard.model.Event;
import org.placard.model.Figure;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.model.Slogan;
import org.placard.model.TimePrecision;

/**
 * The project's first acceptance test (issue 2): the seed report, with the places and times a correct geoparser
 * and time tagger would give (built by hand from the gold), yields the gold's events, slogans and claim.
 */
class SeedReportTest {
  private static final String DIR = "seed/";
  private static JsonNode gold;
  private static List<Event> events;
  private static final List<Problem> problems = new ArrayList<>();

  @BeforeAll
  static void extract() throws Exception {
    String text = Fixtures.resource(DIR + "resistance-units-october-2020.txt");
    gold = new ObjectMapper().readTree(Fixtures.resource(DIR + "expected.json"));
    Fixtures f = new Fixtures(text);
    for (JsonNode e : gold.get("events")) {
      JsonNode p = e.get("place");
      String written = e.get("place_in_text").asText();
      if (f.places.stream().noneMatch(r -> r.mention().text().equals(written))) {
        Optional<Long> id = p.get("geonameid").isNull() ? Optional.empty() : Optional.of(p.get("geonameid").asLong());
        f.place(written, new Place(id, p.get("name").asText(), written, Optional.of(p.get("admin1").asText()), "IR",
            "Iran", Optional.of(new Coordinates(p.get("lat").asDouble(), p.get("lon").asDouble())), 1), "P");
      }
    }
    // What a real geoparser finds besides the towns: the country, also inside group names and as an adjective.
    f.country("Iran").country("Iranian");
    f.day("October 22, 1993", LocalDate.of(1993, 10, 22))
        .month("November 2019", 2019, 11)
        .day("December 23, 2019", LocalDate.of(2019, 12, 23))
        .day("December 15, 2019", LocalDate.of(2019, 12, 15))
        .day("October 10, 2020", LocalDate.of(2020, 10, 10))
        .range("The first week of October 2020", LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 7),
            TimePrecision.WEEK)
        .unresolved("November");
    Report report = Report.ofText(text, "seed");
    events = new RuleEventExtractor().extract(report, f.places, f.times, problems::add);
  }

  private static List<Event> current() {
    return events.stream().filter(e -> !e.reference()).toList();
  }

  private static List<Event> at(String written) {
    return current().stream().filter(e -> e.place().map(Place::nameAsWritten).orElse("").equals(written)).toList();
  }

  @Test
  void eachListedCityIsOneEventOfSeptemberOrOctober2020WithGraffitiAndBanners() {
    for (JsonNode e : gold.get("events")) {
      if (!e.get("id").asText().startsWith("list-")) {
        continue;
      }
      List<Event> found = at(e.get("place_in_text").asText());
      assertThat(found).as(e.get("id").asText()).hasSize(1);
      Event event = found.get(0);
      assertThat(event.date().start()).isAfterOrEqualTo(LocalDate.of(2020, 9, 1));
      assertThat(event.date().end()).isBeforeOrEqualTo(LocalDate.of(2020, 10, 31));
      assertThat(event.date().precision().code()).isGreaterThanOrEqualTo(TimePrecision.MONTH.code());
      assertThat(event.date().inferred()).isTrue();
      assertThat(event.forms()).containsExactlyInAnyOrder(Form.GRAFFITI, Form.BANNER);
      assertThat(event.actors()).anyMatch(a -> a.name().equals("MEK Resistance Units"));
    }
  }

  @Test
  void theTehranCaptionIsALeafletEventOfItsOwnDay() {
    assertThat(at("Tehran")).anySatisfy(e -> {
      assertThat(e.date().start()).isEqualTo(LocalDate.of(2020, 10, 10));
      assertThat(e.date().precision()).isEqualTo(TimePrecision.DAY);
      assertThat(e.forms()).containsExactly(Form.LEAFLET);
      assertThat(e.actors()).anyMatch(a -> a.name().equals("PMOI/MEK"));
    });
  }

  @Test
  void theMashhadCaptionPrintedTwiceIsOneWeekEvent() {
    assertThat(at("Mashhad")).singleElement().satisfies(e -> {
      assertThat(e.date().start()).isEqualTo(LocalDate.of(2020, 10, 1));
      assertThat(e.date().end()).isEqualTo(LocalDate.of(2020, 10, 7));
      assertThat(e.date().precision()).isEqualTo(TimePrecision.WEEK);
      assertThat(e.forms()).containsExactlyInAnyOrder(Form.GRAFFITI, Form.BANNER);
    });
  }

  @Test
  void exactlyTheGoldEventsComeOutTheAfkariOneOnlyAsAllowed() {
    List<Event> tehran = at("Tehran");
    assertThat(current()).hasSize(23 + (tehran.size() - 1));
    assertThat(tehran).hasSizeBetween(1, 2);
    tehran.stream().filter(e -> e.date().precision() != TimePrecision.DAY).forEach(e -> {
      assertThat(e.date().start()).isAfterOrEqualTo(LocalDate.of(2020, 9, 1));
      assertThat(e.date().end()).isBeforeOrEqualTo(LocalDate.of(2020, 10, 31));
      assertThat(e.date().precision().code()).isGreaterThanOrEqualTo(3);
      assertThat(e.forms()).contains(Form.GRAFFITI, Form.BANNER);
    });
  }

  @Test
  void atLeastThirteenOfTheFourteenSlogansComeOutVerbatim() {
    Set<String> found = new java.util.HashSet<>();
    events.forEach(e -> e.slogans().stream().map(Slogan::text).forEach(found::add));
    List<String> expected = new ArrayList<>();
    gold.get("slogans").forEach(s -> expected.add(s.asText()));
    long hits = expected.stream().filter(found::contains).count();
    assertThat(hits).as("found %s", found).isGreaterThanOrEqualTo(13);
    assertThat(found).allMatch(s -> !s.startsWith("“") && !s.endsWith("”"));
  }

  @Test
  void theDeathTollBelongsToTheNovember2019ReferenceEventWithItsClaimantAndCorroboration() {
    List<Event> refs = events.stream().filter(Event::reference).toList();
    assertThat(refs).singleElement().satisfies(ref -> {
      assertThat(ref.date().start()).isEqualTo(LocalDate.of(2019, 11, 1));
      assertThat(ref.date().end()).isEqualTo(LocalDate.of(2019, 11, 30));
      assertThat(ref.place()).hasValueSatisfying(p -> assertThat(p.precision()).isEqualTo(3));
      Claim killed = ref.claims().stream().filter(c -> c.figure() == Figure.KILLED).findFirst().orElseThrow();
      assertThat(killed.value()).contains(1500L);
      assertThat(killed.claimant()).hasValueSatisfying(a -> {
        assertThat(a.source()).isEqualTo("PMOI/MEK");
        assertThat(a.on()).contains(LocalDate.of(2019, 12, 15));
      });
      assertThat(killed.corroboratedBy()).singleElement().satisfies(a -> {
        assertThat(a.source()).isEqualTo("Reuters");
        assertThat(a.on()).contains(LocalDate.of(2019, 12, 23));
      });
      assertThat(ref.claims()).anySatisfy(c -> {
        assertThat(c.figure()).isEqualTo(Figure.ARRESTED);
        assertThat(c.value()).isEmpty();
        assertThat(c.asWritten()).isEqualTo("thousands");
      });
    });
  }

  @Test
  void nothingTheGoldForbidsComesOut() {
    assertThat(events).noneMatch(e -> e.date().start().getYear() == 1993);
    assertThat(current()).allMatch(e -> e.claims().stream().noneMatch(c -> c.figure() == Figure.KILLED));
    assertThat(events).allMatch(e -> e.place().map(p -> p.countryCode().equals("IR")).orElse(true));
    Set<String> never = Set.of("Reuters", "Twitter", "Facebook", "YouTube");
    assertThat(events).allMatch(e -> e.actors().stream().noneMatch(a -> never.contains(a.name())));
    assertThat(events).allMatch(e -> e.place().map(p -> !p.nameAsWritten().contains("cities")).orElse(true));
  }

  @Test
  void everyFieldHasEvidenceAndEveryEventItsSource() {
    for (Event e : events) {
      assertThat(e.sources()).hasSize(1);
      assertThat(e.evidence()).extracting(ev -> ev.field()).contains("event", "date");
      e.evidence().forEach(ev -> assertThat(ev.quote()).isNotEmpty());
      if (!e.reference()) {
        assertThat(e.evidence()).extracting(ev -> ev.field()).contains("place", "form");
      }
    }
    assertThat(events).extracting(Event::id).doesNotHaveDuplicates();
  }
}
