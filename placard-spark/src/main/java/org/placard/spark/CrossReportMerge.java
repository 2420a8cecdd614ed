// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.placard.merge.Clusters;
import org.placard.merge.EventCombiner;
import org.placard.merge.MergeRule;
import org.placard.model.Event;

/**
 * The merge stage over a stream of events sorted by {@link MergeKey}: the same events, once combined, as
 * {@code Clusters.of(all, rule)} and {@link EventCombiner} make of the whole set at once, while holding only
 * one run of date-overlapping events at a time.
 *
 * <p>Why the result is the same: the rule joins only events of one block whose date ranges overlap. Within a
 * block sorted by start day, a run ends where the next event starts after every range so far has ended; no
 * event before that point overlaps any event after it, so no group of the whole set spans two runs, and
 * clustering run by run finds the same groups. The combiner depends only on a group's members.
 *
 * <p>Cost: the pairwise rule is quadratic in the length of a run, not of the corpus. A run is long only when
 * many events of one country and type share days (or when a coarse date range, a month, bridges them).
 * Not thread-safe: one task consumes one iterator.
 */
public final class CrossReportMerge implements Iterator<Event> {
  private final Iterator<Event> sorted;
  private final MergeRule rule;
  private final EventCombiner combiner;
  private final Deque<Event> ready = new ArrayDeque<>();
  private final List<Event> run = new ArrayList<>();
  private String runBlock;
  private LocalDate runEnd;

  /** @param sorted events in {@link MergeKey} order; an event out of order fails the stage */
  public CrossReportMerge(Iterator<Event> sorted, MergeRule rule, EventCombiner combiner) {
    this.sorted = Objects.requireNonNull(sorted, "sorted");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.combiner = Objects.requireNonNull(combiner, "combiner");
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && (sorted.hasNext() || !run.isEmpty())) {
      if (sorted.hasNext()) {
        add(sorted.next());
      } else {
        flush();
      }
    }
    return !ready.isEmpty();
  }

  @Override
  public Event next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  private void add(Event event) {
    String block = MergeKey.block(event);
    if (!run.isEmpty()) {
      int order = block.compareTo(runBlock);
      if (order < 0 || (order == 0 && event.date().start().isBefore(run.get(run.size() - 1).date().start()))) {
        throw new IllegalStateException("events out of merge order at " + event.id());
      }
      if (order != 0 || event.date().start().isAfter(runEnd)) {
        flush();
      }
    }
    if (run.isEmpty()) {
      runBlock = block;
      runEnd = event.date().end();
    } else if (event.date().end().isAfter(runEnd)) {
      runEnd = event.date().end();
    }
    run.add(event);
  }

  private void flush() {
    for (Clusters.Group group : Clusters.of(run, rule).groups()) {
      ready.add(combiner.combine(group.members()));
    }
    run.clear();
  }
}
