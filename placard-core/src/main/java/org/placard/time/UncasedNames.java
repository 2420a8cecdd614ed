// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The view of a lower-case text (a coder's note: "protesters marched on monday, march 3") that the rules read:
 * month and weekday names capitalised, every other character kept, so offsets into the view are offsets into
 * the text. The rules match names capitalised only because "may", "march" and "sun" are words too; in an
 * uncased text the unambiguous full names are taken as names anywhere, and "march" and "may" only next to a
 * day number or a year ("march 3", "3 may", "may 2012"). An abbreviation is a name only with its period and a
 * day number ("oct. 17", not "jan 3"). Stateless.
 */
final class UncasedNames {

  private static final String DAY = "(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
  private static final Pattern NAME = Pattern.compile("\\b(?:january|february|april|june|july|august|september"
      + "|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
      + "|\\b(?:march|may)(?=,?\\s{1,3}(?:" + DAY + "|(?:19|20)[0-9]{2})\\b)"
      + "|(?<=\\b" + DAY + "\\s{1,3}(?:of\\s{1,3})?)(?:march|may)\\b"
      + "|\\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?=\\.\\s{1,3}" + DAY + "\\b)");

  private UncasedNames() {}

  /** The text with month and weekday names capitalised; the same length as the text. */
  static String capitalise(String text) {
    Matcher m = NAME.matcher(text);
    if (!m.find()) {
      return text;
    }
    char[] out = text.toCharArray();
    do {
      out[m.start()] = Character.toUpperCase(out[m.start()]);
    } while (m.find());
    return new String(out);
  }
}
