// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.placard.model.Form;

/**
 * A filter over stored events; every part optional. Dates select events whose range overlaps
 * {@code [since, until]}.
 *
 * @param countryCode ISO 3166-1 alpha-2 of the event's place (case-insensitive)
 * @param limit       at most this many events (0: no limit)
 * @param offset      skip this many first, for paging
 * @param box         only events whose place has coordinates inside the box
 * @param text        only events where this text occurs (case-insensitively, for ASCII letters) in a slogan, an
 *                    actor's name, the place's names, or the title or text of a source report
 */
public record EventQuery(
    Optional<String> countryCode,
    Optional<LocalDate> since,
    Optional<LocalDate> until,
    Optional<Form> form,
    boolean includeReferences,
    int limit,
    int offset,
    Optional<BoundingBox> box,
    Optional<String> text) {

  public EventQuery {
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(box, "box");
    Objects.requireNonNull(text, "text");
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
    text = text.map(String::strip).filter(t -> !t.isEmpty());
  }

  /** A query without a box or text search. */
  public EventQuery(
      Optional<String> countryCode, Optional<LocalDate> since, Optional<LocalDate> until, Optional<Form> form,
      boolean includeReferences, int limit, int offset) {
    this(countryCode, since, until, form, includeReferences, limit, offset, Optional.empty(), Optional.empty());
  }

  /** Every event, reference events included. */
  public static EventQuery all() {
    return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true, 0, 0);
  }

  public EventQuery withCountryCode(String code) {
    return new EventQuery(Optional.of(code), since, until, form, includeReferences, limit, offset, box, text);
  }

  public EventQuery withDates(Optional<LocalDate> since, Optional<LocalDate> until) {
    return new EventQuery(countryCode, since, until, form, includeReferences, limit, offset, box, text);
  }

  public EventQuery withForm(Form form) {
    return new EventQuery(countryCode, since, until, Optional.of(form), includeReferences, limit, offset, box, text);
  }

  public EventQuery withoutReferences() {
    return new EventQuery(countryCode, since, until, form, false, limit, offset, box, text);
  }

  public EventQuery withPage(int limit, int offset) {
    return new EventQuery(countryCode, since, until, form, includeReferences, limit, offset, box, text);
  }

  public EventQuery withBox(BoundingBox box) {
    return new EventQuery(countryCode, since, until, form, includeReferences, limit, offset, Optional.of(box), text);
  }

  public EventQuery withText(String text) {
    return new EventQuery(countryCode, since, until, form, includeReferences, limit, offset, box, Optional.of(text));
  }
}
