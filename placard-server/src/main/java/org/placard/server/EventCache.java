// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.placard.model.Event;
import org.placard.store.EventQuery;
import org.placard.store.EventStore;
import org.placard.store.StoreException;

/**
 * Every stored event, read once, indexed for in-memory filtering and sorted by date then id, so that each
 * request filters, counts and pages in memory instead of reading every matching event from the store again
 * (the store contract has no count, and the web page asks for totals, points and pages at once).
 *
 * <p>The snapshot is reused while the store's report and event counts are unchanged: every batch that adds
 * anything adds a report, so a {@code placard ingest} running beside the server is seen. The counts are asked
 * at most once every {@link #RECHECK_NANOS} (counting 100,000 rows costs milliseconds per request otherwise),
 * so new events appear within a second.
 * Memory grows with the store (about 2-3 KB an event). Thread-safe.
 */
final class EventCache {
  static final Comparator<Event> BY_DATE =
      Comparator.comparing((Event e) -> e.date().start()).thenComparing(Event::id);

  static final long RECHECK_NANOS = 1_000_000_000L;

  private final EventStore store;
  private List<Long> stamp = List.of();
  private long checkedAt;
  private List<IndexedEvent> events = List.of();

  EventCache(EventStore store) {
    this.store = store;
  }

  /** Every stored event, reference events included, oldest first. */
  synchronized List<IndexedEvent> events() throws StoreException {
    if (!stamp.isEmpty() && System.nanoTime() - checkedAt < RECHECK_NANOS) {
      return events;
    }
    checkedAt = System.nanoTime();
    List<Long> now = List.of(store.reportCount(), store.eventCount());
    if (!now.equals(stamp)) {
      List<Event> read = new ArrayList<>(store.events(EventQuery.all()));
      read.sort(BY_DATE);
      events = read.stream().map(IndexedEvent::of).toList();
      stamp = now;
    }
    return events;
  }

  /** The events matching every part of {@code filter}, in its sort order, unpaged. */
  List<IndexedEvent> matching(EventFilter filter) throws StoreException {
    List<IndexedEvent> out = new ArrayList<>();
    for (IndexedEvent e : events()) {
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
