// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of a text, with what recognition needs to know about it. Package-private: a detail of
 * {@link PlaceRecogniser}.
 *
 * @param start           offset of the first character
 * @param end             offset after the last character (a possessive "'s" is left out)
 * @param text            the word
 * @param gapBefore       the characters between the previous word and this one
 * @param sentenceInitial whether the word starts a sentence, a line or a quotation
 */
record Token(int start, int end, String text, String gapBefore, boolean sentenceInitial) {
  private static final Pattern WORD = Pattern.compile(
      "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}\\p{Nd}]+(?:['\u2019\\-][\\p{L}\\p{M}]+)*");

  boolean capitalised() {
    char c = text.charAt(0);
    return Character.isUpperCase(c) || Character.isTitleCase(c) || isArabicScript(c);
  }

  boolean allCaps() {
    return text.length() > 1 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** Whether only blanks (no line break, comma or other punctuation) separate this word from the previous. */
  boolean joinsPrevious() {
    return !gapBefore.isEmpty() && gapBefore.chars().allMatch(c -> c == ' ' || c == '\u00a0');
  }

  static boolean isArabicScript(char c) {
    return c >= 0x0600 && c <= 0x06ff || c >= 0xfb50 && c <= 0xfdff || c >= 0xfe70 && c <= 0xfeff;
  }

  private static final java.util.Set<String> NAME_ABBREVIATIONS = java.util.Set.of("St", "Mt", "Ft", "Ste", "ST",
      "MT", "FT");

  static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int prevEnd = 0;
    while (m.find()) {
      int end = m.end();
      String word = m.group();
      if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"))) {
        end -= 2;
        word = word.substring(0, word.length() - 2);
      }
      if (isNameAbbreviation(word) && end < text.length() && text.charAt(end) == '.') {
        end++; // "St. Louis", "Mt. Kenya": the abbreviation's dot is part of the name, not a sentence end
        word += ".";
      }
      String gap = text.substring(prevEnd, m.start());
      out.add(new Token(m.start(), end, word, gap, isSentenceStart(text, m.start(), out.isEmpty())));
      prevEnd = Math.max(m.end(), end);
    }
    return out;
  }

  /** "St", "Mt", "Ft", "Ste": abbreviated first words of place names ("St. Louis", "Ft. Worth"). */
  private static boolean isNameAbbreviation(String word) {
    return NAME_ABBREVIATIONS.contains(word);
  }

  private static boolean isSentenceStart(String text, int at, boolean first) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\u00a0' || c == '\t') {
        continue;
      }
      if (c == '.' && i >= 2 && isNameAbbreviation(text.substring(Math.max(0, i - 3), i).replaceAll("^.*\\P{L}", ""))) {
        return false;
      }
      return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == ':' || c == '"' || c == '\u201c'
          || c == '\u2022' || c == '\u2018';
    }
    return true;
  }
}
