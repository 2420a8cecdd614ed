// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.placard.time.Lexicon.COUNT;
import static org.placard.time.Lexicon.MONTH;
import static org.placard.time.Lexicon.UNIT;
import static org.placard.time.Lexicon.WEEKDAY;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.placard.time.Rule.Context;
import org.placard.time.Rule.Reading;

/**
 * Rules for lengths of time (DURATION: "a three-day strike" is P3D, "for two weeks" P2W, "for years" PXY) and
 * repetitions (SET: "every Friday" XXXX-WXX-5, "weekly" P1W). A duration counted back from the report ("the
 * past 24 hours", "the last two weeks") also gets the range it covers, ending on the anchor. Decades are
 * written in years (P20Y), as TimeBank does.
 */
final class DurationRules {

  private static final int CI = Pattern.CASE_INSENSITIVE;
  private static final String MOD = "(?:(?:about|around|nearly|almost|some|more\\s+than|less\\s+than|over(?!\\s+the\\b)|at\\s+least"
      + "|at\\s+most|up\\s+to|under|roughly|approximately|no\\s+more\\s+than|within|another|an?\\s+"
      + "additional|a\\s+full|fully)\\s+)?";
  private static final String WHICH = "(?:(the|its|their|his|her)\\s+)?(?:(past|last|next|first|previous|coming"
      + "|following|latest|final|remaining|initial|same)\\s+)?";

  /** A word after "a second" that makes it an ordinal: a noun, not "or", "later", "ago". */
  private static final Pattern ORDINAL_NEXT = Pattern.compile("\\s+(?!(?:or|and|later|earlier|ago|before|after"
      + "|in|to|of|for|longer|more)\\b)[\\p{L}]");

  private DurationRules() {}

  static List<Rule> rules() {
    return List.of(
        new Rule("duration", Pattern.compile("\\b" + MOD + WHICH + "(?:(" + COUNT + ")(?:\\s+(?:to|or)\\s+" + COUNT + ")?[\\s-]+)?(?:(?:more|additional"
            + "|straight|consecutive|full|trading|working|business|calendar)[\\s-]+)?(" + UNIT + ")(s)?\\b"
            + "(?:\\s+or\\s+so)?(?!-old|\\s+(?:old|ago|earlier|later|from\\s+now))(?<!-quarters)", CI), DurationRules::duration),
        new Rule("half duration", Pattern.compile("\\b(?:(" + COUNT + ")\\s+and\\s+a\\s+half|(an?|one)(?=\\s+" + UNIT
            + "\\s+and\\s+a\\s+half))[\\s-]+(" + UNIT + ")s?(\\s+and\\s+a\\s+half)?\\b", CI),
            DurationRules::halfDuration),
        new Rule("fraction duration", Pattern.compile("\\b(\\d{1,3})\\s+1/2[\\s-]+(" + UNIT + ")s?\\b", CI),
            (m, c) -> half(Integer.parseInt(m.group(1)), m.group(2))),
        new Rule("vague duration", Pattern.compile("(?<=\\b(?:for|over|within|in|after|take|took|takes)\\s)(?:(?:many|"
            + "several)\\s+)?(years|months|weeks|days|decades|hours|centuries)\\b", CI),
            (m, c) -> Reading.of(TimeType.DURATION, vague(m.group(1)))),
        new Rule("every", Pattern.compile("\\b(?:every|each)\\s+(?:other\\s+)?(" + WEEKDAY + "|day|week|month|year"
            + "|quarter|morning|evening|night|weekend|hour|summer|winter|" + MONTH + ")(?!\\w)", CI),
            DurationRules::every),
        new Rule("weekdays", Pattern.compile("\\b(?:on\\s+)?(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays"
            + "|Saturdays|Sundays)\\b"), (m, c) -> Reading.of(TimeType.SET, weekdaySet(m.group(1)))),
        new Rule("frequency", Pattern.compile("\\b(daily|weekly|monthly|annually|yearly|hourly|nightly"
            + "|biweekly)\\b(?!\\s+basis)", CI), (m, c) -> Reading.of(TimeType.SET, frequency(m.group(1)))),
        new Rule("times a", Pattern.compile("\\b(?:once|twice|three\\s+times|four\\s+times|\\d+\\s+times)\\s+"
            + "(?:a|an|per|each|every)\\s+(day|week|month|year)\\b", CI),
            (m, c) -> Reading.of(TimeType.SET, "P1" + m.group(1).substring(0, 1).toUpperCase(Locale.ROOT))));
  }

  private static Optional<Reading> duration(MatchResult m, Context c) {
    String which = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    String count = m.group(3);
    String unit = m.group(4).toLowerCase(Locale.ROOT);
    boolean plural = m.group(5) != null;
    if (count == null && (which.isEmpty() || m.group(1) == null)) {
      return Optional.empty();
    }
    if (count == null && !plural && (which.equals("same") || which.equals("first"))) {
      return Optional.empty(); // "the first day", "the same day": an ordinal day, not a length of time
    }
    if (unit.equals("second") && !plural && count != null && count.matches("(?i)an?|the|one")
        && ORDINAL_NEXT.matcher(c.text()).region(m.end(), c.text().length()).lookingAt()) {
      return Optional.empty(); // "a second round", "the second group": an ordinal, not a length of time
    }
    OptionalInt n = count == null ? (plural ? OptionalInt.empty() : OptionalInt.of(1)) : Lexicon.count(count);
    if (n.isPresent() && n.getAsInt() == 0) {
      return Optional.empty();
    }
    String value = n.isPresent() ? value(n.getAsInt(), unit) : vague(unit + "s");
    if (c.anchor().isPresent() && (which.equals("past") || which.equals("last") || which.equals("previous"))) {
      Optional<org.placard.model.EventDate> covered = TimexValues.durationEndingOn(value, c.anchor().get());
      if (covered.isPresent()) {
        return Reading.of(TimeType.DURATION, value, covered.get());
      }
    }
    return Reading.of(TimeType.DURATION, value);
  }

  /** "two and a half years", "a minute and a half": the count's half comes before or after the unit. */
  private static Optional<Reading> halfDuration(MatchResult m, Context c) {
    String count = m.group(1) != null ? m.group(1) : m.group(2);
    OptionalInt n = Lexicon.count(count);
    if (n.isEmpty() || (m.group(4) != null) == (m.group(2) == null)) {
      return Optional.empty(); // "two and a half years and a half", or "a year" without its half
    }
    return half(n.getAsInt(), m.group(3));
  }

  /** {@code k} and a half units: "P2Y6M", "PT2H30M", "PT1M30S", as TimeBank writes them; else a decimal. */
  private static Optional<Reading> half(int k, String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    String value = switch (u) {
      case "year" -> "P" + k + "Y6M";
      case "day" -> "P" + k + "DT12H";
      case "hour" -> "PT" + k + "H30M";
      case "minute" -> "PT" + k + "M30S";
      default -> value(k, u).replaceFirst("(\\d+)", "$1.5");
    };
    return Reading.of(TimeType.DURATION, value);
  }

  static String value(int n, String unit) {
    return switch (unit) {
      case "second" -> "PT" + n + "S";
      case "minute" -> "PT" + n + "M";
      case "hour" -> "PT" + n + "H";
      case "day" -> "P" + n + "D";
      case "week" -> "P" + n + "W";
      case "fortnight" -> "P" + 2 * n + "W";
      case "month" -> "P" + n + "M";
      case "quarter" -> "P" + n + "Q";
      case "decade" -> "P" + 10 * n + "Y";
      case "century", "centurie" -> "P" + 100 * n + "Y";
      default -> "P" + n + "Y";
    };
  }

  private static String vague(String units) {
    String u = units.toLowerCase(Locale.ROOT);
    return switch (u.substring(0, 3)) {
      case "sec" -> "PTXS";
      case "min" -> "PTXM";
      case "hou" -> "PTXH";
      case "day" -> "PXD";
      case "wee", "for" -> "PXW";
      case "mon" -> "PXM";
      case "qua" -> "PXQ";
      case "dec" -> "PXDE";
      case "cen" -> "PXC";
      default -> "PXY";
    };
  }

  private static Optional<Reading> every(MatchResult m, Context c) {
    String what = m.group(1).toLowerCase(Locale.ROOT);
    String value = switch (what) {
      case "day" -> "P1D";
      case "week" -> "P1W";
      case "month" -> "P1M";
      case "year" -> "P1Y";
      case "quarter" -> "P1Q";
      case "hour" -> "PT1H";
      case "morning" -> "XXXX-XX-XXTMO";
      case "evening" -> "XXXX-XX-XXTEV";
      case "night" -> "XXXX-XX-XXTNI";
      case "weekend" -> "XXXX-WXX-WE";
      case "summer" -> "XXXX-SU";
      case "winter" -> "XXXX-WI";
      default -> what.length() > 2 && Lexicon.isMonth(what)
          ? String.format(Locale.ROOT, "XXXX-%02d", Lexicon.month(what)) : weekdaySet(what);
    };
    return Reading.of(TimeType.SET, value);
  }

  private static String weekdaySet(String name) {
    DayOfWeek d = Lexicon.weekday(name);
    return "XXXX-WXX-" + d.getValue();
  }

  private static String frequency(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "daily", "nightly" -> "P1D";
      case "weekly" -> "P1W";
      case "biweekly" -> "P2W";
      case "monthly" -> "P1M";
      case "quarterly" -> "P3M";
      case "hourly" -> "PT1H";
      default -> "P1Y";
    };
  }
}
