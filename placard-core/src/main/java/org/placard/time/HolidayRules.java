// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.placard.time.Lexicon.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.placard.time.Rule.Context;
import org.placard.time.Rule.Reading;

/**
 * Named days of the year ("Christmas", "Thanksgiving Day", "May Day", "Nowruz", "Good Friday"), read as the day
 * they fall on ("Holy Week" and "Easter week": the ISO week that ends on Easter Sunday), in the year written
 * after them, or else placed against the report's date as a day without a year is ({@link Anchoring#nearest}).
 * Days whose date differs between countries (independence days) are left out;
 * "Labor Day", "Thanksgiving", "Memorial Day" and "Election Day" are the United States' ones, "Labour Day" and
 * "May Day" the first of May. Easter follows the Gregorian computus, Nowruz the Solar Hijri calendar.
 */
final class HolidayRules {

  /** Days at a fixed month and day. */
  private static final Map<String, MonthDay> FIXED = Map.ofEntries(
      Map.entry("christmas", MonthDay.of(12, 25)), Map.entry("christmas day", MonthDay.of(12, 25)),
      Map.entry("christmas eve", MonthDay.of(12, 24)), Map.entry("boxing day", MonthDay.of(12, 26)),
      Map.entry("new year's day", MonthDay.of(1, 1)), Map.entry("new year's eve", MonthDay.of(12, 31)),
      Map.entry("valentine's day", MonthDay.of(2, 14)), Map.entry("halloween", MonthDay.of(10, 31)),
      Map.entry("veterans day", MonthDay.of(11, 11)), Map.entry("veterans' day", MonthDay.of(11, 11)),
      Map.entry("armistice day", MonthDay.of(11, 11)), Map.entry("remembrance day", MonthDay.of(11, 11)),
      Map.entry("bastille day", MonthDay.of(7, 14)), Map.entry("may day", MonthDay.of(5, 1)),
      Map.entry("labour day", MonthDay.of(5, 1)), Map.entry("international workers' day", MonthDay.of(5, 1)),
      Map.entry("women's day", MonthDay.of(3, 8)), Map.entry("international women's day", MonthDay.of(3, 8)),
      Map.entry("st. patrick's day", MonthDay.of(3, 17)), Map.entry("saint patrick's day", MonthDay.of(3, 17)),
      Map.entry("human rights day", MonthDay.of(12, 10)), Map.entry("earth day", MonthDay.of(4, 22)),
      Map.entry("world aids day", MonthDay.of(12, 1)));

  private static final Pattern HOLIDAY = Pattern.compile("\\b((?:Christmas|Thanksgiving|Easter|Halloween"
      + "|Nowruz|Norouz|Nowrouz|Noruz)(?:\\s+(?:Day|Eve|Sunday|Monday|[Ww]eek))?|Holy\\s+Week"
      + "|New\\s+Year['’]s\\s+(?:Day|Eve)|(?:Valentine['’]s|St\\.\\s+Patrick['’]s|Saint\\s+Patrick['’]s"
      + "|Memorial|Labor|Labour|Election|Veterans['’]?|Armistice|Remembrance|Bastille|May|Boxing|Columbus"
      + "|Presidents['’]?|Mother['’]s|Father['’]s"
      + "|(?:International\\s+)?Women['’]s|International\\s+Workers['’]|Human\\s+Rights|Earth|World\\s+AIDS"
      + "|Martin\\s+Luther\\s+King(?:\\s+Jr\\.?)?)\\s+Day|Good\\s+Friday|Palm\\s+Sunday|Ash\\s+Wednesday)"
      + "(?:,?\\s+(" + YEAR + "))?\\b(?!-)");

  private HolidayRules() {}

  static List<Rule> rules() {
    return List.of(new Rule("holiday", HOLIDAY, HolidayRules::holiday));
  }

  private static Optional<Reading> holiday(MatchResult m, Context c) {
    String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('’', '\'')
        .replace(" jr.", " jr");
    IntFunction<Optional<LocalDate>> inYear = y -> day(name, y);
    Optional<LocalDate> day;
    if (m.group(2) != null) {
      day = inYear.apply(Integer.parseInt(m.group(2)));
    } else if (c.anchor().isPresent()) {
      day = Anchoring.nearest(c.anchor().get(), inYear, c.tenseAt(m.start()));
    } else {
      return Reading.unresolved(TimeType.DATE);
    }
    // Holy Week ends on Easter Sunday, the last day of its ISO week.
    boolean week = name.endsWith("week");
    return day.flatMap(d -> Reading.of(TimeType.DATE, week ? TimexValues.week(d) : TimexValues.day(d)));
  }

  /** The day a named day falls on in Gregorian year {@code y}, empty for a name this class does not know. */
  static Optional<LocalDate> day(String name, int y) {
    MonthDay fixed = FIXED.get(name);
    if (fixed != null) {
      return Optional.of(fixed.atYear(y));
    }
    String first = name.split(" ")[0];
    LocalDate d = switch (first) {
      case "thanksgiving" -> nth(y, 11, DayOfWeek.THURSDAY, 4);
      case "memorial" -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case "labor" -> nth(y, 9, DayOfWeek.MONDAY, 1);
      case "election" -> nth(y, 11, DayOfWeek.MONDAY, 1).plusDays(1);
      case "columbus" -> nth(y, 10, DayOfWeek.MONDAY, 2);
      case "presidents", "presidents'" -> nth(y, 2, DayOfWeek.MONDAY, 3);
      case "martin" -> nth(y, 1, DayOfWeek.MONDAY, 3);
      case "mother's" -> nth(y, 5, DayOfWeek.SUNDAY, 2);
      case "father's" -> nth(y, 6, DayOfWeek.SUNDAY, 3);
      case "easter", "holy" -> name.endsWith("monday") ? easter(y).plusDays(1) : easter(y);
      case "good" -> easter(y).minusDays(2);
      case "palm" -> easter(y).minusDays(7);
      case "ash" -> easter(y).minusDays(46);
      case "nowruz", "norouz", "nowrouz", "noruz" -> SolarHijri.nowruz(y - 621);
      default -> null;
    };
    return Optional.ofNullable(d);
  }

  /** The {@code n}th given weekday of a month. */
  private static LocalDate nth(int year, int month, DayOfWeek day, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }

  /** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }
}
