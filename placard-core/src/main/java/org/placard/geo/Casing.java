// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.util.List;
import java.util.Objects;

/**
 * Whether a text is written without the capitals that name places, as coders' notes often are ("protesters
 * gathered in front of parliament in bucharest"). Case-aware recognition finds no place in such a text, so
 * {@link GazetteerGeoparser} switches, per document, to case-insensitive matching with stronger guards.
 * Stateless.
 */
public final class Casing {
  /** Below this share of capitalised words (sentence starts left out) a text counts as uncased. */
  static final double UNCASED_SHARE = 0.04;
  /** Fewer words than this decide nothing: a short headline may lack names. */
  static final int MIN_WORDS = 6;

  private Casing() {}

  /**
   * Whether at most {@value #UNCASED_SHARE} of the words that do not start a sentence are capitalised (and the
   * text has at least {@value #MIN_WORDS} such words): a mostly lower-case text such as a coder's note.
   */
  public static boolean isMostlyUncased(String text) {
    Objects.requireNonNull(text, "text");
    return isMostlyUncased(Token.of(text));
  }

  static boolean isMostlyUncased(List<Token> tokens) {
    int words = 0;
    int capitalised = 0;
    boolean lowerStart = false;
    for (Token t : tokens) {
      if (!Character.isLetter(t.text().charAt(0))) {
        continue;
      }
      if (t.sentenceInitial()) {
        lowerStart |= Character.isLowerCase(t.text().charAt(0));
        continue;
      }
      words++;
      if (t.capitalised()) {
        capitalised++;
      }
    }
    if (words < MIN_WORDS) {
      // a short note with a lowercase first word and no capital anywhere is still uncased
      return lowerStart && capitalised == 0 && words >= 2;
    }
    return capitalised <= UNCASED_SHARE * words;
  }
}
