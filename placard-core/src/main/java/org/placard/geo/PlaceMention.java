// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.util.Objects;
import org.placard.model.Span;

/** A place name as it stands in a text, not yet resolved. */
public record PlaceMention(Span span, String text) {
  public PlaceMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
