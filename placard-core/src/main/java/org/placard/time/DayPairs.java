// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.placard.time.Lexicon.DAY;
import static org.placard.time.Lexicon.DAY_JOIN;
import static org.placard.time.Lexicon.MONTH;
import static org.placard.time.Lexicon.WEEKDAY;
import static org.placard.time.Lexicon.YEAR;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.model.Span;

/**
 * The other day of a pair that writes its month once: "April 24 and 25", "5 and 6 October 2019", "Oct. 3-5".
 * After tagging, a dated day-and-month mention lends its month and year to a bare day number joined to it by
 * "and", "or", "to", "through", "until" or a dash, after it ("April 24 and 25") or before it ("5 and 6
 * October"); protest reports give events of several days this way. Only a day number no mention covers is
 * added, and only when the mention's own value is a day. Stateless.
 */
final class DayPairs {

  private static final String NUMBER = "(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\\b";
  /** A mention that writes month then day ("April 24", "Monday, Oct. 26"), or day then month ("6 October"). */
  private static final Pattern MONTH_FIRST = Pattern.compile("(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+" + DAY);
  private static final Pattern DAY_FIRST = Pattern.compile("(?:(?i:the)\\s+)?" + DAY + "\\s+.*");
  /** The day after a month-first mention, with a year written after it ("3-4, 2019") kept in its span. */
  private static final Pattern AFTER = Pattern.compile(DAY_JOIN + NUMBER + "(?!\\s*(?:" + MONTH
      + ")|[-–/:.]?\\d|\\s*%)(?:,?\\s+" + YEAR + "\\b)?");
  /** The day before a day-first mention, read on the few characters before it. */
  private static final Pattern BEFORE = Pattern.compile("(?<![\\d.,:/$£€-])" + NUMBER + DAY_JOIN + "$");
  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4})-(\\d{2})-\\d{2}");
  private static final int WINDOW = 16;

  private DayPairs() {}

  /** The mentions of {@code text}, in text order, with the other days of pairs added. */
  static List<TimeMention> apply(String text, List<TimeMention> mentions) {
    List<TimeMention> result = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      TimeMention m = mentions.get(i);
      Matcher value = DAY_VALUE.matcher(m.value().orElse(""));
      boolean dated = m.type() == TimeType.DATE && value.matches();
      if (dated && DAY_FIRST.matcher(m.text()).matches()) {
        int from = Math.max(i == 0 ? 0 : mentions.get(i - 1).span().end(), m.span().start() - WINDOW);
        Matcher b = BEFORE.matcher(text).region(from, m.span().start()).useTransparentBounds(true);
        if (b.find()) {
          pair(text, new Span(b.start(), b.end(1)), value, b.group(1)).ifPresent(result::add);
        }
      }
      result.add(m);
      if (dated && MONTH_FIRST.matcher(m.text()).matches()) {
        int to = i + 1 < mentions.size() ? mentions.get(i + 1).span().start() : text.length();
        Matcher a = AFTER.matcher(text).region(m.span().end(), to).useTransparentBounds(true);
        if (a.lookingAt()) {
          pair(text, new Span(a.start(1), a.end()), value, a.group(1)).ifPresent(result::add);
        }
      }
    }
    return List.copyOf(result);
  }

  /** The day {@code day} of the month and year a paired mention's value names. */
  private static Optional<TimeMention> pair(String text, Span span, Matcher value, String day) {
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(value.group(1)), Integer.parseInt(value.group(2)),
          Integer.parseInt(day));
      String v = TimexValues.day(d);
      return Optional.of(new TimeMention(span, span.of(text), TimeType.DATE, Optional.of(v), TimexValues.dateOf(v)));
    } catch (DateTimeException e) {
      return Optional.empty(); // "February 28-30"
    }
  }
}
