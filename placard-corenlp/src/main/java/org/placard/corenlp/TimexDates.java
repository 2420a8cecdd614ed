// SPDX-License-Identifier: GPL-3.0-or-later
package org.placard.corenlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.model.EventDate;
import org.placard.model.TimePrecision;

/**
 * The calendar range a TIMEX3 value denotes: a day ({@code 2020-10-10}, also with a time), an ISO week
 * ({@code 2020-W41}, its weekend {@code 2020-W41-WE}), a month ({@code 2020-10}), or coarser: a quarter, a half, a
 * year, a decade ({@code 199X}). Anything else (durations, {@code PAST_REF}, underspecified values with {@code X})
 * denotes no range. Stateless.
 */
final class TimexDates {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern PART = Pattern.compile("(\\d{4})-([QH])([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");

  private TimexDates() {}

  static Optional<EventDate> date(String value) {
    try {
      return parse(value);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return Optional.empty(); // a value that looks right but names no real day (2020-02-31)
    }
  }

  private static Optional<EventDate> parse(String value) {
    Matcher m;
    if ((m = DAY.matcher(value)).matches()) {
      return Optional.of(EventDate.day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
    }
    if ((m = WEEK.matcher(value)).matches()) {
      LocalDate monday = LocalDate.of(num(m, 1), 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate start = m.group(3) == null ? monday : monday.plusDays(5);
      return Optional.of(new EventDate(start, monday.plusDays(6), TimePrecision.WEEK, false));
    }
    if ((m = MONTH.matcher(value)).matches()) {
      YearMonth month = YearMonth.of(num(m, 1), num(m, 2));
      return Optional.of(new EventDate(month.atDay(1), month.atEndOfMonth(), TimePrecision.MONTH, false));
    }
    if ((m = PART.matcher(value)).matches()) {
      int months = m.group(2).equals("Q") ? 3 : 6;
      int part = num(m, 3);
      if (months == 6 && part > 2) {
        return Optional.empty();
      }
      YearMonth first = YearMonth.of(num(m, 1), (part - 1) * months + 1);
      return Optional.of(coarse(first.atDay(1), first.plusMonths(months - 1).atEndOfMonth()));
    }
    if ((m = YEAR.matcher(value)).matches()) {
      int year = num(m, 1);
      return Optional.of(coarse(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
    if ((m = DECADE.matcher(value)).matches()) {
      int decade = num(m, 1) * 10;
      return Optional.of(coarse(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31)));
    }
    return Optional.empty();
  }

  private static EventDate coarse(LocalDate start, LocalDate end) {
    return new EventDate(start, end, TimePrecision.COARSER, false);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
