// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import org.placard.model.Event;
import org.placard.model.Place;

/**
 * Where an event goes in the merge stage: its block, then its start day, then its id.
 *
 * <p>The block holds every event {@link org.placard.merge.MergeRule} could ever join to this one: the rule
 * wants both events current or both background, of one disorder type, at the same place (one GeoNames id,
 * or nearby points in one country). So the block is country, disorder type and the background flag. An event
 * without a place can join nothing and has a block of its own. Sorting a block by start day lets the merge
 * cut it wherever no date range reaches across (see {@link CrossReportMerge}).
 *
 * @param block     the block's name
 * @param startDay  the first possible day of the event, as an epoch day
 * @param eventId   the event's id, for a total and repeatable order
 */
public record MergeKey(String block, long startDay, String eventId) implements Serializable, Comparable<MergeKey> {
  private static final long serialVersionUID = 1L;
  private static final Comparator<MergeKey> ORDER = Comparator.comparing((MergeKey k) -> k.block())
      .thenComparingLong(MergeKey::startDay).thenComparing(MergeKey::eventId);

  public MergeKey {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(eventId, "eventId");
  }

  public static MergeKey of(Event event) {
    return new MergeKey(block(event), event.date().start().toEpochDay(), event.id());
  }

  /** The block of {@code event}: events of different blocks are never one event. */
  public static String block(Event event) {
    return event.place().map(Place::countryCode)
        .map(country -> country + "\u0000" + event.type().disorderType() + "\u0000" + event.reference())
        .orElse("\u0001" + event.id());
  }

  @Override
  public int compareTo(MergeKey other) {
    return ORDER.compare(this, other);
  }
}
