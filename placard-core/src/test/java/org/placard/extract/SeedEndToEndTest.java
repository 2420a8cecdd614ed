// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placard.geo.GazetteerGeoparser;
import org.placard.model.Event;
import org.placard.model.Figure;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.model.Slogan;
import org.placard.model.TimePrecision;
import org.placard.pipeline.Extraction;
import org.placard.pipeline.Pipeline;
import org.placard.time.RuleTimeTagger;

/** The seed report through the whole pipeline: the real geoparser, time tagger and extractor. */
class SeedEndToEndTest {
  private static final Set<Long> LIST_CITIES = Set.of(418863L, 115019L, 128747L, 113646L, 141681L, 135298L, 418710L,
      129933L, 122397L, 111453L, 66093L, 143860L, 135878L, 116667L, 118743L, 143127L, 1159301L, 132144L, 121801L,
      6861211L);
  private static final long TEHRAN = 112931L;
  private static final long MASHHAD = 124665L;
  private static Extraction extraction;

  @BeforeAll
  static void run() {
    String text = Fixtures.resource("seed/resistance-units-october-2020.txt");
    Pipeline pipeline = new Pipeline(GazetteerGeoparser.withBundledGazetteer(), new RuleTimeTagger(),
        new RuleEventExtractor());
    extraction = pipeline.process(Report.ofText(text, "seed"));
  }

  private static List<Event> current() {
    return extraction.events().stream().filter(e -> !e.reference()).toList();
  }

  private static List<Event> at(long geonameId) {
    return current().stream().filter(e -> e.place().flatMap(Place::geonameId).equals(Optional.of(geonameId))).toList();
  }

  @Test
  void theListedCitiesAreOneMonthEventEachWithGraffitiAndBanners() {
    for (long id : LIST_CITIES) {
      assertThat(at(id)).as("geonameid " + id).singleElement().satisfies(e -> {
        assertThat(e.date().start()).isAfterOrEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(e.date().end()).isBeforeOrEqualTo(LocalDate.of(2020, 10, 31));
        assertThat(e.date().precision().code()).isGreaterThanOrEqualTo(3);
        assertThat(e.forms()).containsExactlyInAnyOrder(Form.GRAFFITI, Form.BANNER);
      });
    }
    // Chaboksar is not in cities500: the gold gives it no id, so it is found by name.
    assertThat(current()).filteredOn(e -> e.place().get().nameAsWritten().equals("Chaboksar")).hasSize(1);
  }

  @Test
  void tehranAndMashhadAreCodedAsTheirCaptionsSay() {
    assertThat(at(TEHRAN)).anySatisfy(e -> {
      assertThat(e.date()).isEqualTo(org.placard.model.EventDate.day(LocalDate.of(2020, 10, 10)));
      assertThat(e.forms()).containsExactly(Form.LEAFLET);
    });
    assertThat(at(MASHHAD)).singleElement().satisfies(e -> {
      assertThat(e.date().start()).isEqualTo(LocalDate.of(2020, 10, 1));
      assertThat(e.date().end()).isEqualTo(LocalDate.of(2020, 10, 7));
      assertThat(e.date().precision()).isEqualTo(TimePrecision.WEEK);
    });
    assertThat(current()).hasSize(23 + at(TEHRAN).size() - 1);
  }

  @Test
  void slogansClaimAndForbiddenOutputs() {
    Set<String> slogans = current().stream().flatMap(e -> e.slogans().stream()).map(Slogan::text)
        .collect(Collectors.toSet());
    assertThat(slogans).hasSizeGreaterThanOrEqualTo(13)
        .contains("In memory of the November 2019 uprising martyrs.", "Down with the mullahs’ rule.");
    assertThat(extraction.events()).filteredOn(Event::reference).singleElement().satisfies(ref -> {
      assertThat(ref.date().start()).isEqualTo(LocalDate.of(2019, 11, 1));
      assertThat(ref.claims()).anySatisfy(c -> {
        assertThat(c.figure()).isEqualTo(Figure.KILLED);
        assertThat(c.value()).contains(1500L);
        assertThat(c.claimant().get().source()).isEqualTo("PMOI/MEK");
        assertThat(c.corroboratedBy()).extracting(a -> a.source()).containsExactly("Reuters");
      });
    });
    assertThat(current()).allMatch(e -> e.claims().stream().noneMatch(c -> c.figure() == Figure.KILLED));
    assertThat(extraction.events()).noneMatch(e -> e.date().start().getYear() == 1993);
    assertThat(extraction.events()).allMatch(e -> e.place().map(p -> p.countryCode().equals("IR")).orElse(true));
    List<Problem> extractProblems = new ArrayList<>(extraction.problems());
    extractProblems.removeIf(p -> !p.stage().equals("extract"));
    assertThat(extractProblems).isEmpty();
  }
}
