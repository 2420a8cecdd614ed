// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The words time expressions are made of, as regular-expression fragments and the lookups that read them.
 * Fragments are bounded alternations without nested quantifiers, so every rule built from them matches in
 * linear time. Month and weekday names are matched capitalised only ("may", "march", "sun" are words too).
 */
final class Lexicon {

  static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
      + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\."
      + "|Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER"
      + "|OCTOBER|NOVEMBER|DECEMBER)";
  static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
      + "|Mon\\.|Tue\\.|Tues\\.|Wed\\.|Thu\\.|Thur\\.|Thurs\\.|Fri\\.|Sat\\.|Sun\\.)";
  static final String DAY = "(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
  static final String YEAR = "(?:1[0-9]{3}|20[0-9]{2})";
  /** What joins two days of one month: "April 24 and 25", "5 to 7 October", "Oct. 3-5". */
  static final String DAY_JOIN = "(?:\\s{1,3}(?:and|or|to|through|until|till)\\s{1,3}|\\s?[-–]\\s?)";
  static final String PERSIAN_MONTH = "(?:Farvardin|Ordibehesht|Ordibehesht|Khordad|Khordaad|Tir|Mordad|Amordad"
      + "|Mordaad|Shahrivar|Shahrivar|Shahrivar|Mehr|Aban|Abaan|Azar|Aazar|Dey|Dei|Day|Bahman|Esfand|Esfand"
      + "|Esfand|Isfand|فروردین|اردیبهشت|خرداد|تیر|مرداد|امرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)";
  /** Digits in Latin, Persian (۰-۹) and Arabic-Indic (٠-٩) script. */
  static final String DIGIT = "[0-9۰-۹٠-٩]";
  static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
      + "|seventy|eighty|ninety|hundred|a\\s+hundred|a\\s+dozen|dozen)";
  /** A count: digits, a number word ("twenty-four", "twenty four"), "a"/"an", or a vague quantity. */
  static final String COUNT = "(?:[0-9]{1,3}(?:\\.[0-9])?|" + NUMBER_WORD + "(?:[-\\s](?:one|two|three|four"
      + "|five|six|seven|eight|nine))?|an?|a\\s+few|a\\s+couple\\s+of|a\\s+couple|few|several|many|some"
      + "|the)";
  static final String UNIT = "(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century"
      + "|centurie)";

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Map<String, Integer> PERSIAN_MONTHS = Map.ofEntries(
      Map.entry("farvardin", 1), Map.entry("ordibehesht", 2), Map.entry("khordad", 3), Map.entry("khordaad", 3),
      Map.entry("tir", 4), Map.entry("mordad", 5), Map.entry("amordad", 5), Map.entry("mordaad", 5),
      Map.entry("shahrivar", 6), Map.entry("mehr", 7), Map.entry("aban", 8), Map.entry("abaan", 8),
      Map.entry("azar", 9), Map.entry("aazar", 9), Map.entry("dey", 10), Map.entry("dei", 10),
      Map.entry("day", 10), Map.entry("bahman", 11), Map.entry("esfand", 12), Map.entry("isfand", 12),
      Map.entry("فروردین", 1), Map.entry("اردیبهشت", 2), Map.entry("خرداد", 3), Map.entry("تیر", 4),
      Map.entry("مرداد", 5), Map.entry("امرداد", 5), Map.entry("شهریور", 6), Map.entry("مهر", 7),
      Map.entry("آبان", 8), Map.entry("آذر", 9), Map.entry("دی", 10), Map.entry("بهمن", 11),
      Map.entry("اسفند", 12));
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("couple", 2),
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("last", 4), Map.entry("1st", 1), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4));

  private Lexicon() {}

  /** The month number of an English month name or abbreviation. */
  static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  /** Whether a word is an English month name or abbreviation ("July", "Sept."). */
  static boolean isMonth(String name) {
    return name.length() >= 3 && MONTHS.containsKey(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  static int persianMonth(String name) {
    return PERSIAN_MONTHS.get(name.toLowerCase(Locale.ROOT));
  }

  static DayOfWeek weekday(String name) {
    String prefix = name.substring(0, 2).toLowerCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return d;
      }
    }
    throw new IllegalArgumentException("not a weekday: " + name);
  }

  /** The value of a count ("3", "three", "twenty-four", "a"), empty for vague ones ("several", "a few"). */
  static OptionalInt count(String words) {
    String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    if (w.matches("[0-9]+")) {
      return OptionalInt.of(Integer.parseInt(w));
    }
    w = w.replace("a hundred", "hundred").replace("a dozen", "dozen").replace("a couple of", "couple")
        .replace("a couple", "couple");
    int total = 0;
    for (String part : w.split("[- ]")) {
      Integer n = NUMBERS.get(part);
      if (n == null) {
        return OptionalInt.empty();
      }
      total += n;
    }
    return OptionalInt.of(total);
  }

  /** An integer written in Latin, Persian or Arabic-Indic digits. */
  static int digits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = c >= '۰' && c <= '۹' ? c - '۰' : c >= '٠' && c <= '٩' ? c - '٠' : c - '0';
      if (d < 0 || d > 9) {
        throw new IllegalArgumentException("not a digit in " + s);
      }
      n = n * 10 + d;
    }
    return n;
  }
}
