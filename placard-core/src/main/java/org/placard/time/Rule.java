// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.time.LocalDate;
import java.util.Optional;
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

    /** The tense of the clause around an expression that starts at {@code offset} ({@link Tense}). */
    Tense tenseAt(int offset) {
      return Tense.at(text, offset);
    }
  }
}
