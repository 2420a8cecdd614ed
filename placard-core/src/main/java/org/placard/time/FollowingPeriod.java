// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TimeML's convention for "the following year", "the previous month", "the prior year": they count from the
 * latest date the text itself stated ("in March 1989 ... The following month": 1989-04), not from the report's
 * date. A stated date is a mention whose words hold a four-digit year; without one before it, the reading
 * against the report's date stands ("next year" always counts from the report's date). Stateless.
 */
final class FollowingPeriod {

  private static final Pattern SHIFT = Pattern.compile("(?:the\\s+)?(following|previous|prior)\\s+(year|month)");
  private static final Pattern STATED_YEAR = Pattern.compile("(?<!\\d)(?:1[89]|20)\\d{2}(?!\\d)");
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-\\d{2})?");

  private FollowingPeriod() {}

  /** The mentions, in text order, with following and previous years and months counted from a stated date. */
  static List<TimeMention> apply(List<TimeMention> mentions) {
    List<TimeMention> result = new ArrayList<>(mentions.size());
    Matcher stated = null;
    for (TimeMention m : mentions) {
      TimeMention out = m;
      Optional<String> value = m.value();
      Matcher shift = SHIFT.matcher(m.text().toLowerCase(Locale.ROOT));
      if (value.isPresent() && stated != null && shift.matches()) {
        int step = shift.group(1).equals("following") ? 1 : -1;
        String shifted = null;
        if (shift.group(2).equals("year")) {
          shifted = TimexValues.year(Integer.parseInt(stated.group(1)) + step);
        } else if (stated.group(2) != null) {
          YearMonth ym = YearMonth.of(Integer.parseInt(stated.group(1)), Integer.parseInt(stated.group(2)));
          shifted = ym.plusMonths(step).toString();
        }
        if (shifted != null) {
          out = new TimeMention(m.span(), m.text(), m.type(), Optional.of(shifted), TimexValues.dateOf(shifted));
        }
      } else if (value.isPresent() && STATED_YEAR.matcher(m.text()).find()) {
        Matcher d = DATE.matcher(value.get());
        if (d.matches()) {
          stated = d;
        }
      }
      result.add(out);
    }
    return List.copyOf(result);
  }
}
