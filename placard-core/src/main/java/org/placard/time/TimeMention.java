// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.util.Objects;
import java.util.Optional;
import org.placard.model.EventDate;
import org.placard.model.Span;

/**
 * A time expression as it stands in a text, with its normalised value.
 *
 * @param span  where it stands
 * @param text  what the text wrote ("the first week of October 2020")
 * @param type  TIMEX3 type
 * @param value TimeML value ("2020-10-10", "2020-W40", "2019-11", "P3D", "PAST_REF"), absent when it could
 *              not be normalised (a relative expression in a report with no date of its own)
 * @param date  the calendar range it denotes, for DATE (and TIME) expressions that could be resolved
 */
public record TimeMention(Span span, String text, TimeType type, Optional<String> value, Optional<EventDate> date) {
  public TimeMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(date, "date");
  }
}
