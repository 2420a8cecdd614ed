// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

/**
 * A half-open range {@code [start, end)} of character offsets (UTF-16 code units, as Java strings count them)
 * into a report's text.
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** The text this span covers in {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
