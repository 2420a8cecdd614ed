// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.placard.time.Lexicon.DAY;
import static org.placard.time.Lexicon.DIGIT;
import static org.placard.time.Lexicon.MONTH;
import static org.placard.time.Lexicon.PERSIAN_MONTH;
import static org.placard.time.Lexicon.WEEKDAY;
import static org.placard.time.Lexicon.YEAR;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.placard.model.EventDate;
import org.placard.model.TimePrecision;
import org.placard.time.Rule.Context;
import org.placard.time.Rule.Reading;

/**
 * Rules for dates the text states in full or nearly: days, months, years, decades, centuries, numeric dates and
 * Solar Hijri dates. A day and month without a year takes its year from the anchor ({@link Anchoring}).
 *
 * <p>Numeric dates with slashes are read in US order, month/day/year, unless the first number is over 12
 * (then day/month/year); two-digit years are 19xx from 50 up and 20xx below. Dotted numeric dates are not read
 * (too often decimals or versions). A bare four-digit number is a year only from 1800 to 2099 and not before a
 * counted noun ("1500 people").
 *
 * <p>Parts: "early", "mid", "late" (and "the beginning/middle/end of") a month are the days 1-10, 11-20 and
 * 21-end, with WEEK precision (ACLED's code for a range of under about two weeks) and the month as value; of a
 * year, January-April, May-August and September-December, COARSER, with the year as value.
 */
final class AbsoluteRules {

  private static final String PART = "(?i:(early|mid|late|the\\s+(?:beginning|start|middle|end)\\s+of))[\\s-]+";
  private static final String DAY_NUMBER = "(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\\b";
  private static final String P_DIGITS = DIGIT + "{1,2}";
  private static final String P_YEAR = "(" + DIGIT + "{4})";
  private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String NOT_LETTER_AFTER = "(?![\\p{L}\\p{N}])";
  private static final String COUNTED = "(?!\\s+(?:people|persons|protesters|demonstrators|men|women|children"
      + "|students|workers|troops|soldiers|police|officers|members|supporters|residents|families|dollars|rials"
      + "|tomans|euros|pounds|km|kilometers|kilometres|miles|meters|metres|feet|tons|tonnes|cars|homes|houses"
      + "|times|of\\s+(?:them|the|these|those)|-|to\\s+\\d)\\b)";

  private static final int CI = Pattern.CASE_INSENSITIVE;
  /** The year written after the second day of a pair ("March 3-4, 2019"), for the first. */
  private static final String PAIRED_YEAR = "(?=" + Lexicon.DAY_JOIN + DAY + ",?\\s+(" + YEAR
      + ")\\b)";
  private static final String TENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
      + "|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
  private static final String ONES = "one|two|three|four|five|six|seven|eight|nine";

  private AbsoluteRules() {}

  /** The number two number words make ("ninety", "six": 96), 0 for none. */
  private static int words(String tens, String ones) {
    int n = tens == null ? 0 : Lexicon.count(tens).orElseThrow();
    return n + (ones == null ? 0 : Lexicon.count(ones).orElseThrow());
  }

  static List<Rule> rules() {
    return List.of(
        new Rule("month day year", Pattern.compile("(?:" + WEEKDAY + ",?\\s+)?(" + MONTH + ")\\s+" + DAY_NUMBER
            + "(?:,?\\s+(" + YEAR + ")\\b|" + PAIRED_YEAR + ")?(?![:.]?\\d)"),
            (m, c) -> day(m.group(3) != null ? m.group(3) : m.group(4), m.group(1), m.group(2), c, m.start())),
        new Rule("day month year", Pattern.compile("(?:" + WEEKDAY + ",?\\s+)?(?:(?i:the)\\s+)?" + DAY_NUMBER
            + "\\s+(?:(?i:of)\\s+)?(" + MONTH + ")(?:,?\\s+(" + YEAR + ")\\b)?"),
            (m, c) -> day(m.group(3), m.group(2), m.group(1), c, m.start())),
        new Rule("month year", Pattern.compile("(?:" + PART + ")?(" + MONTH + "),?\\s+(?:(?i:of)\\s+)?(" + YEAR
            + ")\\b"), (m, c) -> month(m.group(1), YearMonth.of(num(m.group(3)), Lexicon.month(m.group(2))))),
        new Rule("week of month", Pattern.compile("(?i:the\\s+(first|second|third|fourth|last)\\s+week\\s+of)\\s+("
            + MONTH + ")(?:,?\\s+(" + YEAR + ")\\b)?"), AbsoluteRules::weekOfMonth),
        new Rule("iso date", Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"),
            (m, c) -> day(m.group(1), m.group(2), m.group(3))),
        new Rule("slashed date", Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])"),
            (m, c) -> slashed(m)),
        new Rule("year", Pattern.compile("(?:(?:" + PART + "|(?i:(?:the\\s+)?(fiscal|calendar)(?:\\s+year)?)\\s+"
            + "|(?i:the\\s+(first|second|last)\\s+half\\s+of)\\s+))?(?<![\\d,.$£€])(?<!\\d-)"
            + "\\b(1[89]\\d{2}|20\\d{2})\\b"
            + "(?![-/.,]?\\d|%)" + COUNTED),
            (m, c) -> year(m.group(1), m.group(3), num(m.group(4)))),
        new Rule("decade", Pattern.compile("(?:(?i:the)\\s+)?(?:(?i:(early|mid|late))[\\s-]+)?"
            + "(?:(1[0-9]|20)([0-9])0'?s|'([0-9])0s)\\b"), (m, c) -> decade(m)),
        new Rule("spoken year", Pattern.compile("\\b(?:the\\s+year\\s+)?nineteen[\\s-]+(" + TENS + ")(?:[\\s-]+("
            + ONES + "))?\\b(?!\\s+(?:hundred|thousand|people|percent))", CI),
            (m, c) -> Reading.of(TimeType.DATE, TimexValues.year(1900 + words(m.group(1), m.group(2))))),
        new Rule("year two thousand", Pattern.compile("\\bthe\\s+year\\s+two\\s+thousand(?:\\s+and)?(?:[\\s-]+("
            + TENS + "|" + ONES + "))?\\b", CI),
            (m, c) -> Reading.of(TimeType.DATE, TimexValues.year(2000 + words(m.group(1), null)))),
        new Rule("spoken decade", Pattern.compile("\\bthe\\s+(?:(early|mid|late)[\\s-]+)?(twenties|thirties|forties"
            + "|fifties|sixties|seventies|eighties|nineties)\\b", CI),
            (m, c) -> Reading.of(TimeType.DATE, "19" + words(m.group(2).replace("ies", "y"), null) / 10)),
        new Rule("century", Pattern.compile("(?:(?i:the)\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+(?i:century)\\b"),
            (m, c) -> Reading.of(TimeType.DATE, String.format(Locale.ROOT, "%02d", num(m.group(1)) - 1))),
        new Rule("solar hijri day", Pattern.compile(NOT_LETTER_BEFORE + "(" + P_DIGITS + ")\\s+(" + PERSIAN_MONTH
            + ")\\s*,?\\s+" + P_YEAR + NOT_LETTER_AFTER), (m, c) -> solarHijri(m.group(3), m.group(2), m.group(1))),
        new Rule("solar hijri month day", Pattern.compile(NOT_LETTER_BEFORE + "(" + PERSIAN_MONTH + ")\\s+("
            + P_DIGITS + "),?\\s+" + P_YEAR + NOT_LETTER_AFTER),
            (m, c) -> solarHijri(m.group(3), m.group(1), m.group(2))),
        new Rule("solar hijri month", Pattern.compile(NOT_LETTER_BEFORE + "(" + PERSIAN_MONTH + "),?\\s+" + P_YEAR
            + NOT_LETTER_AFTER), (m, c) -> solarHijri(m.group(2), m.group(1), null)));
  }

  private static Optional<Reading> day(String year, String month, String day, Context c, int start) {
    int mm = Lexicon.month(month);
    int dd = num(day);
    if (year != null) {
      return day(year, Integer.toString(mm), day);
    }
    if (c.anchor().isEmpty()) {
      return dd <= YearMonth.of(2000, mm).lengthOfMonth() ? Reading.unresolved(TimeType.DATE) : Optional.empty();
    }
    return Anchoring.dayWithoutYear(c.anchor().get(), mm, dd, c.tenseAt(start))
        .flatMap(d -> Reading.of(TimeType.DATE, TimexValues.day(d)));
  }

  private static Optional<Reading> day(String year, String month, String day) {
    try {
      return Reading.of(TimeType.DATE, TimexValues.day(LocalDate.of(num(year), num(month), num(day))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "the first week of October 2020": days 1-7 (8-14, 15-21, 22-28; the last: the month's last seven). */
  private static Optional<Reading> weekOfMonth(MatchResult m, Context c) {
    int month = Lexicon.month(m.group(2));
    YearMonth ym;
    if (m.group(3) != null) {
      ym = YearMonth.of(num(m.group(3)), month);
    } else if (c.anchor().isPresent()) {
      ym = Anchoring.monthWithoutYear(c.anchor().get(), month, c.tenseAt(m.start()));
    } else {
      return Reading.unresolved(TimeType.DATE);
    }
    String which = m.group(1).toLowerCase(Locale.ROOT);
    LocalDate start = which.equals("last") ? ym.atEndOfMonth().minusDays(6)
        : ym.atDay(1 + 7 * (Lexicon.count(which).orElseThrow() - 1));
    return Reading.of(TimeType.DATE, TimexValues.week(start),
        TimexValues.range(start, start.plusDays(6), TimePrecision.WEEK));
  }

  private static Optional<Reading> slashed(MatchResult m) {
    int a = num(m.group(1));
    int b = num(m.group(2));
    int y = num(m.group(3));
    if (m.group(3).length() == 2) {
      y += y >= 50 ? 1900 : 2000;
    }
    return a > 12 ? day(Integer.toString(y), m.group(2), m.group(1))
        : day(Integer.toString(y), Integer.toString(a), Integer.toString(b));
  }

  static Optional<Reading> month(String part, YearMonth ym) {
    String value = TimexValues.month(ym);
    if (part == null) {
      return Reading.of(TimeType.DATE, value);
    }
    String p = part.toLowerCase(Locale.ROOT);
    int first = p.contains("early") || p.contains("beginning") || p.contains("start") ? 1
        : p.contains("mid") ? 11 : 21;
    int last = first == 21 ? ym.lengthOfMonth() : first + 9;
    return Reading.of(TimeType.DATE, value,
        TimexValues.range(ym.atDay(first), ym.atDay(last), TimePrecision.WEEK));
  }

  static Optional<Reading> year(String part, String half, int y) {
    String value = TimexValues.year(y);
    if (half != null) {
      return Reading.of(TimeType.DATE, value + (half.equalsIgnoreCase("first") ? "-H1" : "-H2"));
    }
    if (part == null) {
      return Reading.of(TimeType.DATE, value);
    }
    String p = part.toLowerCase(Locale.ROOT);
    int first = p.contains("early") || p.contains("beginning") || p.contains("start") ? 1
        : p.contains("mid") ? 5 : 9;
    LocalDate start = LocalDate.of(y, first, 1);
    return Reading.of(TimeType.DATE, value,
        TimexValues.range(start, start.plusMonths(4).minusDays(1), TimePrecision.COARSER));
  }

  private static Optional<Reading> decade(MatchResult m) {
    String value = m.group(2) != null ? m.group(2) + m.group(3) : "19" + m.group(4);
    EventDate whole = TimexValues.dateOf(value).orElseThrow();
    if (m.group(1) == null) {
      return Reading.of(TimeType.DATE, value, whole);
    }
    String p = m.group(1).toLowerCase(Locale.ROOT);
    int[] years = p.equals("early") ? new int[] {0, 3} : p.equals("mid") ? new int[] {4, 6} : new int[] {7, 9};
    LocalDate start = whole.start().plusYears(years[0]);
    return Reading.of(TimeType.DATE, value, TimexValues.range(start,
        whole.start().plusYears(years[1]).withMonth(12).withDayOfMonth(31), TimePrecision.COARSER));
  }

  /** A Solar Hijri day, or a whole Solar Hijri month (valued by the Gregorian month holding its middle). */
  private static Optional<Reading> solarHijri(String yearText, String monthName, String dayText) {
    int year = Lexicon.digits(yearText);
    if (year < 1200 || year > 1499) {
      return Optional.empty();
    }
    int month = Lexicon.persianMonth(monthName);
    try {
      if (dayText != null) {
        LocalDate d = SolarHijri.toGregorian(year, month, Lexicon.digits(dayText));
        return Reading.of(TimeType.DATE, TimexValues.day(d));
      }
      LocalDate start = SolarHijri.toGregorian(year, month, 1);
      LocalDate end = SolarHijri.toGregorian(year, month, SolarHijri.monthLength(year, month));
      LocalDate middle = start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
      return Reading.of(TimeType.DATE, TimexValues.month(YearMonth.from(middle)),
          TimexValues.range(start, end, TimePrecision.MONTH));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static int num(String s) {
    return Integer.parseInt(s);
  }
}
