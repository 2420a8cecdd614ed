// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TimeML's convention for year-on-year comparisons in financial news: after a report has spoken of a quarter
 * ("third-quarter profit", value 1989-Q3), "a year ago", "a year earlier" and "the year-earlier" compare with
 * the same quarter a year before (1988-Q3), not with the whole previous year. Only a single-year shift that
 * lands exactly one year before the latest quarter mentioned is rewritten, so reports without quarters are
 * untouched. Stateless.
 */
final class PreviousQuarter {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-(Q[1-4])");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  /** A year-on-year comparison of one year, not "two years ago" or "last year". */
  private static final Pattern ONE_YEAR_BACK = Pattern.compile("(?:(?:a|one)\\s+year\\s+(?:ago|earlier)"
      + "|(?:the\\s+)?year-(?:ago|earlier))");

  private PreviousQuarter() {}

  /** The mentions, in text order, with year-on-year comparisons placed on the quarter before them. */
  static List<TimeMention> apply(List<TimeMention> mentions) {
    List<TimeMention> result = new ArrayList<>(mentions.size());
    Optional<Matcher> quarter = Optional.empty();
    for (TimeMention m : mentions) {
      TimeMention out = m;
      if (m.value().isPresent()) {
        String value = m.value().get();
        Matcher q = QUARTER.matcher(value);
        if (q.matches()) {
          quarter = Optional.of(q);
        } else if (quarter.isPresent() && YEAR.matcher(value).matches()
            && Integer.parseInt(value) == Integer.parseInt(quarter.get().group(1)) - 1
            && ONE_YEAR_BACK.matcher(m.text().toLowerCase(Locale.ROOT)).matches()) {
          String shifted = value + "-" + quarter.get().group(2);
          out = new TimeMention(m.span(), m.text(), m.type(), Optional.of(shifted), TimexValues.dateOf(shifted));
        }
      }
      result.add(out);
    }
    return List.copyOf(result);
  }
}
