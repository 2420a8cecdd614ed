// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone who said something, and when: a claimant, or a source that confirmed or disputed a claim.
 *
 * @param source who ("Reuters", "PMOI/MEK", "police")
 * @param on     when they said it, when the text tells
 */
public record Attribution(String source, Optional<LocalDate> on) {
  public Attribution {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(on, "on");
  }
}
