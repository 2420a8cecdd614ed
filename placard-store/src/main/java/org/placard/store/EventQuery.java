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
 * @param limit  at most this many events (0: no limit)
 * @param offset skip this many first, for paging
 */
public record EventQuery(
    Optional<String> countryCode,
    Optional<LocalDate> since,
    Optional<LocalDate> until,
    Optional<Form> form,
    boolean includeReferences,
    int limit,
    int offset) {

  public EventQuery {
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(form, "form");
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
  }

  /** Every event, reference events included. */
  public static EventQuery all() {
    return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true, 0, 0);
  }
}
