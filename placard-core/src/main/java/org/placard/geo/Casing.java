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
   * Whether most sentences start in lower case and at most {@value #UNCASED_SHARE} of the other words are
   * capitalised (none, in a text of fewer than {@value #MIN_WORDS} such words): a mostly lower-case text such as
   * a coder's note.
   */
  public static boolean isMostlyUncased(String text) {
    Objects.requireNonNull(text, "text");
    return isMostlyUncased(Token.of(text));
  }

  static boolean isMostlyUncased(List<Token> tokens) {
    int words = 0;
    int capitalised = 0;
    int starts = 0;
    int lowerStarts = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!Character.isLetter(t.text().charAt(0))) {
        continue;
      }
      if (t.sentenceInitial()) {
        // only a full stop starts a sentence for sure: a line break may wrap a sentence
        if (i == 0 || t.gapBefore().strip().matches(".*[.!?][\"'\u201d\u2019)]*")) {
          starts++;
          lowerStarts += Character.isLowerCase(t.text().charAt(0)) ? 1 : 0;
        }
        continue;
      }
      words++;
      capitalised += t.capitalised() ? 1 : 0;
    }
    // edited text may name few places and people, but it starts its sentences with capitals
    if (starts == 0 || 2 * lowerStarts < starts) {
      return false;
    }
    return words < MIN_WORDS ? capitalised == 0 && words >= 2 : capitalised <= UNCASED_SHARE * words;
  }
}
