// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.placard.geo.PlaceMention;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Coordinates;
import org.placard.model.Event;
import org.placard.model.Figure;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.model.Span;
import org.placard.model.TimePrecision;

/** Rules of the extractor that the sentence corpus does not show one by one. */
class ExtractorRulesTest {
  private final RuleEventExtractor extractor = new RuleEventExtractor();

  @Test
  void theRelevanceScreenLooksForProtestWordsOnly() {
    assertThat(extractor.relevant(Report.ofText("Hundreds staged a sit-in.", "t"))).isTrue();
    assertThat(extractor.relevant(Report.ofText("Tear gas was fired.", "t"))).isTrue();
    assertThat(extractor.relevant(Report.ofText("The central bank raised interest rates.", "t"))).isFalse();
  }

  @Test
  void coderNoteStyleActionsPassTheRelevanceScreen() {
    for (String note : List.of("farmers blocking roads", "occupying the cathedral", "strikers picketed the port",
        "a crowd gathered outside parliament", "thousands took to the streets", "students staged a sit in")) {
      assertThat(extractor.relevant(Report.ofText(note, "t"))).as(note).isTrue();
    }
    for (String note : List.of("the army occupied the north in 1974", "the road was closed for repairs",
        "a crowd gathered to watch the match")) {
      assertThat(extractor.relevant(Report.ofText(note, "t"))).as(note).isFalse();
    }
  }

  @Test
  void aDemonymIsNeverAPlace() {
    Place iran = new Place(Optional.of(130758L), "Iran", "Iranian", Optional.empty(), "IR", "Iran",
        Optional.of(new Coordinates(32, 53)), 3);
    ResolvedPlace iranian = new ResolvedPlace(new PlaceMention(new Span(0, 7), "Iranian"), iran, "A", 0.5);
    ResolvedPlace written = new ResolvedPlace(new PlaceMention(new Span(0, 4), "Iran"), iran, "A", 0.5);
    assertThat(EventPlaces.isDemonym(iranian)).isTrue();
    assertThat(EventPlaces.isDemonym(written)).isFalse();
  }

  @Test
  void withoutAReportDateTheLatestMonthOfTheTextIsUsedNeverADay() {
    String text = "On 3 May 2021 the council met. Students protested in Tehran.";
    Fixtures f = new Fixtures(text).town("Tehran", "Tehran", 112931, 35.7, 51.4).day("3 May 2021", LocalDate.of(2021, 5, 3));
    List<Event> events = extractor.extract(Report.ofText(text, "t"), f.places, f.times, p -> {});
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.date().precision()).isEqualTo(TimePrecision.MONTH);
      assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 5, 1));
      assertThat(e.date().end()).isEqualTo(LocalDate.of(2021, 5, 31));
      assertThat(e.date().inferred()).isTrue();
    });
  }

  @Test
  void aStatementDateDoesNotDateTheEvent() {
    String text = "Police said on 5 May 2021 that 30 people were arrested at the protest in Tehran on 2 May 2021.";
    Fixtures f = new Fixtures(text).town("Tehran", "Tehran", 112931, 35.7, 51.4)
        .day("5 May 2021", LocalDate.of(2021, 5, 5)).day("2 May 2021", LocalDate.of(2021, 5, 2));
    List<Event> events = extractor.extract(Report.ofText(text, "t"), f.places, f.times, p -> {});
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 5, 2));
      assertThat(e.claims()).singleElement().satisfies(c -> {
        assertThat(c.figure()).isEqualTo(Figure.ARRESTED);
        assertThat(c.value()).contains(30L);
        assertThat(c.claimant().get().source()).isEqualTo("Police");
        assertThat(c.claimant().get().on()).contains(LocalDate.of(2021, 5, 5));
      });
    });
  }

  private static Report dated(String text, LocalDate published) {
    return Report.of(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(published), "en", "t");
  }

  @Test
  void aPlannedDateAfterTheReportDoesNotDateAPastProtest() {
    String text = "Students marched in Tehran on Monday before the May 5 vote.";
    Fixtures f = new Fixtures(text).town("Tehran", "Tehran", 112931, 35.7, 51.4)
        .day("May 5", LocalDate.of(2021, 5, 5)).day("Monday", LocalDate.of(2021, 4, 19));
    List<Event> events = extractor.extract(dated(text, LocalDate.of(2021, 4, 20)), f.places, f.times, p -> {});
    assertThat(events).singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 4, 19)));
  }

  @Test
  void aLaterDateStillDatesAPlannedProtestWhenItIsTheOnlyOne() {
    String text = "Protest in Tehran on May 5.";
    Fixtures f = new Fixtures(text).town("Tehran", "Tehran", 112931, 35.7, 51.4).day("May 5", LocalDate.of(2021, 5, 5));
    List<Event> events = extractor.extract(dated(text, LocalDate.of(2021, 4, 20)), f.places, f.times, p -> {});
    assertThat(events).singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 5, 5)));
  }

  @Test
  void aDayDatesTheProtestBeforeANearerMonth() {
    String text = "Thousands rallied on Wednesday after a woman died last month in Tehran.";
    Fixtures f = new Fixtures(text).town("Tehran", "Tehran", 112931, 35.7, 51.4)
        .day("Wednesday", LocalDate.of(2021, 4, 14)).month("last month", 2021, 3);
    List<Event> events = extractor.extract(dated(text, LocalDate.of(2021, 4, 15)), f.places, f.times, p -> {});
    assertThat(events).singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 4, 14)));
  }

  @Test
  void aBarePastYearIsBackgroundAndTheReportDayDatesTheProtest() {
    String text = "Relatives of a man killed in 2012 protested in Tehran.";
    Fixtures f = new Fixtures(text).town("Tehran", "Tehran", 112931, 35.7, 51.4)
        .range("2012", LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31), TimePrecision.COARSER);
    List<Event> events = extractor.extract(dated(text, LocalDate.of(2016, 4, 20)), f.places, f.times, p -> {});
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.date().start()).isEqualTo(LocalDate.of(2016, 4, 20));
      assertThat(e.date().inferred()).isTrue();
    });
  }

  @Test
  void aDateInsideTheReportedClauseDatesTheEventNotTheStatement() {
    String text = "Rights Watch said that 30 people were arrested at the protest in Tabriz on 14 March 2021.";
    Fixtures f = new Fixtures(text).town("Tabriz", "Tabriz", 113646, 38.08, 46.29)
        .day("14 March 2021", LocalDate.of(2021, 3, 14));
    Report report = Report.of(text, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(LocalDate.of(2021, 3, 15)), "en", "t");
    List<Event> events = extractor.extract(report, f.places, f.times, p -> {});
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.date()).isEqualTo(org.placard.model.EventDate.day(LocalDate.of(2021, 3, 14)));
      assertThat(e.claims()).singleElement().satisfies(c -> {
        assertThat(c.claimant().get().source()).isEqualTo("Rights Watch");
        assertThat(c.claimant().get().on()).isEmpty();
      });
    });
  }

  @Test
  void workersInsideAGroupsNameAreThatGroupNotWorkersInGeneral() {
    String text = "Truck drivers of the Workers Front went on strike in Kermanshah on 5 June 2021. "
        + "The Teachers' Union of Fars's members rallied in Shiraz on 5 June 2021. Nurses Union Protests In Tabriz.";
    Fixtures f = new Fixtures(text).town("Kermanshah", "Kermanshah", 128226, 34.3, 47.1)
        .town("Shiraz", "Shiraz", 115019, 29.6, 52.5).town("Tabriz", "Tabriz", 113646, 38.08, 46.29)
        .day("5 June 2021", LocalDate.of(2021, 6, 5));
    List<Event> events = extractor.extract(Report.ofText(text, "t"), f.places, f.times, p -> {});
    assertThat(events).hasSize(3);
    assertThat(events.get(0).actors()).extracting(a -> a.name())
        .contains("Workers Front", "Truck Drivers (Iran)").doesNotContain("Labour Group (Iran)");
    assertThat(events.get(0).actors()).filteredOn(a -> a.name().equals("Workers Front"))
        .singleElement().satisfies(a -> assertThat(a.role()).isEqualTo(org.placard.model.ActorRole.ORGANISER));
    assertThat(events.get(1).actors()).extracting(a -> a.name())
        .contains("Teachers' Union of Fars").doesNotContain("Teachers (Iran)");
    assertThat(events.get(2).actors()).extracting(a -> a.name()).as("a headline's other words are not the name")
        .contains("Nurses Union").doesNotContain("Health Workers (Iran)");
  }

  @Test
  void aTwiceRepeatedCaptionIsOneEventAndAnUndatedReportIsAProblem() {
    String text = "Qom – Writing graffiti – 4 May 2021\nQom – Writing graffiti – 4 May 2021\n";
    Fixtures f = new Fixtures(text).town("Qom", "Qom", 119208, 34.6, 50.9).day("4 May 2021", LocalDate.of(2021, 5, 4));
    List<Event> events = extractor.extract(Report.ofText(text, "t"), f.places, f.times, p -> {});
    assertThat(events).singleElement().satisfies(e -> assertThat(e.forms()).containsExactly(Form.GRAFFITI));

    String undated = "Students protested in Qom.";
    Fixtures g = new Fixtures(undated).town("Qom", "Qom", 119208, 34.6, 50.9);
    List<Problem> problems = new ArrayList<>();
    assertThat(extractor.extract(Report.ofText(undated, "t"), g.places, g.times, problems::add)).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.stage()).isEqualTo("extract"));
  }

  @Test
  void aProtestWithNoTownIsAnEventOfUnknownPlaceDatedByTheReport() {
    String text = "about 1,000 angry students staged a rowdy protest yesterday. police arrested two people.";
    Report report = Report.of(text, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(LocalDate.of(2003, 2, 7)), "en", "t");
    List<Event> events = extractor.extract(report, List.of(), List.of(), p -> {});
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.place()).isEmpty();
      assertThat(e.date().inferred()).isTrue();
      assertThat(e.claims()).filteredOn(c -> c.figure() == Figure.CROWD_SIZE)
          .singleElement().satisfies(c -> assertThat(c.value()).contains(1000L));
      assertThat(e.claims()).filteredOn(c -> c.figure() == Figure.ARRESTED)
          .singleElement().satisfies(c -> assertThat(c.value()).contains(2L));
    });
  }

  @Test
  void aTownlessSentenceIsOnlyContextWhenTheReportNamesTowns() {
    String text = "Students protested across the country on 3 May 2021. Students marched in Qom on 3 May 2021.";
    Fixtures f = new Fixtures(text).town("Qom", "Qom", 119208, 34.6, 50.9);
    f.day("3 May 2021", LocalDate.of(2021, 5, 3));
    List<Event> events = extractor.extract(Report.ofText(text, "t"), f.places, f.times, p -> {});
    assertThat(events).singleElement().satisfies(e -> assertThat(e.place().get().name()).isEqualTo("Qom"));
  }

  @Test
  void protestersThrowingStonesMakeAViolentDemonstration() {
    String text = "protesters threw stones and clashed with troops on 3 May 2021.";
    Fixtures f = new Fixtures(text).day("3 May 2021", LocalDate.of(2021, 5, 3));
    assertThat(extractor.extract(Report.ofText(text, "t"), f.places, f.times, p -> {})).singleElement()
        .satisfies(e -> assertThat(e.type().subEventType()).isEqualTo("Violent demonstration"));
  }

  @Test
  void aNamedWeekOfAMonthNarrowsTheTaggersMonth() {
    String text = "Mashhad – Writing graffiti – The first week of October 2020";
    Fixtures f = new Fixtures(text).town("Mashhad", "Mashhad", 124665, 36.3, 59.6).month("October 2020", 2020, 10);
    assertThat(extractor.extract(Report.ofText(text, "t"), f.places, f.times, p -> {})).singleElement()
        .satisfies(e -> {
          assertThat(e.date().start()).isEqualTo(LocalDate.of(2020, 10, 1));
          assertThat(e.date().end()).isEqualTo(LocalDate.of(2020, 10, 7));
          assertThat(e.date().precision()).isEqualTo(TimePrecision.WEEK);
        });
  }

  @Test
  void oddTextNeverThrows() {
    List<String> odd = List.of("", "\n\n\n", "“", "\"", "«protest", "• “", "Tehran –", "protest.\r\n\r\n• ",
        "Mr. Mrs. Dr. protest...", "“unclosed protest slogan chanted\n” 1,500 killed 1,500 killed", "– – – protest – –");
    for (String text : odd) {
      Fixtures f = new Fixtures(text + " Tehran 3 May 2021").town("Tehran", "Tehran", 112931, 35.7, 51.4)
          .day("3 May 2021", LocalDate.of(2021, 5, 3));
      Report report = Report.ofText(text + " Tehran 3 May 2021", "odd");
      assertThat(extractor.extract(report, f.places, f.times, p -> {})).as(text).isNotNull();
      // mentions from another, longer text: ignored with a problem, never an exception
      List<Problem> problems = new ArrayList<>();
      Report shorter = Report.ofText(text, "odd");
      assertThat(extractor.extract(shorter, f.places, f.times, problems::add)).isEmpty();
      assertThat(problems).isNotEmpty();
    }
  }

  @Test
  void everyFormHasAPloverMode() {
    for (Form form : Form.values()) {
      assertThat(PloverMode.of(form).label()).isNotBlank();
    }
    assertThat(PloverMode.of(Form.GRAFFITI)).isEqualTo(PloverMode.DEMONSTRATE);
    assertThat(PloverMode.of(Form.ROAD_BLOCK)).isEqualTo(PloverMode.OBSTRUCT);
  }
}
