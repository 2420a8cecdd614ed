// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.placard.model.Event;
import org.placard.store.EventQuery;
import org.placard.store.EventStore;
import org.placard.store.StoreException;

/**
 * The results of recent store queries, indexed for in-memory filtering and sorted by date then id, so that a
 * page of a filtered view does not read every matching event from the store again.
 *
 * <p>A cached result is reused while the store's report and event counts are unchanged: every batch that
 * adds anything adds a report, so a running {@code placard ingest} beside the server is seen at the next
 * request. Thread-safe; holds at most {@link #CAPACITY} results, least recently used dropped first.
 */
final class EventCache {
  static final int CAPACITY = 8;
  static final Comparator<Event> BY_DATE =
      Comparator.comparing((Event e) -> e.date().start()).thenComparing(Event::id);

  private final EventStore store;
  private final Map<EventQuery, List<IndexedEvent>> results = new LinkedHashMap<>(16, 0.75f, true);
  private List<Long> stamp = List.of();

  EventCache(EventStore store) {
    this.store = store;
  }

  /** The events matching {@code query}, oldest first. */
  synchronized List<IndexedEvent> events(EventQuery query) throws StoreException {
    List<Long> now = List.of(store.reportCount(), store.eventCount());
    if (!now.equals(stamp)) {
      results.clear();
      stamp = now;
    }
    List<IndexedEvent> cached = results.get(query);
    if (cached != null) {
      return cached;
    }
    List<Event> events = new ArrayList<>(store.events(query));
    events.sort(BY_DATE);
    List<IndexedEvent> indexed = events.stream().map(IndexedEvent::of).toList();
    results.put(query, indexed);
    if (results.size() > CAPACITY) {
      results.remove(results.keySet().iterator().next());
    }
    return indexed;
  }

  /** The events matching every part of {@code filter}, in its sort order, unpaged. */
  List<IndexedEvent> matching(EventFilter filter) throws StoreException {
    List<IndexedEvent> out = new ArrayList<>();
    for (IndexedEvent e : events(filter.storeQuery())) {
      if (e.matches(filter)) {
        out.add(e);
      }
    }
    if (filter.newestFirst()) {
      Collections.reverse(out);
    }
    return out;
  }
}
