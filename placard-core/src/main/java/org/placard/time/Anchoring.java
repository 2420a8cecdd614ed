// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * How expressions that leave out the year or the week are placed against the report's date. The tense of the
 * clause decides first ({@link Tense}): under a future verb the expression is the next such day or month on or
 * after the anchor, under a past verb the latest on or before it. When the clause says neither, news tells of
 * the past, so the past side is favoured:
 * <ul>
 *   <li>a day and month without year ("Oct. 10") is the one nearest the anchor, a date after the anchor counting
 *       as twice as far as one before it ("Dec. 15" in a January report is last December; "Jan. 3" in a
 *       November report is next January);
 *   <li>a month alone ("in March") likewise, measured from the middle of the month;
 *   <li>a weekday alone ("on Saturday") is the most recent such day on or before the anchor, or the next one
 *       after it when its clause speaks of the future ("will meet on Saturday").
 * </ul>
 * Stateless.
 */
final class Anchoring {

  /** Days a dated clause may reach past the anchor against its tense. */
  private static final int GRACE = 7;

  private Anchoring() {}

  static Optional<LocalDate> dayWithoutYear(LocalDate anchor, int month, int day, Tense tense) {
    if (day < 1 || day > 31) {
      return Optional.empty();
    }
    return nearest(anchor, y -> day > YearMonth.of(y, month).lengthOfMonth() ? Optional.empty()
        : Optional.of(LocalDate.of(y, month, day)), tense);
  }

  /**
   * The day a yearly date falls on (a day and month, a holiday), in the year before, of or after the anchor's:
   * the one its tense allows that is nearest the anchor, a day after the anchor counting as twice as far.
   */
  static Optional<LocalDate> nearest(LocalDate anchor, IntFunction<Optional<LocalDate>> inYear, Tense tense) {
    LocalDate best = null;
    long bestCost = Long.MAX_VALUE;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      Optional<LocalDate> day = inYear.apply(y);
      if (day.isEmpty()) {
        continue;
      }
      LocalDate candidate = day.get();
      long cost = ChronoUnit.DAYS.between(candidate, anchor);
      // A week's grace either side: "said on Monday, Oct. 26" in a report of the 25th is not a year away.
      if (tense == Tense.PAST && cost < -GRACE || tense == Tense.FUTURE && cost > GRACE) {
        continue;
      }
      cost = cost >= 0 ? cost : -2 * cost;
      if (cost < bestCost) {
        best = candidate;
        bestCost = cost;
      }
    }
    return Optional.ofNullable(best);
  }

  static YearMonth monthWithoutYear(LocalDate anchor, int month, Tense tense) {
    YearMonth here = YearMonth.from(anchor);
    YearMonth m = here.withMonth(month);
    if (tense == Tense.FUTURE) {
      return m.isBefore(here) ? m.plusYears(1) : m;
    }
    if (tense == Tense.PAST) {
      return m.isAfter(here) ? m.minusYears(1) : m;
    }
    YearMonth best = here;
    long bestCost = Long.MAX_VALUE;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      YearMonth candidate = YearMonth.of(y, month);
      long cost = ChronoUnit.DAYS.between(candidate.atDay(15), anchor);
      cost = cost >= 0 ? cost : -2 * cost;
      if (cost < bestCost) {
        best = candidate;
        bestCost = cost;
      }
    }
    return best;
  }

  /** The month named with "last" (the latest before the anchor's month) or "next" (the first after it). */
  static YearMonth monthBeside(LocalDate anchor, int month, boolean next) {
    YearMonth here = YearMonth.from(anchor);
    YearMonth m = here.withMonth(month);
    if (next) {
      return m.isAfter(here) ? m : m.plusYears(1);
    }
    return m.isBefore(here) ? m : m.minusYears(1);
  }

  /** A bare weekday: on or before the anchor, or after it when {@code future}. */
  static LocalDate weekday(LocalDate anchor, DayOfWeek day, boolean future) {
    return future
        ? anchor.with(TemporalAdjusters.next(day))
        : anchor.with(TemporalAdjusters.previousOrSame(day));
  }

  /** "last Friday" (strictly before the anchor) or "next Friday" (strictly after). */
  static LocalDate weekdayBeside(LocalDate anchor, DayOfWeek day, boolean next) {
    return next ? anchor.with(TemporalAdjusters.next(day)) : anchor.with(TemporalAdjusters.previous(day));
  }
}
