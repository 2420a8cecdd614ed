// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A number as somebody claimed it: never a bare fact.
 *
 * @param figure        what is counted
 * @param value         the number, absent when the text is too vague to give one ("thousands arrested" under a
 *                      convention that gives no number)
 * @param asWritten     the quantity as the text wrote it ("1,500", "dozens")
 * @param claimant      who said it; absent when the report states it without attribution (then the report's
 *                      outlet is the claimant)
 * @param corroboratedBy who later confirmed it, and when
 * @param disputedBy     who disputed it, and when
 * @param evidence       the words the claim was read from
 */
public record Claim(
    Figure figure,
    Optional<Long> value,
    String asWritten,
    Optional<Attribution> claimant,
    List<Attribution> corroboratedBy,
    List<Attribution> disputedBy,
    Evidence evidence) {

  public Claim {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(asWritten, "asWritten");
    Objects.requireNonNull(claimant, "claimant");
    corroboratedBy = List.copyOf(corroboratedBy);
    disputedBy = List.copyOf(disputedBy);
    Objects.requireNonNull(evidence, "evidence");
    value.ifPresent(v -> {
      if (v < 0) {
        throw new IllegalArgumentException("a count cannot be negative: " + v);
      }
    });
  }
}
