// SPDX-License-Identifier: Apache-2.0
package org.placard.text;

/**
 * Folds typographic variants to plain ASCII for matching, one character for one, so that every offset into the
 * folded text is an offset into the original: curly apostrophes to {@code '}, dashes to {@code -}, no-break and
 * thin spaces to a space. Double quotes are kept as they are: they tell slogans apart. Stateless.
 */
public final class Folding {
  private Folding() {}

  /** {@code text} with the same length, variants folded. */
  public static String forMatching(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(out[i]);
    }
    return new String(out);
  }

  static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u02BC', '\u2032' -> '\'';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      case '\u00A0', '\u2007', '\u2009', '\u200A', '\u202F', '\t' -> ' ';
      default -> c;
    };
  }
}
