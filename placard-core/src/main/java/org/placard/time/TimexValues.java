// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.model.EventDate;
import org.placard.model.TimePrecision;

/**
 * TIMEX3 values written and read: the calendar range a DATE or TIME value denotes, and the values of weeks,
 * quarters and seasons. Stateless.
 *
 * <p>Ranges: a day is DAY; a week ("2020-W40", Monday to Sunday) and a weekend ("2020-W40-WE", Saturday and
 * Sunday) are WEEK; a month is MONTH; a quarter, half, season, year, decade ("199") or century ("19") is
 * COARSER. Seasons are the meteorological ones of the northern hemisphere (winter 2019 is December 2019 to
 * February 2020). Generic references (PAST_REF) and values with unknown parts ("1989-WXX") have no range.
 */
public final class TimexValues {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern PART = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");
  private static final Pattern YEARS = Pattern.compile("\\d{2,4}");
  private static final Pattern DURATION = Pattern.compile("P(\\d+)([DWMYQ])|PT(\\d+)([HM])");

  private TimexValues() {}

  /** The range a DATE/TIME value denotes, empty for values that name no definite range. */
  public static Optional<EventDate> dateOf(String value) {
    Objects.requireNonNull(value, "value");
    Matcher m;
    try {
      if ((m = DAY.matcher(value)).matches()) {
        return Optional.of(EventDate.day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
      }
      if ((m = MONTH.matcher(value)).matches()) {
        YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
        return Optional.of(range(ym.atDay(1), ym.atEndOfMonth(), TimePrecision.MONTH));
      }
      if ((m = WEEK.matcher(value)).matches()) {
        LocalDate monday = LocalDate.of(num(m, 1), 6, 1)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2)).with(DayOfWeek.MONDAY);
        return Optional.of(m.group(3) == null
            ? range(monday, monday.plusDays(6), TimePrecision.WEEK)
            : range(monday.plusDays(5), monday.plusDays(6), TimePrecision.WEEK));
      }
      if ((m = PART.matcher(value)).matches()) {
        return Optional.of(part(num(m, 1), m.group(2)));
      }
      if (YEARS.matcher(value).matches()) {
        int span = (int) Math.pow(10, 4 - value.length());
        int first = Integer.parseInt(value) * span;
        return Optional.of(range(LocalDate.of(first, 1, 1), LocalDate.of(first + span - 1, 12, 31),
            TimePrecision.COARSER));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The range of an event that lasted a DURATION value ("P3D", "P2W", "PT24H") and ended on {@code end}: for
   * "a three-day strike" reported as over on the 10th, the 8th to the 10th. Empty for vague durations ("PXD").
   */
  public static Optional<EventDate> durationEndingOn(String value, LocalDate end) {
    Objects.requireNonNull(end, "end");
    Matcher m = DURATION.matcher(Objects.requireNonNull(value, "value"));
    if (!m.matches()) {
      return Optional.empty();
    }
    LocalDate start;
    if (m.group(1) != null) {
      int n = Integer.parseInt(m.group(1));
      Period p = switch (m.group(2)) {
        case "D" -> Period.ofDays(n);
        case "W" -> Period.ofWeeks(n);
        case "M" -> Period.ofMonths(n);
        case "Q" -> Period.ofMonths(3 * n);
        default -> Period.ofYears(n);
      };
      start = end.minus(p).plusDays(1);
    } else {
      long hours = m.group(4).equals("H") ? Long.parseLong(m.group(3)) : 0;
      start = end.minusDays(Math.max(0, (hours - 1) / 24));
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
    TimePrecision p = days == 0 ? TimePrecision.DAY : days <= 13 ? TimePrecision.WEEK
        : days <= 62 ? TimePrecision.MONTH : TimePrecision.COARSER;
    return Optional.of(new EventDate(start, end, p, false));
  }

  static String day(LocalDate d) {
    return d.toString();
  }

  static String month(YearMonth ym) {
    return ym.toString();
  }

  /** The ISO week ("2020-W40") a day falls in. */
  static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String year(int y) {
    return String.format(Locale.ROOT, "%04d", y);
  }

  static EventDate range(LocalDate start, LocalDate end, TimePrecision precision) {
    return new EventDate(start, end, precision, false);
  }

  private static EventDate part(int year, String code) {
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    LocalDate start = switch (code) {
      case "Q1", "H1" -> jan1;
      case "Q2" -> jan1.withMonth(4);
      case "Q3", "H2" -> jan1.withMonth(7);
      case "Q4" -> jan1.withMonth(10);
      case "SP" -> jan1.withMonth(3);
      case "SU" -> jan1.withMonth(6);
      case "FA" -> jan1.withMonth(9);
      default -> jan1.withMonth(12);
    };
    int months = code.startsWith("H") ? 6 : 3;
    LocalDate end = start.plusMonths(months).minusDays(1);
    return range(start, end.with(TemporalAdjusters.lastDayOfMonth()), TimePrecision.COARSER);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
