// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TimeML's convention for expressions that point back into the story rather than at the report's date: "that
 * day", "later that year", "the next day", "the day before", "the following month", "the previous year", "two
 * days later", "the morning" count from the latest date the text stated before them ("Police fired on Oct. 3. Two days later
 * ...": Oct. 5), not from the report's date. Without such a date before them the reading against the report's date stands. A stated date is
 * any earlier mention whose value names a day, a month or a year (a counted mention counts in turn, so "that
 * day" after "two days later" is the later day). "Ago" and "from now" always count from the report's date, and
 * "a year earlier" is left to {@link PreviousQuarter}. Stateless.
 */
final class StatedDate {

  private static final Pattern THAT = Pattern.compile("(?:(?:earlier|later|early|late)\\s+)?(?:that|the\\s+same)\\s+"
      + "(day|morning|afternoon|evening|night|week|month|year)");
  private static final Pattern NEXT = Pattern.compile("the\\s+(?:(next|following|previous|preceding|prior)\\s+(day"
      + "|morning|afternoon|evening|night|week)|(following|previous|preceding|prior)\\s+(month|year)"
      + "|day\\s+(before|after))");
  private static final Pattern LATER = Pattern.compile("(?:(?:about|around|nearly|almost|some|just|only|roughly"
      + "|more\\s+than|less\\s+than)\\s+)?(" + Lexicon.COUNT + ")[\\s-]+(day|week|month|year)s?(?:\\s+or\\s+so)?\\s+"
      + "(later|earlier|after|before)");
  /** A part of a day on its own: "the morning", "mid-afternoon" (of the day the story is at). */
  private static final Pattern PART = Pattern.compile("(?:(?:early|late|mid)[\\s-]?|the\\s+)(morning|afternoon"
      + "|evening)");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** Words one of which every expression that points back holds; most mentions hold none. */
  private static final List<String> CUES = List.of("that", "same", "next", "follow", "previous", "preceding",
      "prior", "later", "earlier", "after", "before", "morning", "afternoon", "evening");
  private static final Pattern VALUE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

  private StatedDate() {}

  /** The mentions, in text order, with expressions that point back into the story counted from its dates. */
  static List<TimeMention> apply(List<TimeMention> mentions) {
    List<TimeMention> result = new ArrayList<>(mentions.size());
    Stated stated = new Stated();
    for (TimeMention m : mentions) {
      TimeMention out = m;
      if (m.value().isPresent()) {
        String text = m.text().toLowerCase(Locale.ROOT);
        Optional<String> counted = mayPointBack(text) ? counted(WHITESPACE.matcher(text).replaceAll(" "), stated)
            : Optional.empty();
        if (counted.isPresent()) {
          String v = counted.get();
          out = new TimeMention(m.span(), m.text(), m.type(), counted, TimexValues.dateOf(v));
        }
        try {
          stated.update(out.value().orElseThrow());
        } catch (DateTimeException e) {
          // A value that names no real day is no stated date; the story keeps its last one.
        }
      }
      result.add(out);
    }
    return List.copyOf(result);
  }

  private static boolean mayPointBack(String text) {
    for (String cue : CUES) {
      if (text.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> counted(String text, Stated stated) {
    Matcher m;
    if ((m = THAT.matcher(text)).matches()) {
      return at(stated, m.group(1), 0);
    }
    if ((m = NEXT.matcher(text)).matches()) {
      String which = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
      String unit = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : "day";
      int step = which.equals("next") || which.equals("following") || which.equals("after") ? 1 : -1;
      return at(stated, unit, step);
    }
    if ((m = PART.matcher(text)).matches()) {
      return at(stated, m.group(1), 0);
    }
    if ((m = LATER.matcher(text)).matches()) {
      OptionalInt n = Lexicon.count(m.group(1));
      String unit = m.group(2);
      boolean back = m.group(3).equals("earlier") || m.group(3).equals("before");
      if (n.isEmpty() || unit.equals("year") && back) {
        return Optional.empty();
      }
      int k = back ? -n.getAsInt() : n.getAsInt();
      return switch (unit) {
        case "day" -> stated.day.map(d -> TimexValues.day(d.plusDays(k)));
        case "week" -> stated.day.map(d -> TimexValues.week(d.plusWeeks(k)));
        case "month" -> stated.month.map(ym -> TimexValues.month(ym.plusMonths(k)));
        default -> stated.year.map(y -> TimexValues.year(y + k));
      };
    }
    return Optional.empty();
  }

  /** The stated day (shifted by {@code step} units), week, month or year that a "that"-expression names. */
  private static Optional<String> at(Stated stated, String unit, int step) {
    return switch (unit) {
      case "day" -> stated.day.map(d -> TimexValues.day(d.plusDays(step)));
      case "week" -> stated.day.map(d -> TimexValues.week(d.plusWeeks(step)));
      case "month" -> stated.month.map(ym -> TimexValues.month(ym.plusMonths(step)));
      case "year" -> stated.year.map(y -> TimexValues.year(y + step));
      default -> stated.day.map(d -> TimexValues.day(d.plusDays(step)) + "T" + part(unit));
    };
  }

  private static String part(String unit) {
    return switch (unit) {
      case "morning" -> "MO";
      case "afternoon" -> "AF";
      case "evening" -> "EV";
      default -> "NI";
    };
  }

  /** The latest day, month and year the text has stated so far. */
  private static final class Stated {
    Optional<LocalDate> day = Optional.empty();
    Optional<YearMonth> month = Optional.empty();
    Optional<Integer> year = Optional.empty();

    void update(String value) {
      Matcher v = VALUE.matcher(value);
      if (!v.matches()) {
        return;
      }
      int y = Integer.parseInt(v.group(1));
      year = Optional.of(y);
      // A coarser date of another period ends the finer ones: after "in 1995", "that day" is not an earlier day.
      if (v.group(2) == null) {
        month = month.filter(ym -> ym.getYear() == y);
        day = day.filter(d -> d.getYear() == y);
        return;
      }
      YearMonth ym = YearMonth.of(y, Integer.parseInt(v.group(2)));
      month = Optional.of(ym);
      day = v.group(3) != null ? Optional.of(ym.atDay(Integer.parseInt(v.group(3))))
          : day.filter(d -> YearMonth.from(d).equals(ym));
    }
  }
}
