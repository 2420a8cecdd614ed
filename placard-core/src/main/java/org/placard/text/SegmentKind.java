// SPDX-License-Identifier: Apache-2.0
package org.placard.text;

/** What kind of piece of a page a segment is: news pages mix prose with headlines, captions and lists. */
public enum SegmentKind {
  /** A short line with no closing punctuation, standing alone ("Rajavi anniversary"). */
  HEADLINE,
  /** A "Place – activity – date" line, as photo captions are written. */
  CAPTION,
  /** A list item ("  • “Down with ...”"). */
  BULLET,
  /** A sentence of running prose. */
  SENTENCE
}
