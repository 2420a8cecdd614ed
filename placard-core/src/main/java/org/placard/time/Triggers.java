// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where in a text each rule is worth trying: at a word start no more than {@link #REACH} words before a word
 * that the rule's expressions are built on (a digit, a month, a weekday, a unit, "today", "recently"). Each
 * rule names its own trigger words ({@link #CORES}, a subset of {@link #WORDS}); a rule without an entry is
 * tried before any trigger word. Trying a rule only where its own words are near, instead of every rule near
 * any time word, is what keeps the tagger fast on news text; it finds the same matches because every match of
 * a rule has one of the rule's trigger words among its first {@code REACH + 1} words.
 * Immutable and thread-safe.
 */
final class Triggers {

  /** Words a time expression can open with before its first trigger word ("at least the past two ..."). */
  static final int REACH = 5;
  /** The length of the longest trigger word: longer words are not looked up. */
  private static final int LONGEST = 13;
  /** Stands for "a word holding a digit" in {@link #CORES}. */
  private static final String DIGIT = "0";

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
      "sixties", "seventies", "eighties", "nineties", "these", "time", "christmas", "thanksgiving", "easter",
      "halloween", "nowruz", "norouz", "nowrouz", "noruz", "eve", "that", "same", "next", "following", "previous",
      "preceding", "prior", "half", "new", "valentine", "st", "saint", "memorial", "labor", "labour", "election",
      "veterans", "armistice", "remembrance", "bastille", "boxing", "columbus", "presidents", "mother", "father",
      "international", "women", "human", "earth", "world", "martin", "good", "palm", "ash", "holy");

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
  private static final Set<String> PERSIAN = Set.of("farvardin", "ordibehesht", "khordad", "khordaad", "tir",
      "mordad", "amordad", "mordaad", "shahrivar", "mehr", "aban", "abaan", "azar", "aazar", "dey", "dei", "day",
      "bahman", "esfand", "isfand", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "امرداد", "شهریور", "مهر",
      "آبان", "آذر", "دی", "بهمن", "اسفند");
  private static final Set<String> UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
      "days", "week", "weeks", "fortnight", "month", "months", "quarter", "quarters", "year", "years", "decade",
      "decades", "century", "centuries");
  private static final Set<String> PARTS = Set.of("morning", "afternoon", "evening", "night");
  private static final Set<String> SEASONS = Set.of("spring", "summer", "fall", "autumn", "winter");

  /**
   * Per rule name, the trigger words (or {@link #DIGIT}) among the first words of any of its matches, and how
   * many words at most come before the first of them ("the beginning of May": three).
   */
  static final Map<String, Core> CORES = Map.ofEntries(
      Map.entry("month day year", core(0, MONTHS, WEEKDAYS, Set.of(DIGIT))),
      Map.entry("day month year", core(1, WEEKDAYS, Set.of(DIGIT))),
      Map.entry("month year", core(3, MONTHS, Set.of(DIGIT))),
      Map.entry("week of month", core(2, MONTHS, Set.of("second", "week"))),
      Map.entry("iso date", core(0, Set.of(DIGIT))),
      Map.entry("slashed date", core(0, Set.of(DIGIT))),
      Map.entry("year", core(4, Set.of(DIGIT, "year", "second"))),
      Map.entry("decade", core(2, Set.of(DIGIT))),
      Map.entry("spoken year", core(1, Set.of("year", "nineteen"))),
      Map.entry("year two thousand", core(1, Set.of("year"))),
      Map.entry("spoken decade", core(2, Set.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
          "eighties", "nineties"))),
      Map.entry("century", core(1, Set.of(DIGIT, "century"))),
      Map.entry("solar hijri day", core(0, PERSIAN, Set.of(DIGIT))),
      Map.entry("solar hijri month day", core(0, PERSIAN, Set.of(DIGIT))),
      Map.entry("solar hijri month", core(0, PERSIAN, Set.of(DIGIT))),
      Map.entry("clock", core(0, Set.of(DIGIT))),
      Map.entry("24-hour clock", core(0, Set.of(DIGIT))),
      Map.entry("noon", core(0, Set.of("noon", "midday", "midnight"))),
      Map.entry("present", core(2, Set.of("now", "currently", "nowadays", "these", "days", "present", "day", "time"))),
      Map.entry("past", core(1, Set.of("recently", "lately", "past", "recent", "years", "months", "weeks", "days",
          "time"))),
      Map.entry("future", core(2, UNITS, Set.of("future", "soon", "term", "coming", "later", "date"))),
      Map.entry("deictic day", core(1, Set.of("today", "tonight", "tomorrow", "yesterday", "day", "earlier", "later"))),
      Map.entry("afternoon yesterday", core(1, PARTS, Set.of("yesterday", "today", "tomorrow"))),
      Map.entry("this morning", core(2, PARTS, Set.of("later"))),
      Map.entry("weekday", core(2, WEEKDAYS, PARTS, Set.of("past", "coming", "earlier", "later"))),
      Map.entry("this week", core(3, UNITS, SEASONS, Set.of("weekend", "past", "coming", "earlier", "later"))),
      Map.entry("the weekend", core(2, Set.of("weekend"))),
      Map.entry("ago", core(5, UNITS, Set.of(DIGIT, "nineteen", "ago", "earlier", "later", "now"))),
      Map.entry("month", core(3, MONTHS, Set.of("past", "coming", "year"))),
      Map.entry("quarter", core(5, UNITS, Set.of(DIGIT, "ago", "earlier"))),
      Map.entry("the quarter", core(3, UNITS, Set.of("ago", "earlier", "recent"))),
      Map.entry("year-earlier", core(1, Set.of("year", "ago", "earlier"))),
      Map.entry("year end", core(4, Set.of("year"))),
      Map.entry("the week", core(1, Set.of("week"))),
      Map.entry("the year", core(3, Set.of("year"))),
      // A named day opens with its own first word ("Labor Day", "New Year's Eve", "Martin Luther King Day").
      Map.entry("holiday", core(0, Set.of("christmas", "thanksgiving", "easter", "halloween", "nowruz", "norouz",
          "nowrouz", "noruz", "new", "valentine", "st", "saint", "memorial", "labor", "labour", "election",
          "veterans", "armistice", "remembrance", "bastille", "may", "boxing", "columbus", "presidents", "mother",
          "father", "international", "women", "human", "earth", "world", "martin", "good", "palm", "ash", "holy"))),
      Map.entry("day part", core(1, PARTS)),
      Map.entry("that day", core(1, Set.of("that", "same"))),
      Map.entry("the next day", core(1, Set.of("next", "following", "previous", "preceding", "day"))),
      Map.entry("season", core(1, SEASONS, Set.of(DIGIT, "past", "coming"))),
      Map.entry("duration", core(5, UNITS, Set.of(DIGIT, "nineteen", "past", "future", "coming"))),
      Map.entry("half duration", core(4, Set.of("half"))),
      Map.entry("fraction duration", core(0, Set.of(DIGIT))),
      Map.entry("vague duration", core(1, Set.of("years", "months", "weeks", "days", "decades", "hours", "centuries"))),
      Map.entry("every", core(0, Set.of("every", "each"))),
      Map.entry("weekdays", core(1, Set.of("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
          "sundays"))),
      Map.entry("frequency", core(0, Set.of("daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly",
          "biweekly"))),
      Map.entry("times a", core(3, UNITS, Set.of(DIGIT, "once", "twice"))));

  private final Map<String, Long> wordRules;
  private final long digitRules;
  private final long uncoredRules;
  private final long[] reachAtLeast;
  private final String[] keys;
  private final int[] hashes;
  private final long[] values;

  /** Triggers for these rule names, in priority order (at most 64). */
  Triggers(List<String> ruleNames) {
    if (ruleNames.size() > Long.SIZE) {
      throw new IllegalArgumentException("at most 64 rules, got " + ruleNames.size());
    }
    Map<String, Long> words = new HashMap<>();
    long digit = 0;
    long uncored = 0;
    long[] reaching = new long[REACH + 1];
    for (int i = 0; i < ruleNames.size(); i++) {
      long bit = 1L << i;
      Core core = CORES.get(ruleNames.get(i));
      if (core == null) {
        uncored |= bit;
        reaching[REACH] |= bit;
        continue;
      }
      reaching[core.reach()] |= bit;
      for (String w : core.words()) {
        if (w.equals(DIGIT)) {
          digit |= bit;
        } else if (!WORDS.contains(w)) {
          throw new IllegalArgumentException("not a trigger word: " + w + " of rule " + ruleNames.get(i));
        } else {
          words.merge(w, bit, (a, b) -> a | b);
        }
      }
    }
    for (String w : WORDS) {
      if (w.length() > LONGEST) {
        throw new IllegalStateException("trigger word longer than " + LONGEST + " letters is never looked up: " + w);
      }
      words.merge(w, uncored, (a, b) -> a | b);
    }
    this.wordRules = Map.copyOf(words);
    this.digitRules = digit;
    this.uncoredRules = uncored;
    // reachAtLeast[d]: the rules that can open up to d words or more before their first trigger word.
    this.reachAtLeast = new long[REACH + 1];
    for (int d = REACH; d >= 0; d--) {
      reachAtLeast[d] = reaching[d] | (d < REACH ? reachAtLeast[d + 1] : 0);
    }
    // An open-addressing table of the trigger words, so that looking up a word of the text copies nothing.
    this.keys = new String[Integer.highestOneBit(WORDS.size() * 4)];
    this.hashes = new int[keys.length];
    this.values = new long[keys.length];
    for (Map.Entry<String, Long> e : wordRules.entrySet()) {
      int h = e.getKey().hashCode();
      int slot = spread(h) & (keys.length - 1);
      while (keys[slot] != null) {
        slot = (slot + 1) & (keys.length - 1);
      }
      keys[slot] = e.getKey();
      hashes[slot] = h;
      values[slot] = e.getValue();
    }
  }

  /**
   * The word starts of {@code text} from which some rule is worth trying, in order, as pairs: {@code
   * starts()[k]} is an offset, {@code rules()[k]} has bit {@code i} set when rule {@code i} is worth trying there.
   */
  Places places(String text) {
    int[] starts = new int[64];
    long[] own = new long[64];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          own = Arrays.copyOf(own, n * 2);
        }
        starts[n] = i;
        own[n] = rulesOf(text, i);
        n++;
      }
    }
    int k = 0;
    long[] reach = new long[n];
    for (int w = 0; w < n; w++) {
      long near = own[w];
      long worth = near;
      for (int d = 1; d <= REACH && w + d < n; d++) {
        near |= own[w + d];
        worth |= near & reachAtLeast[d];
      }
      reach[w] = worth;
      if (worth != 0) {
        k++;
      }
    }
    int[] keptStarts = new int[k];
    long[] keptRules = new long[k];
    int j = 0;
    for (int w = 0; w < n; w++) {
      if (reach[w] != 0) {
        keptStarts[j] = starts[w];
        keptRules[j] = reach[w];
        j++;
      }
    }
    return new Places(keptStarts, keptRules);
  }

  /** A rule's trigger words and the most words its matches have before the first of them. */
  record Core(int reach, Set<String> words) {
    Core {
      if (reach < 0 || reach > REACH) {
        throw new IllegalArgumentException("reach out of 0.." + REACH + ": " + reach);
      }
      words = Set.copyOf(words);
    }
  }

  /** Word starts and, for each, the rules worth trying there. */
  record Places(int[] starts, long[] rules) {}

  /** The rules whose trigger words the word at {@code i} holds: a digit, or (a hyphenated part) a word. */
  private long rulesOf(String text, int i) {
    long rules = 0;
    int end = i;
    while (end < text.length() && end - i < 40 && !Character.isWhitespace(text.charAt(end))) {
      if (Character.isDigit(text.charAt(end))) {
        rules = digitRules | uncoredRules;
      }
      end++;
    }
    int p = i;
    while (p < end) {
      while (p < end && !Character.isLetter(text.charAt(p))) {
        p++;
      }
      int q = p;
      while (q < end && Character.isLetter(text.charAt(q))) {
        q++;
      }
      if (q > p && q - p <= LONGEST) {
        rules |= rulesOfWord(text, p, q);
      }
      p = q;
    }
    return rules;
  }

  /** The rules of the letters {@code text[p, q)}, looked up without copying them when they are ASCII. */
  private long rulesOfWord(String text, int p, int q) {
    int h = 0;
    for (int j = p; j < q; j++) {
      char c = text.charAt(j);
      if (c >= 128) {
        return wordRules.getOrDefault(text.substring(p, q).toLowerCase(Locale.ROOT), 0L);
      }
      h = 31 * h + lower(c);
    }
    for (int slot = spread(h) & (keys.length - 1); keys[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
      if (hashes[slot] == h && sameLowerCase(keys[slot], text, p, q)) {
        return values[slot];
      }
    }
    return 0;
  }

  private static boolean sameLowerCase(String key, String text, int p, int q) {
    if (key.length() != q - p) {
      return false;
    }
    for (int j = 0; j < key.length(); j++) {
      if (key.charAt(j) != lower(text.charAt(p + j))) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  @SafeVarargs
  private static Core core(int reach, Set<String>... sets) {
    return new Core(reach, union(sets));
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    for (Set<String> s : sets) {
      all.addAll(s);
    }
    return Set.copyOf(all);
  }
}
