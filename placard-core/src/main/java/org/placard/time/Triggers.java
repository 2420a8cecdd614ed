// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Where in a text time expressions can begin: at a word start no more than {@link #REACH} words before a word
 * that time expressions are built on (a digit, a month, a weekday, a unit, "today", "recently"). Rules are tried
 * only there, which spares most of a news text the cost of trying every rule at every word. Stateless.
 */
final class Triggers {

  /** Words a time expression can open with before its first trigger word ("at least the past two ..."). */
  static final int REACH = 5;

  private static final Set<String> WORDS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays",
      "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "mon", "tue", "tues", "wed", "thu", "thur",
      "thurs", "fri", "sat", "sun", "farvardin", "ordibehesht", "khordad", "khordaad", "tir", "mordad", "amordad",
      "mordaad", "shahrivar", "mehr", "aban", "abaan", "azar", "aazar", "dey", "dei", "day", "bahman", "esfand",
      "isfand", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "امرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
      "بهمن", "اسفند", "second", "seconds", "minute", "minutes", "hour", "hours", "days", "week", "weeks",
      "weekend", "fortnight", "month", "months", "quarter", "quarters", "year", "years", "decade", "decades",
      "century", "centuries", "today", "tonight", "tomorrow", "yesterday", "now", "currently", "nowadays",
      "recently", "recent", "lately", "past", "future", "soon", "term", "present", "morning", "afternoon",
      "evening", "night", "noon", "midday", "midnight", "spring", "summer", "fall", "autumn", "winter", "daily",
      "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly", "every", "each", "once", "twice",
      "ago", "earlier", "later", "coming", "date", "nineteen", "twenties", "thirties", "forties", "fifties",
      "sixties", "seventies", "eighties", "nineties", "these", "time");

  private Triggers() {}

  /** The word starts of {@code text} from which rules are worth trying, in order. */
  static int[] starts(String text) {
    int[] starts = new int[64];
    boolean[] trigger = new boolean[64];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          trigger = Arrays.copyOf(trigger, n * 2);
        }
        starts[n] = i;
        trigger[n] = isTrigger(text, i);
        n++;
      }
    }
    int[] kept = new int[n];
    int k = 0;
    int lastTrigger = Integer.MAX_VALUE;
    for (int w = n - 1; w >= 0; w--) {
      if (trigger[w]) {
        lastTrigger = w;
      }
      if (lastTrigger - w <= REACH) {
        kept[k++] = starts[w];
      }
    }
    int[] result = new int[k];
    for (int j = 0; j < k; j++) {
      result[j] = kept[k - 1 - j];
    }
    return result;
  }

  /** Whether the word at {@code i} holds a digit or is (or, hyphenated, has a part that is) a trigger word. */
  private static boolean isTrigger(String text, int i) {
    int end = i;
    while (end < text.length() && end - i < 40 && !Character.isWhitespace(text.charAt(end))) {
      if (Character.isDigit(text.charAt(end))) {
        return true;
      }
      end++;
    }
    for (String part : text.substring(i, end).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (WORDS.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
