// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.Objects;
import org.placard.model.Span;

/** Something a lexicon found, and where. */
record Match<T>(T value, Span span) {
  Match {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
  }
}
