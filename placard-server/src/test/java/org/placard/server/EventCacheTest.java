// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.placard.model.Event;
import org.placard.model.EventDate;
import org.placard.model.TimePrecision;
import org.placard.store.EventQuery;
import org.placard.store.StoreException;

class EventCacheTest {

  /** The sample's events, and a month-long copy of each third one, so that long events start well before a window. */
  private static InMemoryEventStore store() throws StoreException {
    InMemoryEventStore store = SampleEvents.store();
    List<Event> longer = new ArrayList<>();
    List<Event> sample = store.events(EventQuery.all());
    for (int i = 0; i < sample.size(); i += 3) {
      Event e = sample.get(i);
      LocalDate start = e.date().start().minusDays(20);
      longer.add(new Event(e.id() + "-month", new EventDate(start, start.plusDays(30), TimePrecision.MONTH, false),
          e.place(), e.type(), e.forms(), e.actors(), e.slogans(), e.claims(), e.reference(), e.sources(), e.evidence()));
    }
    store.load(longer);
    return store;
  }

  private static EventFilter filter(Map<String, List<String>> params) {
    return EventFilter.parse(params, Set.of());
  }

  @Test
  void theIndexedSlicesGiveExactlyWhatAFullScanGives() throws StoreException {
    InMemoryEventStore store = store();
    EventCache cache = new EventCache(store);
    List<IndexedEvent> everything = store.events(EventQuery.all()).stream()
        .sorted(EventCache.BY_DATE).map(IndexedEvent::of).toList();
    List<LocalDate> starts = everything.stream().map(e -> e.event().date().start().minusDays(10)).distinct().toList();
    int nonEmpty = 0;
    for (String country : new String[] {null, "IR", "ir", "FR", "IQ", "ZZ"}) {
      for (LocalDate since : starts) {
        for (int length : new int[] {0, 3, 30}) {
          Map<String, List<String>> params = new HashMap<>();
          params.put("since", List.of(since.toString()));
          params.put("until", List.of(since.plusDays(length).toString()));
          if (country != null) {
            params.put("country", List.of(country));
          }
          EventFilter f = filter(params);
          List<IndexedEvent> expected = everything.stream().filter(e -> e.matches(f)).toList();
          assertThat(cache.matching(f)).as("%s", params).containsExactlyElementsOf(expected);
          nonEmpty += expected.isEmpty() ? 0 : 1;
        }
      }
    }
    assertThat(nonEmpty).as("windows that hold events").isGreaterThan(20);
  }

  @Test
  void aLongEventIsFoundByAWindowThatOnlyItsEndReaches() throws StoreException {
    EventCache cache = new EventCache(store());
    List<IndexedEvent> all = cache.matching(filter(Map.of()));
    IndexedEvent month = all.stream().filter(e -> e.event().id().endsWith("-month")).findFirst().orElseThrow();
    LocalDate lastDay = month.event().date().end();

    List<IndexedEvent> found = cache.matching(filter(Map.of("since", List.of(lastDay.toString()),
        "until", List.of(lastDay.plusDays(1).toString()))));

    assertThat(found).contains(month);
  }
}
