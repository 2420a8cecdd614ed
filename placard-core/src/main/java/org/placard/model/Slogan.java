// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

import java.util.Objects;

/** A slogan or demand, verbatim as the report quotes it, with where it stands. */
public record Slogan(String text, Evidence evidence) {
  public Slogan {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
  }
}
