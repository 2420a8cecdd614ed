// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.placard.time.Lexicon.MONTH;
import static org.placard.time.Lexicon.WEEKDAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.placard.time.Rule.Context;
import org.placard.time.Rule.Reading;

/**
 * Rules for clock times ("at 3 p.m.", "5 p.m. EST Nov. 9", "noon Saturday", "at 15:30 local time") and for
 * TimeML's generic references to the present, past and future ("now", "recently", "the future"). A clock
 * time without a day of its own is on the report's day; its value is the day and the hour
 * ("2020-10-10T15:00"), its range that day. The time zone is kept out of the value, as TimeML does.
 */
final class ClockRules {

  private static final int CI = Pattern.CASE_INSENSITIVE;
  private static final String ZONE = "(?:\\s+(?:EST|EDT|GMT|UTC|PST|PDT|CST|CDT|CET|BST|IRST|local\\s+time))?";
  private static final String DAY_AFTER = "(?:,?\\s+(?:on\\s+)?(?:(" + WEEKDAY + ")|(?i:(today|yesterday|tomorrow"
      + "|tonight))|(" + MONTH + ")\\s+(3[01]|[12][0-9]|0?[1-9])\\b))?";

  private ClockRules() {}

  static List<Rule> rules() {
    return List.of(
        new Rule("clock", Pattern.compile("\\b(1[0-2]|0?[1-9])(?::([0-5][0-9]))?\\s*(?i:(a\\.m\\.|p\\.m\\.|am|pm"
            + "|a\\.m|p\\.m))(?![\\w])" + ZONE + DAY_AFTER),
            (m, c) -> clock(m, c, Integer.parseInt(m.group(1)) % 12
                + (m.group(3).toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0), m.group(2), 4)),
        new Rule("24-hour clock", Pattern.compile("(?<=\\b(?:at|by|until|from|around|before|after)\\s)"
            + "([01]?[0-9]|2[0-3])[:.]([0-5][0-9])(?![\\d.:])" + ZONE + DAY_AFTER),
            (m, c) -> clock(m, c, Integer.parseInt(m.group(1)), m.group(2), 3)),
        new Rule("noon", Pattern.compile("\\b(?i:(noon|midday|midnight))" + DAY_AFTER),
            (m, c) -> clock(m, c, m.group(1).equalsIgnoreCase("midnight") ? 24 : 12, null, 2)),
        new Rule("present", Pattern.compile("\\b(?:right\\s+now|now|currently|nowadays|these\\s+days|the\\s+present"
            + "|present\\s+day|at\\s+this\\s+time)\\b", CI),
            (m, c) -> Reading.of(TimeType.DATE, "PRESENT_REF")),
        new Rule("past", Pattern.compile("\\b(?:recently|more\\s+recently|lately|the\\s+past"
            + "|recent\\s+(years|months|weeks|days|times)|past\\s+years)\\b", CI),
            (m, c) -> m.group(1) == null || m.group(1).equalsIgnoreCase("times")
                ? Reading.of(TimeType.DATE, "PAST_REF")
                : Reading.of(TimeType.DURATION, "PX" + Character.toUpperCase(m.group(1).charAt(0)))),
        // "soon after", "as soon as" relate two events; they do not point at the future.
        new Rule("future", Pattern.compile("\\b(?:as\\s+soon\\s+as\\s+possible|the\\s+(?:near\\s+|distant\\s+)?future"
            + "|soon(?!\\s+(?:as|after|before|afterwards?|thereafter)\\b)|the\\s+(?:near|short|long)\\s+term"
            + "|the\\s+coming\\s+(?:years|months|weeks|days)|coming\\s+(?:years|months|weeks|days)"
            + "|a\\s+later\\s+date)\\b", CI),
            (m, c) -> Reading.of(TimeType.DATE, "FUTURE_REF")));
  }

  /** A clock time on the day that follows it in the text, else on the anchor's day. */
  private static Optional<Reading> clock(MatchResult m, Context c, int hour, String minute, int dayGroup) {
    String hhmm = String.format(Locale.ROOT, "%02d:%s", hour, minute == null ? "00" : minute);
    Optional<LocalDate> day;
    String weekday = m.group(dayGroup);
    String deictic = m.group(dayGroup + 1);
    String month = m.group(dayGroup + 2);
    if (c.anchor().isEmpty()) {
      return Reading.unresolved(TimeType.TIME);
    }
    LocalDate a = c.anchor().get();
    if (weekday != null) {
      day = Optional.of(Anchoring.weekday(a, Lexicon.weekday(weekday), c.tenseAt(m.start()) == Tense.FUTURE));
    } else if (deictic != null) {
      String d = deictic.toLowerCase(Locale.ROOT);
      day = Optional.of(a.plusDays(d.equals("yesterday") ? -1 : d.equals("tomorrow") ? 1 : 0));
    } else if (month != null) {
      day = Anchoring.dayWithoutYear(a, Lexicon.month(month), Integer.parseInt(m.group(dayGroup + 3)),
          c.tenseAt(m.start()));
    } else {
      day = Optional.of(a);
    }
    return day.flatMap(d -> Reading.of(TimeType.TIME, TimexValues.day(d) + "T" + hhmm,
        TimexValues.dateOf(TimexValues.day(d)).orElseThrow()));
  }
}
