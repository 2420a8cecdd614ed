// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.placard.time.Lexicon.COUNT;
import static org.placard.time.Lexicon.MONTH;
import static org.placard.time.Lexicon.WEEKDAY;
import static org.placard.time.Lexicon.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.placard.time.Rule.Context;
import org.placard.time.Rule.Reading;

/**
 * Rules for expressions that need the report's date: today, yesterday, weekdays, this/last/next week, month
 * and year, months without a year, "three weeks ago". Without an anchor they are found but get no value.
 * "last week" is the ISO week before the anchor's; "the weekend" is the latest Saturday-Sunday that began on or
 * before the anchor; "two days later" counts from the anchor (the report's date), not from an earlier date in
 * the text.
 */
final class RelativeRules {

  private static final int CI = Pattern.CASE_INSENSITIVE;
  private static final String DAY_PART = "(morning|afternoon|evening|night)";
  /** "May" alone is a month only after words like these ("in May"), not as a verb ("May I"). */
  private static final Pattern MAY_CONTEXT = Pattern.compile("\\b(?:in|since|until|by|during|from|through|of"
      + "|before|after|and|or|to)\\s+$", CI);
  /** A capitalised word right after a bare abbreviation ("Jan Kavan"): a name, not a month. */
  private static final Pattern NAME_NEXT = Pattern.compile("\\s+\\p{Lu}\\p{Ll}");
  private static final Pattern ENDED = Pattern.compile("\\s+(?:that\\s+)?(?:ended|ending|ends)\\b");
  private static final String EDGE = "(?:(early|late|earlier|later)\\s+)?";

  private RelativeRules() {}

  static List<Rule> rules() {
    return List.of(
        new Rule("deictic day", Pattern.compile("\\b" + EDGE + "(today|tonight|tomorrow|yesterday|the\\s+day\\s+"
            + "before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)(?:\\s+" + DAY_PART + ")?\\b", CI),
            (m, c) -> anchored(c, m.group(3) != null || m.group(2).equalsIgnoreCase("tonight")
                ? TimeType.TIME : TimeType.DATE, a -> deictic(a, m.group(2).toLowerCase(Locale.ROOT), m.group(3)))),
        new Rule("afternoon yesterday", Pattern.compile("\\b(?:early\\s+|late\\s+|mid-?)?" + DAY_PART
            + "\\s+(yesterday|today|tomorrow)\\b", CI), (m, c) -> anchored(c, TimeType.TIME,
                a -> deictic(a, m.group(2).toLowerCase(Locale.ROOT), m.group(1)))),
        new Rule("this morning", Pattern.compile("\\b(this|last|early\\s+this|late\\s+this|later\\s+this)\\s+"
            + DAY_PART + "\\b", CI), (m, c) -> anchored(c, TimeType.TIME, a -> {
              boolean last = m.group(1).equalsIgnoreCase("last");
              return dayPart(last ? a.minusDays(1) : a, m.group(2));
            })),
        new Rule("weekday", Pattern.compile("(?:\\b(?i:(last|next|this|this\\s+past|this\\s+coming|the\\s+previous"
            + "|the\\s+following|early|late|earlier|later))\\s+)?\\b(" + WEEKDAY + ")(?:\\s+(?i:" + DAY_PART
            + "))?(?!\\s*,?\\s+(?:" + MONTH + ")\\s+\\d)(?!\\w)"),
            (m, c) -> anchored(c, m.group(3) != null ? TimeType.TIME : TimeType.DATE,
                a -> weekday(a, m.group(1), Lexicon.weekday(m.group(2)), m.group(3), c.tenseAt(m.start()) == Tense.FUTURE))),
        new Rule("this week", Pattern.compile("\\b(?:(early|late|earlier|later)\\s+)?(?:(this|last|next|the\\s+past"
            + "|the\\s+previous|the\\s+coming|the\\s+following)\\s+)(week|month|year|weekend|summer|winter|spring"
            + "|fall|autumn)\\b(?!-)", CI),
            (m, c) -> anchored(c, TimeType.DATE, a -> shifted(a, m.group(2), m.group(3)))),
        new Rule("the weekend", Pattern.compile("\\b(?:over\\s+)?the\\s+weekend\\b", CI),
            (m, c) -> anchored(c, TimeType.DATE, a -> weekend(a, 0))),
        new Rule("ago", Pattern.compile("\\b(?:(?:about|around|nearly|almost|some|more\\s+than|less\\s+than|over"
            + "|just|only|roughly)\\s+)?(" + COUNT + ")[\\s-]+(day|week|month|year|decade|hour)s?(?:\\s+or\\s+so)?\\s+"
            // "two days before the vote": counted from the vote, not a date of its own.
            + "(ago|earlier|later|before(?=\\s*[,.;:)]|\\s*$)|from\\s+now)\\b"
            + "(?!\\s+(?:than|that|the|a|an|his|her|their|its)\\b)", CI),
            (m, c) -> anchored(c, TimeType.DATE, a -> ago(a, m.group(1), m.group(2), m.group(3)))),
        new Rule("month", Pattern.compile("(?:\\b(?i:(last|next|this|this\\s+past|this\\s+coming|early|mid|late"
            + "|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+end\\s+of))[\\s-]+)?\\b("
            + MONTH + ")(?:,?\\s+(?i:(this|last|next)\\s+year))?(?![.]?\\s*\\d|\\w)"), RelativeRules::month),
        new Rule("quarter", Pattern.compile("\\b(?:(the|this|last|next|its|this\\s+year's|last\\s+year's"
            + "|next\\s+year's)\\s+)?(?:(" + YEAR + ")\\s+)?(?:(fiscal|year-earlier|year-ago|calendar)[\\s-]+)?"
            + "(first|second|third|fourth|1st|2nd|3rd|4th|last)[\\s-]+quarter(?:\\s+of\\s+(" + YEAR
            + "|this\\s+year|last\\s+year|next\\s+year))?\\b(?!s)", CI), RelativeRules::quarter),
        new Rule("the quarter", Pattern.compile("\\b(the|this|that|its|the\\s+latest|the\\s+current|the\\s+same"
            + "|the\\s+comparable|the\\s+corresponding|the\\s+most\\s+recent|the\\s+previous|the\\s+year-earlier"
            + "|the\\s+year-ago|the\\s+comparable\\s+year-(?:ago|earlier)|last\\s+year's|this\\s+year's)\\s+"
            + "(?:fiscal\\s+)?quarter\\b(?!s|ly|-)", CI), RelativeRules::reportedQuarter),
        new Rule("year-earlier", Pattern.compile("\\b(?:the\\s+)?year-(?:earlier|ago)\\b", CI),
            (m, c) -> anchored(c, TimeType.DATE, a -> year(a, -1))),
        new Rule("year end", Pattern.compile("\\b(?:the\\s+end\\s+of\\s+(?:the|this)\\s+year|year(?:'s)?[\\s-]end)"
            + "\\b", CI), (m, c) -> anchored(c, TimeType.DATE, a -> year(a, 0))),
        new Rule("the week", Pattern.compile("\\bthe\\s+week\\b(?!s|-|\\s+(?:of|before|after|ago|earlier|later))",
            CI), (m, c) -> anchored(c, TimeType.DATE, a -> Reading.of(TimeType.DATE, TimexValues.week(a)))),
        new Rule("the year", Pattern.compile("\\b(?:the|this)\\s+(?:current\\s+|full\\s+|fiscal\\s+|calendar\\s+"
            + "|current\\s+fiscal\\s+|latest\\s+fiscal\\s+)?year\\b(?!s|-|\\s+(?:ago|earlier"
            + "|before|later|or))", CI),
            // "the year ended March 31" names a length of time by its end, as TimeML reads it.
            (m, c) -> ENDED.matcher(c.text()).region(m.end(), c.text().length()).lookingAt()
                ? Reading.of(TimeType.DURATION, "P1Y") : anchored(c, TimeType.DATE, a -> year(a, 0))),
        new Rule("day part", Pattern.compile("\\b(?:(?:early|late|mid)[\\s-]?|the\\s+)(morning|afternoon|evening)\\b"
            + "(?!\\s+(?:of|after|before|news|paper|papers|edition|session|rush|shift|show|prayers?)\\b)", CI),
            (m, c) -> anchored(c, TimeType.TIME, a -> dayPart(a, m.group(1)))),
        new Rule("that day", Pattern.compile("\\b(?:(?:earlier|later|early|late)\\s+)?(?:that|the\\s+same)\\s+"
            + "(day|week|month|year|" + DAY_PART.substring(1, DAY_PART.length() - 1) + ")\\b(?!s|-|'s)", CI),
            (m, c) -> anchored(c, timeOf(m.group(1)), a -> story(a, m.group(1), 0))),
        new Rule("the next day", Pattern.compile("\\bthe\\s+(?:(next|following|previous|preceding)\\s+(day|"
            + DAY_PART.substring(1, DAY_PART.length() - 1) + ")|day\\s+(before|after)(?=\\s*[,.;:)]|\\s*$))\\b", CI),
            (m, c) -> anchored(c, timeOf(m.group(2)), a -> story(a, m.group(2) == null ? "day" : m.group(2),
                (m.group(1) == null ? m.group(3) : m.group(1)).toLowerCase(Locale.ROOT).matches("next|following"
                + "|after") ? 1 : -1))),
        new Rule("season", Pattern.compile("\\b(?:(the|this|last|next|this\\s+past|this\\s+coming|early|late)"
            + "\\s+)?(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(" + YEAR + "))?\\b", CI),
            RelativeRules::season));
  }

  private static Optional<Reading> anchored(Context c, TimeType type, Function<LocalDate, Optional<Reading>> f) {
    return c.anchor().isPresent() ? f.apply(c.anchor().get()) : Reading.unresolved(type);
  }

  private static Optional<Reading> deictic(LocalDate a, String word, String part) {
    int shift = word.startsWith("tomorrow") ? 1 : word.startsWith("yesterday") ? -1
        : word.contains("before") ? -2 : word.contains("after") ? 1 + 1 : 0;
    LocalDate d = a.plusDays(shift);
    if (word.equals("tonight")) {
      return dayPart(d, "night");
    }
    return part == null ? Reading.of(TimeType.DATE, TimexValues.day(d)) : dayPart(d, part);
  }

  private static Optional<Reading> dayPart(LocalDate d, String part) {
    String code = switch (part.toLowerCase(Locale.ROOT)) {
      case "morning" -> "MO";
      case "afternoon" -> "AF";
      case "evening" -> "EV";
      default -> "NI";
    };
    return Reading.of(TimeType.TIME, TimexValues.day(d) + "T" + code, TimexValues.dateOf(TimexValues.day(d))
        .orElseThrow());
  }

  private static TimeType timeOf(String unit) {
    return unit == null || unit.toLowerCase(Locale.ROOT).matches("day|week|month|year") ? TimeType.DATE
        : TimeType.TIME;
  }

  /**
   * "that day", "the next day" read against the report's date, for a report that states no date of its own
   * before them ({@link StatedDate} counts them from the story's dates when it does).
   */
  private static Optional<Reading> story(LocalDate a, String unit, int step) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "day" -> Reading.of(TimeType.DATE, TimexValues.day(a.plusDays(step)));
      case "week" -> Reading.of(TimeType.DATE, TimexValues.week(a.plusWeeks(step)));
      case "month" -> Reading.of(TimeType.DATE, TimexValues.month(YearMonth.from(a).plusMonths(step)));
      case "year" -> year(a, step);
      default -> dayPart(a.plusDays(step), unit);
    };
  }

  private static Optional<Reading> weekday(LocalDate a, String modifier, DayOfWeek day, String part,
      boolean future) {
    String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    LocalDate d = switch (mod) {
      case "last", "this past", "the previous" -> Anchoring.weekdayBeside(a, day, false);
      case "next", "this coming", "the following" -> Anchoring.weekdayBeside(a, day, true);
      default -> Anchoring.weekday(a, day, future);
    };
    return part == null ? Reading.of(TimeType.DATE, TimexValues.day(d)) : dayPart(d, part);
  }

  private static Optional<Reading> shifted(LocalDate a, String which, String unit) {
    String w = which.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    int shift = w.equals("this") ? 0 : w.equals("next") || w.contains("coming") || w.contains("following")
        ? 1 : -1;
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "week" -> Reading.of(TimeType.DATE, TimexValues.week(a.plusWeeks(shift)));
      case "weekend" -> weekend(a, shift);
      case "month" -> Reading.of(TimeType.DATE, TimexValues.month(YearMonth.from(a).plusMonths(shift)));
      case "year" -> year(a, shift);
      default -> season(a, shift, unit);
    };
  }

  private static Optional<Reading> year(LocalDate a, int shift) {
    return Reading.of(TimeType.DATE, TimexValues.year(a.getYear() + shift));
  }

  /** The weekend of the anchor's week if it has begun, else the one before; shifted by whole weeks. */
  private static Optional<Reading> weekend(LocalDate a, int shift) {
    LocalDate saturday = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)).plusWeeks(shift);
    if (shift > 0 && a.getDayOfWeek().getValue() < 6) {
      saturday = saturday.minusWeeks(1);
    }
    return Reading.of(TimeType.DATE, TimexValues.week(saturday) + "-WE");
  }

  private static Optional<Reading> ago(LocalDate a, String count, String unit, String direction) {
    OptionalInt n = Lexicon.count(count);
    String d = direction.toLowerCase(Locale.ROOT);
    int sign = d.equals("later") || d.contains("now") ? 1 : -1;
    if (n.isEmpty()) {
      return Reading.of(TimeType.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF");
    }
    int k = sign * n.getAsInt();
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "hour" -> Reading.of(TimeType.DATE, TimexValues.day(a.plusDays(k / 24)));
      case "day" -> Reading.of(TimeType.DATE, TimexValues.day(a.plusDays(k)));
      case "week" -> Reading.of(TimeType.DATE, TimexValues.week(a.plusWeeks(k)));
      case "month" -> Reading.of(TimeType.DATE, TimexValues.month(YearMonth.from(a).plusMonths(k)));
      case "decade" -> Reading.of(TimeType.DATE, TimexValues.year(a.getYear() + 10 * k).substring(0, 3));
      default -> Reading.of(TimeType.DATE, TimexValues.year(a.getYear() + k));
    };
  }

  private static Optional<Reading> month(MatchResult m, Context c) {
    String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String name = m.group(2);
    if (name.equals("May") && modifier.isEmpty() && m.group(3) == null && !MAY_CONTEXT.matcher(c.text())
        .region(Math.max(0, m.start() - 8), m.start()).find()) {
      return Optional.empty();
    }
    if (name.length() == 3 && NAME_NEXT.matcher(c.text()).region(m.end(), c.text().length()).lookingAt()) {
      return Optional.empty(); // "Jan Kavan": a first name
    }
    if (c.anchor().isEmpty()) {
      return Reading.unresolved(TimeType.DATE);
    }
    LocalDate a = c.anchor().get();
    int month = Lexicon.month(name);
    YearMonth ym;
    if (m.group(3) != null) {
      String y = m.group(3).toLowerCase(Locale.ROOT);
      ym = YearMonth.of(a.getYear() + (y.equals("last") ? -1 : y.equals("next") ? 1 : 0), month);
    } else if (modifier.equals("last") || modifier.equals("this past")) {
      ym = Anchoring.monthBeside(a, month, false);
    } else if (modifier.equals("next") || modifier.equals("this coming")) {
      ym = Anchoring.monthBeside(a, month, true);
    } else if (modifier.equals("this")) {
      ym = YearMonth.of(a.getYear(), month);
    } else {
      ym = Anchoring.monthWithoutYear(a, month, c.tenseAt(m.start()));
    }
    return AbsoluteRules.month(modifier.matches("early|mid|late|the (beginning|start|middle|end) of")
        ? modifier : null, ym);
  }

  private static Optional<Reading> quarter(MatchResult m, Context c) {
    OptionalInt n = Lexicon.count(m.group(4));
    String of = m.group(5) == null ? "" : m.group(5).toLowerCase(Locale.ROOT);
    String prefix = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
    String det = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    if (m.group(2) != null) {
      of = m.group(2);
    }
    if (of.matches("\\d{4}")) {
      return Reading.of(TimeType.DATE, of + "-Q" + n.getAsInt());
    }
    if (c.anchor().isEmpty()) {
      return Reading.unresolved(TimeType.DATE);
    }
    int year = c.anchor().get().getYear() + (of.startsWith("last") || det.startsWith("last")
        || prefix.startsWith("year") ? -1 : of.startsWith("next") || det.startsWith("next") ? 1 : 0);
    return Reading.of(TimeType.DATE, year + "-Q" + n.getAsInt());
  }

  /**
   * "the quarter", "the latest quarter": in news the quarter being reported on, the one that held the day six
   * weeks before the report (results come out after a quarter ends); "the year-ago quarter" is a year before.
   */
  private static Optional<Reading> reportedQuarter(MatchResult m, Context c) {
    if (c.anchor().isEmpty()) {
      return Reading.unresolved(TimeType.DATE);
    }
    String det = m.group(1).toLowerCase(Locale.ROOT);
    LocalDate d = c.anchor().get().minusDays(45);
    if (det.contains("previous")) {
      d = d.minusMonths(3);
    } else if (det.contains("year-") || det.startsWith("last")) {
      d = d.minusYears(1);
    }
    return Reading.of(TimeType.DATE, d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1));
  }

  private static Optional<Reading> season(MatchResult m, Context c) {
    String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String name = m.group(2);
    if (name.equalsIgnoreCase("fall") && m.group(3) == null && modifier.matches("|the|early|late")) {
      return Optional.empty(); // "the fall of the regime"
    }
    if (m.group(3) != null) {
      return Reading.of(TimeType.DATE, m.group(3) + "-" + seasonCode(name));
    }
    if (c.anchor().isEmpty()) {
      return Reading.unresolved(TimeType.DATE);
    }
    int shift = modifier.matches("last|this past") ? -1 : modifier.matches("next|this coming") ? 1 : 0;
    return season(c.anchor().get(), shift, name);
  }

  private static Optional<Reading> season(LocalDate a, int shift, String name) {
    String code = seasonCode(name);
    int year = a.getYear() + shift;
    if (shift < 0 && TimexValues.dateOf(a.getYear() + "-" + code).orElseThrow().end().isBefore(a)) {
      year++;
    }
    return Reading.of(TimeType.DATE, year + "-" + code);
  }

  private static String seasonCode(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "spring" -> "SP";
      case "summer" -> "SU";
      case "fall", "autumn" -> "FA";
      default -> "WI";
    };
  }
}
