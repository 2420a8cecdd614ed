// SPDX-License-Identifier: Apache-2.0
package org.placard.text;

import java.util.Objects;
import org.placard.model.Span;

/**
 * A sentence or a line of a text, with exact offsets.
 *
 * @param span      where it stands in the text, trimmed of surrounding white space
 * @param kind      what kind of piece it is
 * @param line      the 0-based line it starts on
 * @param paragraph the 0-based paragraph (block of non-blank lines) it belongs to
 */
public record Segment(Span span, SegmentKind kind, int line, int paragraph) {
  public Segment {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    if (line < 0 || paragraph < 0) {
      throw new IllegalArgumentException("line and paragraph are 0-based: " + line + ", " + paragraph);
    }
  }

  public boolean contains(Span other) {
    return span.contains(other);
  }

  /** The segment's text in {@code text}. */
  public String of(String text) {
    return span.of(text);
  }
}
