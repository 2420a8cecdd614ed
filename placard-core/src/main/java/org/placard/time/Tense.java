// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.util.Locale;
import java.util.Set;

/**
 * The time a clause speaks of, read from the words nearest a time expression, for placing expressions that
 * leave out the year or the week ("in March", "Oct. 10", "on Friday"). News is told in the past, but an
 * expression can sit under a future verb ("will strike on Friday", "payable Dec. 1") or a past one ("the year
 * ended March 31", "bought RJR in February").
 *
 * <p>The words before the expression are read back to the start of its sentence, nearest first, and the first
 * that bears a tense decides: a future cue (will, would, expected, scheduled, payable, as early as ...) makes
 * it {@link #FUTURE} unless the clause is in the past perfect ("had been scheduled to expire Friday"); a past
 * verb (an "-ed" form, a common irregular past, "has", "since") makes it {@link #PAST}, unless a preposition
 * that points ahead stands between ("extended to Nov. 16", "agreed to buy in January"): then it is
 * {@link #UNKNOWN}; "is"/"are" stop the search. An expression that opens its sentence ("In January, a clinic
 * was bombed") takes the tense of the words after it. Stateless.
 */
enum Tense {
  PAST,
  FUTURE,
  UNKNOWN;

  /** How many words to read either side at most. */
  private static final int WORDS = 14;

  private static final Set<String> FUTURE_WORDS = Set.of("will", "ll", "shall", "would", "going", "planned",
      "planning", "scheduled", "expected", "expects", "expect", "due", "slated", "upcoming", "next", "payable",
      "effective", "intends", "intend", "proposed", "tomorrow");
  /** Prepositions that point ahead: a past verb before them may govern a later date. */
  private static final Set<String> AHEAD = Set.of("until", "till", "through", "to", "for", "by", "into");
  private static final Set<String> UNTIL = Set.of("until", "till", "through");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our",
      "this", "that", "these", "those", "my", "your");
  private static final Set<String> PRESENT = Set.of("is", "are", "am");
  /** Words that open a clause of their own: tense is not read across them. */
  private static final Set<String> CLAUSE = Set.of("where", "which", "who", "whom", "whose", "because", "while",
      "although", "though", "whether", "if");
  /** Words that show the "-ed" word before them is a verb, not an adjective ("announced the plan"). */
  private static final Set<String> FUNCTION = Set.of("the", "a", "an", "its", "his", "her", "their", "our", "my",
      "your", "to", "in", "on", "at", "by", "from", "for", "with", "of", "as", "down", "up", "out", "off", "over",
      "into", "that", "this", "these", "those", "some", "all", "more", "about", "nearly", "almost", "last",
      "earlier", "later", "again", "back", "late", "early", "until", "through", "since", "during", "before", "after",
      "it", "them", "him", "us", "and");
  /** Past forms that do not make a past clause by themselves (auxiliaries and adverbs, not verbs to check). */
  private static final Set<String> PAST_MARKS = Set.of("was", "were", "had", "did", "has", "have", "since", "ago");
  /** Words before a past form that make it a passive or an infinitive ("will be paid", "to be completed"). */
  private static final Set<String> PASSIVE = Set.of("be", "been", "being", "to", "is", "are", "will");
  private static final Set<String> PAST_WORDS = Set.of("was", "were", "had", "did", "has", "have", "since", "ago",
      "began", "bought", "brought", "came", "caught", "chose", "drew", "drove", "fell", "fled", "flew", "fought",
      "found", "gave", "got", "grew", "held", "kept", "knew", "led", "left", "lost", "made", "met", "paid", "ran",
      "rose", "said", "sat", "saw", "sent", "shot", "sold", "spent", "spoke", "stood", "struck", "took", "taught",
      "thought", "threw", "told", "tore", "went", "won", "wore", "wrote", "became", "broke", "built", "felt",
      "heard", "hung", "laid", "overthrew", "sought", "swore", "underwent", "withdrew", "forgot", "froze",
      "slid", "stole");
  /** Words ending in -ed that are not past verbs, or rarely are in news. */
  private static final Set<String> NOT_PAST = Set.of("based", "related", "limited", "united", "armed", "interested",
      "concerned", "advanced", "detailed", "unidentified", "unnamed", "alleged", "hundred", "indeed", "need",
      "speed", "seed", "feed", "bed", "red", "shed", "wed", "breed", "exceed", "proceed", "succeed", "creed",
      "embed", "greed", "weed", "tied", "so-called", "intended", "designed", "aimed");

  /** The tense of the clause around the expression that starts at {@code offset} in {@code text}. */
  static Tense at(String text, int offset) {
    Tense before = before(text, offset);
    if (before != UNKNOWN || !opensSentence(text, offset)) {
      return before;
    }
    return after(text, offset);
  }

  private static Tense before(String text, int offset) {
    boolean ahead = false;
    String nearer = null;
    String nearerRaw = null;
    int end = offset;
    for (int n = 0; n < WORDS; n++) {
      int start = wordStart(text, end);
      if (start < 0) {
        return UNKNOWN;
      }
      String raw = text.substring(start, wordEnd(text, start));
      String word = raw.toLowerCase(Locale.ROOT);
      end = start;
      if (CLAUSE.contains(word) || nearer == null && DETERMINERS.contains(word)) {
        return UNKNOWN; // "the Jan. 14 deadline": a date used as an attribute is not governed by the verb
      }
      if (FUTURE_WORDS.contains(word) || word.equals("as") && ("early".equals(nearer) || "soon".equals(nearer))
          || word.equals("no") && "later".equals(nearer)
          || word.equals("set") && (nearer == null || "to".equals(nearer) || "for".equals(nearer))
          || word.startsWith("plan") && ("to".equals(nearer) || "for".equals(nearer))) {
        return pastPerfectBefore(text, start) ? PAST : FUTURE;
      }
      if (PRESENT.contains(word)) {
        return "to".equals(nearer) ? FUTURE : UNKNOWN; // "is to meet on Friday"
      }
      if (isPast(word, nearerRaw, text, start)) {
        return ahead ? UNKNOWN : PAST;
      }
      // "extended to Nov. 16", "agreed to buy": ahead; "tied to the launch", "from one year to a new one": a noun
      // phrase follows, so the preposition says nothing of time.
      ahead |= AHEAD.contains(word) && (UNTIL.contains(word) || nearer == null || !DETERMINERS.contains(nearer));
      nearer = word;
      nearerRaw = raw;
    }
    return UNKNOWN;
  }

  private static Tense after(String text, int offset) {
    int i = offset;
    for (int n = 0; n < WORDS; n++) {
      int start = nextWord(text, i);
      if (start < 0) {
        return UNKNOWN;
      }
      int stop = wordEnd(text, start);
      String word = text.substring(start, stop).toLowerCase(Locale.ROOT);
      if (n > 0 && (FUTURE_WORDS.contains(word) || word.startsWith("plan"))) {
        return FUTURE;
      }
      if (n > 0 && isPast(word, null, text, start)) {
        return PAST;
      }
      if (PRESENT.contains(word)) {
        return UNKNOWN;
      }
      i = stop;
    }
    return UNKNOWN;
  }

  /**
   * A past verb. An "-ed" form counts only before a word that shows it is a verb ({@code nearer} being an
   * article, a preposition, a pronoun, a name or nothing), not an adjective ("preferred shares"); a past form
   * after "be", "been", "to" or "will" is a passive or an infinitive ("will be paid"), not a tense.
   */
  private static boolean isPast(String word, String nearer, String text, int start) {
    if (PAST_MARKS.contains(word)) {
      return true;
    }
    if (!PAST_WORDS.contains(word)) {
      if (word.length() < 5 || !word.endsWith("ed") || NOT_PAST.contains(word) || word.endsWith("eed")
          || word.indexOf('-') >= 0) {
        return false;
      }
      if (nearer != null && !FUNCTION.contains(nearer.toLowerCase(Locale.ROOT))
          && !Character.isUpperCase(nearer.charAt(0))) {
        return false;
      }
    }
    int prev = wordStart(text, start);
    return prev < 0 || !PASSIVE.contains(text.substring(prev, wordEnd(text, prev)).toLowerCase(Locale.ROOT));
  }

  /** "had" earlier in the sentence, before a future cue: "had been scheduled to expire". */
  private static boolean pastPerfectBefore(String text, int offset) {
    int end = offset;
    for (int n = 0; n < 3; n++) {
      int start = wordStart(text, end);
      if (start < 0) {
        return false;
      }
      if (text.regionMatches(true, start, "had", 0, 3) && wordEnd(text, start) == start + 3) {
        return true;
      }
      end = start;
    }
    return false;
  }

  /** Only words, prepositions and articles stand between the sentence start and {@code offset}. */
  private static boolean opensSentence(String text, int offset) {
    int end = offset;
    for (int n = 0; n < 3; n++) {
      int start = wordStart(text, end);
      if (start < 0) {
        return true;
      }
      String word = text.substring(start, wordEnd(text, start)).toLowerCase(Locale.ROOT);
      if (!Set.of("in", "on", "by", "early", "late", "since", "until", "and", "but", "then", "the", "last", "next",
          "this").contains(word)) {
        return false;
      }
      end = start;
    }
    return false;
  }

  /**
   * The start of the word that ends at or before {@code end}, or -1 at a sentence end (a full stop after a
   * lower-case letter, "!", "?", a line break, a semicolon or a quotation mark's closing of speech).
   */
  private static int wordStart(String text, int end) {
    int i = end - 1;
    while (i >= 0 && !Character.isLetter(text.charAt(i))) {
      if (breaksSentence(text, i)) {
        return -1;
      }
      i--;
    }
    if (i < 0) {
      return -1;
    }
    while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
      i--;
    }
    return i;
  }

  private static int nextWord(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isLetter(text.charAt(i))) {
      if (breaksSentence(text, i)) {
        return -1;
      }
      i++;
    }
    return i < text.length() ? i : -1;
  }

  private static int wordEnd(String text, int start) {
    int i = start;
    while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
      i++;
    }
    return i;
  }

  private static boolean breaksSentence(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n' || c == '!' || c == '?' || c == ';') {
      return true;
    }
    if (c != '.' || i == 0 || !(Character.isLowerCase(text.charAt(i - 1)) || Character.isDigit(text.charAt(i - 1)))
        || isAbbreviation(text, i)) {
      return false;
    }
    int j = i + 1;
    while (j < text.length() && "'\"’”)`".indexOf(text.charAt(j)) >= 0) {
      j++; // a full stop inside a closing quotation: ".''" or ".\""
    }
    return j < text.length() && Character.isWhitespace(text.charAt(j));
  }

  /** A short capitalised word before a dot ("Oct.", "Corp."), taken for an abbreviation. */
  private static boolean isAbbreviation(String text, int dot) {
    int start = dot;
    while (start > 0 && dot - start <= 5 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return dot - start <= 4 && start < dot && Character.isUpperCase(text.charAt(start));
  }
}
