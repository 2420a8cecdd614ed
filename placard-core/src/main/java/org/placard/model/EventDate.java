// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When an event happened: a closed date range and how precisely it is known.
 *
 * @param start     first possible day
 * @param end       last possible day (inclusive), not before start
 * @param precision ACLED time precision
 * @param inferred  true when the text gave no time expression and the date was taken from the report's own
 */
public record EventDate(LocalDate start, LocalDate end, TimePrecision precision, boolean inferred) {
  public EventDate {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("date range ends before it starts: " + start + ".." + end);
    }
  }

  public static EventDate day(LocalDate day) {
    return new EventDate(day, day, TimePrecision.DAY, false);
  }

  /**
   * The single date ACLED's {@code event_date} carries: the day itself, or the middle of the range for
   * coarser precision (mid-week, mid-month), as ACLED codes events known only to a week or a month.
   */
  public LocalDate eventDate() {
    long days = ChronoUnit.DAYS.between(start, end);
    return start.plusDays(days / 2);
  }

  public boolean overlaps(EventDate other) {
    return !end.isBefore(other.start) && !other.end.isBefore(start);
  }
}
