// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.placard.model.EventDate;

/**
 * One pattern of time expression and how to read a match of it. The match is the expression's span (rules use
 * look-arounds for context that is not part of the expression, as TimeML leaves out "in", "on", "for").
 *
 * @param name    for tests and debugging
 * @param pattern a pattern without nested quantifiers (linear matching)
 * @param reader  the reading of a match, empty when the match turns out not to be a time expression
 */
record Rule(String name, Pattern pattern, Reader reader) {

  interface Reader {
    Optional<Reading> read(MatchResult match, Context context);
  }

  /** What a match means: its TIMEX3 type, value and range; no value when it needs an anchor it lacks. */
  record Reading(TimeType type, Optional<String> value, Optional<EventDate> date) {
    static Optional<Reading> of(TimeType type, String value) {
      Optional<EventDate> date = type == TimeType.DATE || type == TimeType.TIME
          ? TimexValues.dateOf(value) : Optional.empty();
      return Optional.of(new Reading(type, Optional.of(value), date));
    }

    static Optional<Reading> of(TimeType type, String value, EventDate date) {
      return Optional.of(new Reading(type, Optional.of(value), Optional.of(date)));
    }

    /** A relative expression in a report without a date of its own. */
    static Optional<Reading> unresolved(TimeType type) {
      return Optional.of(new Reading(type, Optional.empty(), Optional.empty()));
    }
  }

  /** The text being tagged and its anchor. */
  record Context(String text, Optional<LocalDate> anchor) {

    private static final Pattern FUTURE = Pattern.compile(
        "\\b(?:will|'ll|shall|going to|plans? to|planned|plans|scheduled|expected to|is to|are to|due to"
        + "|set to|slated|would|upcoming|next)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern PAST_PERFECT = Pattern.compile("\\bhad(?:\\s+been)?\\s+(?:\\w+\\s+)?$");
    private static final Pattern REPORTED = Pattern.compile("\\b(?:said|told|added|announced)\\b");

    /**
     * Whether the clause before {@code offset} speaks of the future ("will meet on Friday"): news is told in
     * the past, so a bare weekday or month is read as past unless its clause says otherwise.
     */
    boolean futureBefore(int offset) {
      int from = offset;
      int limit = Math.max(0, offset - 80);
      while (from > limit && !sentenceEnd(from - 1)) {
        from--;
      }
      Matcher cue = FUTURE.matcher(text).region(from, offset);
      int last = -1;
      int lastEnd = -1;
      while (cue.find()) {
        last = cue.start();
        lastEnd = cue.end();
      }
      if (last < 0) {
        return false;
      }
      // "had been scheduled to expire Friday" and "'We will ...,' he said Friday" are told in the past.
      return !PAST_PERFECT.matcher(text).region(from, last).find()
          && !REPORTED.matcher(text).region(lastEnd, offset).find();
    }

    /** A full stop after a lower-case word, or a line break; not the dot of "U.S." or "Oct.". */
    private boolean sentenceEnd(int i) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      return ".!?".indexOf(c) >= 0 && i > 0 && Character.isLowerCase(text.charAt(i - 1))
          && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)) && !isAbbreviation(i);
    }

    /** A short capitalised word before a dot ("Oct.", "Corp."), taken for an abbreviation. */
    private boolean isAbbreviation(int dot) {
      int start = dot;
      while (start > 0 && dot - start <= 5 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      return dot - start <= 4 && start < dot && Character.isUpperCase(text.charAt(start));
    }
  }
}
