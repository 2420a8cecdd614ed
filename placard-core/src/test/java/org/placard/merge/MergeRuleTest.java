// SPDX-License-Identifier: Apache-2.0
package org.placard.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.placard.model.Actor;
import org.placard.model.ActorRole;
import org.placard.model.Attribution;
import org.placard.model.Claim;
import org.placard.model.Coordinates;
import org.placard.model.Event;
import org.placard.model.EventDate;
import org.placard.model.EventType;
import org.placard.model.Evidence;
import org.placard.model.Figure;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.model.Source;
import org.placard.model.Span;
import org.placard.model.TimePrecision;

class MergeRuleTest {
  static final Place SANTIAGO = new Place(Optional.of(3871336L), "Santiago", "Santiago", Optional.of("Santiago Metropolitan"),
      "CL", "Chile", Optional.of(new Coordinates(-33.45694, -70.64827)), 1);
  static final Place PROVIDENCIA = new Place(Optional.of(3875139L), "Providencia", "Providencia", Optional.of("Santiago Metropolitan"),
      "CL", "Chile", Optional.of(new Coordinates(-33.4314, -70.6093)), 1);
  static final Place VALPARAISO = new Place(Optional.of(3868626L), "Valparaíso", "Valparaiso", Optional.of("Valparaíso"),
      "CL", "Chile", Optional.of(new Coordinates(-33.03932, -71.62725)), 1);
  static final Place CHILE = new Place(Optional.of(3895114L), "Chile", "Chile", Optional.empty(), "CL", "Chile",
      Optional.of(new Coordinates(-30, -71)), 3);

  static Event event(String report, Place place, LocalDate day, String group, Set<Form> forms, String words, Claim... claims) {
    List<Actor> actors = group == null ? List.of() : List.of(new Actor(group, ActorRole.PROTESTERS, List.of(group)));
    return new Event("ev-" + report, EventDate.day(day), Optional.of(place), EventType.PEACEFUL_PROTEST, forms, actors,
        List.of(), List.of(claims), false,
        List.of(new Source(report, Optional.empty(), Optional.empty(), Optional.of("outlet " + report), Optional.of(day))),
        List.of(new Evidence(report, "event", new Span(0, words.length()), words)));
  }

  static final LocalDate MAY16 = LocalDate.of(2024, 5, 16);
  final MergeRule rule = new MergeRule();

  @Test
  void theSameMarchToldTwiceIsOneEventWithAReason() {
    Event a = event("a", SANTIAGO, MAY16, "Confech", Set.of(Form.MARCH), "Students marched through Santiago for free tuition");
    Event b = event("b", PROVIDENCIA, MAY16, "Confech", Set.of(Form.MARCH), "Police water cannon hit a student march");
    assertThat(rule.sameEvent(a, b)).hasValueSatisfying(why -> assertThat(why).contains("nearby places", "Confech"));
    assertThat(rule.sameEvent(b, a)).isPresent();
  }

  @Test
  void nearbyTownsNamedInOneReportStayTwoEvents() {
    Event a = event("a", SANTIAGO, MAY16, "Confech", Set.of(Form.MARCH), "Students marched in Santiago and Providencia");
    Event b = new Event("ev-a2", a.date(), Optional.of(PROVIDENCIA), a.type(), a.forms(), a.actors(), List.of(), List.of(),
        false, a.sources(), a.evidence());
    assertThat(rule.sameEvent(a, b)).isEmpty();
  }

  @Test
  void twoReportsOfACityAndANearbyTownGiveTwoEventsWhateverTheOrder() {
    List<Event> events = new ArrayList<>();
    for (String report : List.of("x", "y")) {
      for (Place place : List.of(SANTIAGO, PROVIDENCIA)) {
        Event e = event(report, place, MAY16, "Confech", Set.of(Form.MARCH), "Students marched in Santiago and Providencia");
        events.add(new Event("ev-" + report + "-" + place.name(), e.date(), e.place(), e.type(), e.forms(), e.actors(),
            e.slogans(), e.claims(), false, e.sources(), e.evidence()));
      }
    }
    for (long seed = 0; seed < 4; seed++) {
      Collections.shuffle(events, new Random(seed));
      assertThat(Clusters.of(events, rule).groups()).extracting(g -> g.members().stream().map(Event::id).toList())
          .containsExactly(List.of("ev-x-Providencia", "ev-y-Providencia"), List.of("ev-x-Santiago", "ev-y-Santiago"));
    }
  }

  @Test
  void aSamePlaceMatchIsStrongerThanANearbyOne() {
    Event a = event("a", SANTIAGO, MAY16, null, Set.of(Form.MARCH), "a march");
    Match same = rule.match(a, event("b", SANTIAGO, MAY16, null, Set.of(Form.MARCH), "a march")).orElseThrow();
    Match near = rule.match(a, event("c", PROVIDENCIA, MAY16, null, Set.of(Form.MARCH), "a march")).orElseThrow();

    assertThat(Match.BEST_FIRST.compare(same, near)).isNegative();
    assertThat(near.km()).isBetween(3.0, 6.0);
    assertThat(MergeRule.dateFit(EventDate.day(MAY16), new EventDate(MAY16, MAY16.plusDays(6), TimePrecision.WEEK, false)))
        .isEqualTo(1.0 / 7);
  }

  @Test
  void twoGroupsInOneCityOnOneDayStayTwoEvents() {
    Event a = event("a", SANTIAGO, MAY16, "Confech", Set.of(Form.MARCH), "Students marched");
    Event b = event("b", SANTIAGO, MAY16, "Truckers' union", Set.of(Form.ROAD_BLOCK), "Truckers blocked roads");
    assertThat(rule.sameEvent(a, b)).isEmpty();
  }

  @Test
  void consecutiveDaysOtherCitiesAndCountryLevelStayApart() {
    Event a = event("a", SANTIAGO, MAY16, null, Set.of(Form.MARCH), "a march");
    assertThat(rule.sameEvent(a, event("b", SANTIAGO, MAY16.plusDays(1), null, Set.of(Form.MARCH), "a march"))).isEmpty();
    assertThat(rule.sameEvent(a, event("c", VALPARAISO, MAY16, null, Set.of(Form.MARCH), "a march"))).isEmpty();
    assertThat(rule.sameEvent(a, event("d", CHILE, MAY16, null, Set.of(Form.MARCH), "a march"))).isEmpty();
  }

  @Test
  void unlikeFormsNeedAlikeWords() {
    Event a = event("a", SANTIAGO, MAY16, null, Set.of(Form.STRIKE), "Dock workers struck at the port over pensions");
    Event b = event("b", SANTIAGO, MAY16, null, Set.of(Form.GRAFFITI), "Graffiti against the mayor appeared downtown");
    Event c = event("c", SANTIAGO, MAY16, null, Set.of(Form.MARCH), "Dock workers marched from the port over pensions");
    assertThat(rule.sameEvent(a, b)).isEmpty();
    assertThat(rule.sameEvent(a, c)).isPresent();
  }

  @Test
  void theSimilarityIsReadFromTheWordsTheCallerGives() {
    Event a = event("a", SANTIAGO, MAY16, null, Set.of(Form.STRIKE), "Dock workers struck at the port over pensions");
    Event c = event("c", SANTIAGO, MAY16, null, Set.of(Form.MARCH), "Dock workers marched from the port over pensions");
    assertThat(MergeRule.contentWords(a)).contains("dock", "worke", "port", "pensi").doesNotContain("the", "at");
    assertThat(rule.match(a, c, MergeRule::contentWords)).isEqualTo(rule.match(a, c));
    // Words that share nothing make unlike forms two events, whatever the evidence says.
    assertThat(rule.match(a, c, e -> Set.of(e.id()))).isEmpty();
  }

  @Test
  void clustersAndTheirCombinationDoNotDependOnOrder() {
    Evidence ev = new Evidence("a", "claim", new Span(0, 2), "34");
    Claim police = new Claim(Figure.ARRESTED, Optional.of(34L), "34",
        Optional.of(new Attribution("Interior Ministry", Optional.of(MAY16))), List.of(), List.of(), ev);
    Claim later = new Claim(Figure.ARRESTED, Optional.of(34L), "34", Optional.empty(), List.of(), List.of(),
        new Evidence("b", "claim", new Span(0, 2), "34"));
    List<Event> events = new ArrayList<>(List.of(
        event("a", SANTIAGO, MAY16, "Confech", Set.of(Form.MARCH), "students march Santiago", police),
        event("b", PROVIDENCIA, MAY16, null, Set.of(Form.MARCH), "student march water cannon", later),
        event("c", SANTIAGO, MAY16, "Truckers' union", Set.of(Form.ROAD_BLOCK), "truckers block roads"),
        event("d", VALPARAISO, MAY16, "Confech", Set.of(Form.MARCH), "students march Valparaiso")));
    List<List<String>> expected = null;
    Random random = new Random(7);
    for (int round = 0; round < 5; round++) {
      Collections.shuffle(events, random);
      Clusters clusters = Clusters.of(events, rule);
      List<List<String>> ids = clusters.groups().stream()
          .map(g -> g.members().stream().map(Event::id).sorted().toList()).sorted((x, y) -> x.get(0).compareTo(y.get(0))).toList();
      if (expected == null) {
        expected = ids;
      }
      assertThat(ids).isEqualTo(expected);
    }
    assertThat(expected).containsExactly(List.of("ev-a", "ev-b"), List.of("ev-c"), List.of("ev-d"));
    Event merged = new EventCombiner().combine(List.of(events.stream().filter(e -> e.id().equals("ev-b")).findFirst().orElseThrow(),
        events.stream().filter(e -> e.id().equals("ev-a")).findFirst().orElseThrow()));
    assertThat(merged.id()).isEqualTo("ev-a");
    assertThat(merged.place()).contains(SANTIAGO);
    assertThat(merged.sources()).hasSize(2);
    assertThat(merged.claims()).hasSize(2);
    assertThat(merged.claims().get(0).corroboratedBy()).extracting(Attribution::source).containsExactly("outlet b");
  }

  @Test
  void combinedDateIsTheCommonPartAtTheFinestPrecision() {
    Event week = new Event("w", new EventDate(LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 7), TimePrecision.WEEK, false),
        Optional.of(SANTIAGO), EventType.PEACEFUL_PROTEST, Set.of(), List.of(), List.of(), List.of(), false, List.of(), List.of());
    Event day = new Event("x", EventDate.day(LocalDate.of(2020, 10, 3)), Optional.of(SANTIAGO), EventType.PEACEFUL_PROTEST,
        Set.of(), List.of(), List.of(), List.of(), false, List.of(), List.of());
    assertThat(new EventCombiner().combine(List.of(week, day)).date()).isEqualTo(EventDate.day(LocalDate.of(2020, 10, 3)));
  }
}
