// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private Snapshot snapshot = Snapshot.of(List.of());

  /**
   * The events oldest first, and again by country code, with the longest event's length in days: a date filter
   * then looks only at the slice of events that start between (since - longest) and until, found by binary search,
   * and a country filter only at that country's events.
   */
  private record Snapshot(List<IndexedEvent> all, Map<String, List<IndexedEvent>> byCountry, long longestDays) {
    static Snapshot of(List<IndexedEvent> sorted) {
      Map<String, List<IndexedEvent>> byCountry = new HashMap<>();
      long longest = 0;
      for (IndexedEvent e : sorted) {
        e.event().place().ifPresent(p ->
            byCountry.computeIfAbsent(p.countryCode().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(e));
        longest = Math.max(longest, ChronoUnit.DAYS.between(e.event().date().start(), e.event().date().end()));
      }
      return new Snapshot(sorted, byCountry, longest);
    }

    /** The events a filter can match: its country's, within its dates' slice; still to be checked one by one. */
    List<IndexedEvent> candidates(EventFilter filter) {
      List<IndexedEvent> list = filter.country()
          .map(c -> byCountry.getOrDefault(c.toUpperCase(Locale.ROOT), List.of())).orElse(all);
      int from = filter.since().map(d -> firstStartingOnOrAfter(list, d.minusDays(longestDays))).orElse(0);
      int to = filter.until().map(d -> firstStartingOnOrAfter(list, d.plusDays(1))).orElse(list.size());
      return from >= to ? List.of() : list.subList(from, to);
    }

    private static int firstStartingOnOrAfter(List<IndexedEvent> list, LocalDate day) {
      int lo = 0;
      int hi = list.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (list.get(mid).event().date().start().isBefore(day)) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  EventCache(EventStore store) {
    this.store = store;
  }

  /** Every stored event, reference events included, oldest first. */
  private synchronized Snapshot current() throws StoreException {
    if (!stamp.isEmpty() && System.nanoTime() - checkedAt < RECHECK_NANOS) {
      return snapshot;
    }
    checkedAt = System.nanoTime();
    List<Long> now = List.of(store.reportCount(), store.eventCount());
    if (!now.equals(stamp)) {
      List<Event> read = new ArrayList<>(store.events(EventQuery.all()));
      read.sort(BY_DATE);
      snapshot = Snapshot.of(read.stream().map(IndexedEvent::of).toList());
      stamp = now;
    }
    return snapshot;
  }

  /** The events matching every part of {@code filter}, in its sort order, unpaged. */
  List<IndexedEvent> matching(EventFilter filter) throws StoreException {
    List<IndexedEvent> out = new ArrayList<>();
    for (IndexedEvent e : current().candidates(filter)) {
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
