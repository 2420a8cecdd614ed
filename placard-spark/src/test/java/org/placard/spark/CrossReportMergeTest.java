// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.placard.merge.Clusters;
import org.placard.merge.EventCombiner;
import org.placard.merge.MergeRule;
import org.placard.model.Actor;
import org.placard.model.ActorRole;
import org.placard.model.Event;
import org.placard.model.EventDate;
import org.placard.model.EventType;
import org.placard.model.Evidence;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.model.Source;
import org.placard.model.Span;
import org.placard.model.TimePrecision;

class CrossReportMergeTest {
  private static final List<Place> PLACES = List.copyOf(FakePipeline.PLACES.values());
  private static final List<EventType> TYPES = List.of(EventType.PEACEFUL_PROTEST,
      new EventType("Demonstrations", "Riots", "Violent demonstration"),
      new EventType("Political violence", "Violence against civilians", "Attack"));
  private static final List<String> WORDS = List.of("students", "rallied", "workers", "strike", "square", "chanting");

  @Test
  void merges_a_sorted_stream_into_the_events_clustering_the_whole_set_gives() {
    for (long seed = 1; seed <= 300; seed++) {
      List<Event> events = randomEvents(new Random(seed));

      List<Event> merged = new ArrayList<>();
      new CrossReportMerge(sorted(events).iterator(), new MergeRule(), new EventCombiner()).forEachRemaining(merged::add);

      assertThat(merged).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(wholeSet(events));
    }
  }

  @Test
  void keeps_apart_events_whose_blocks_differ_even_on_the_same_day() {
    Event tehran = event("a", Optional.of(PLACES.get(0)), EventDate.day(LocalDate.of(2024, 3, 4)), TYPES.get(0), false);
    Event background = event("b", Optional.of(PLACES.get(0)), EventDate.day(LocalDate.of(2024, 3, 4)), TYPES.get(0), true);

    assertThat(MergeKey.block(tehran)).isNotEqualTo(MergeKey.block(background));
    assertThat(MergeKey.block(event("c", Optional.empty(), tehran.date(), TYPES.get(0), false)))
        .isNotEqualTo(MergeKey.block(event("d", Optional.empty(), tehran.date(), TYPES.get(0), false)));
  }

  @Test
  void refuses_events_out_of_merge_order() {
    Event later = event("a", Optional.of(PLACES.get(0)), EventDate.day(LocalDate.of(2024, 3, 5)), TYPES.get(0), false);
    Event earlier = event("b", Optional.of(PLACES.get(0)), EventDate.day(LocalDate.of(2024, 3, 4)), TYPES.get(0), false);

    CrossReportMerge merge = new CrossReportMerge(List.of(later, earlier).iterator(), new MergeRule(), new EventCombiner());

    assertThatThrownBy(merge::hasNext).isInstanceOf(IllegalStateException.class).hasMessageContaining("order");
  }

  private static List<Event> wholeSet(List<Event> events) {
    EventCombiner combiner = new EventCombiner();
    return Clusters.of(events, new MergeRule()).groups().stream().map(g -> combiner.combine(g.members())).toList();
  }

  private static List<Event> sorted(List<Event> events) {
    return events.stream().sorted(Comparator.comparing(MergeKey::of)).toList();
  }

  /** Events crowded onto few places, days and types, with coarse ranges that bridge days, so many merge. */
  private static List<Event> randomEvents(Random random) {
    List<Event> out = new ArrayList<>();
    int n = 1 + random.nextInt(25);
    for (int i = 0; i < n; i++) {
      LocalDate start = LocalDate.of(2024, 3, 1).plusDays(random.nextInt(12));
      EventDate date = switch (random.nextInt(6)) {
        case 0 -> new EventDate(start, start.plusDays(6), TimePrecision.WEEK, false);
        case 1 -> new EventDate(start.withDayOfMonth(1), start.withDayOfMonth(31), TimePrecision.MONTH, true);
        default -> EventDate.day(start);
      };
      Optional<Place> place = random.nextInt(8) == 0 ? Optional.empty() : Optional.of(PLACES.get(random.nextInt(PLACES.size())));
      Event e = event(String.format("r%02d-%d", i, random.nextInt(3)), place, date, TYPES.get(random.nextInt(TYPES.size())),
          random.nextInt(10) == 0);
      List<Actor> actors = random.nextBoolean() ? List.of()
          : List.of(new Actor(random.nextBoolean() ? "Students" : "Workers", ActorRole.PROTESTERS, List.of("them")));
      Set<Form> forms = random.nextBoolean() ? Set.of(Form.RALLY) : Set.of(Form.values()[random.nextInt(Form.values().length)]);
      String quote = WORDS.get(random.nextInt(WORDS.size())) + " " + WORDS.get(random.nextInt(WORDS.size()));
      out.add(new Event(e.id(), e.date(), e.place(), e.type(), forms, actors, List.of(), List.of(), e.reference(),
          e.sources(), List.of(new Evidence(e.sources().get(0).reportId(), "event", new Span(0, quote.length()), quote))));
    }
    return out;
  }

  private static Event event(String id, Optional<Place> place, EventDate date, EventType type, boolean reference) {
    Source source = new Source("report-" + id, Optional.empty(), Optional.empty(), Optional.of("Outlet " + id),
        Optional.of(date.end()));
    return new Event(id, date, place, type, Set.of(Form.RALLY), List.of(), List.of(), List.of(), reference,
        List.of(source), List.of());
  }
}
