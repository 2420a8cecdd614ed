// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Lookup keys for place names. {@link #exact} folds case, diacritics, punctuation and the Arabic-script letter
 * variants (Arabic yeh and kaf to the Persian forms, teh marbuta to heh, hamza-carrying alefs to alef), so that
 * "Esfarāyen" and "ESFARAYEN" meet. {@link #loose} further folds the usual transliteration variants of the same
 * name (ou/oo/u, e/a, y/i, kh/gh/q/k, doubled letters, a final h, the Persian "-e"/"-ye" connector and the
 * spaces and hyphens between words), so that "Bandar-e Abbas", "Bandar Abbas" and "Bandarabbas" meet.
 * Stateless; thread-safe.
 */
public final class NameKey {
  private NameKey() {}

  /** Case, diacritics and punctuation folded; words separated by single spaces. */
  public static String exact(String name) {
    String s = isPlainAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String mapped = fold(c);
      if (mapped == null) {
        continue;
      }
      if (mapped.equals(" ")) {
        if (!space) {
          out.append(' ');
          space = true;
        }
        continue;
      }
      out.append(mapped);
      space = false;
    }
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) == ' ') {
      out.setLength(n - 1);
    }
    return abbreviations(out.toString());
  }

  /** The exact key with transliteration variants folded and word boundaries removed. */
  public static String loose(String name) {
    return looseOfExact(exact(name));
  }

  /** {@link #loose} of a string that is already an {@link #exact} key. */
  public static String looseOfExact(String exactKey) {
    String[] words = exactKey.split(" ");
    StringBuilder joined = new StringBuilder(exactKey.length());
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean connector = (w.equals("e") || w.equals("ye") || w.equals("i")) && i > 0 && i < words.length - 1;
      if (!connector) {
        joined.append(foldWord(w));
      }
    }
    StringBuilder out = new StringBuilder(joined.length());
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String foldWord(String w) {
    if (w.isEmpty() || w.charAt(0) >= 0x0600) {
      return w;
    }
    String s = w.replace("ou", "u").replace("oo", "u").replace("kh", "k").replace("gh", "k").replace("ph", "f")
        .replace('q', 'k').replace('w', 'v').replace('e', 'a').replace('y', 'i');
    if (s.length() > 3 && s.endsWith("h") && "aiou".indexOf(s.charAt(s.length() - 2)) >= 0) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static String abbreviations(String key) {
    if (key.startsWith("st ")) {
      return "saint " + key.substring(3);
    }
    if (key.startsWith("mt ")) {
      return "mount " + key.substring(3);
    }
    if (key.startsWith("ft ")) {
      return "fort " + key.substring(3);
    }
    return key;
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The folded form of one character: null to drop it, " " for a word boundary. */
  private static String fold(char c) {
    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
      return String.valueOf(c);
    }
    if (c >= 'A' && c <= 'Z') {
      return String.valueOf((char) (c + 32));
    }
    switch (c) {
      case '\'': case '\u2018': case '\u2019': case '\u02bb': case '\u02bc': case '`': case '\u00b4': case '\u02be':
      case '\u02bf': case '\u0640':
        return null;
      case '\u0131': return "i";
      case '\u00f8': case '\u00d8': return "o";
      case '\u0142': case '\u0141': return "l";
      case '\u0111': case '\u0110': case '\u00f0': case '\u00d0': return "d";
      case '\u00fe': case '\u00de': return "th";
      case '\u00df': return "ss";
      case '\u00e6': case '\u00c6': return "ae";
      case '\u0153': case '\u0152': return "oe";
      case '\u064a': case '\u0649': case '\u0626': return "\u06cc";
      case '\u0643': return "\u06a9";
      case '\u0629': return "\u0647";
      case '\u0623': case '\u0625': case '\u0622': case '\u0671': return "\u0627";
      case '\u0624': return "\u0648";
      case '\u200c': case '\u200d': return " ";
      default:
        break;
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return null;
    }
    if (Character.isLetterOrDigit(c)) {
      return String.valueOf(Character.toLowerCase(c));
    }
    return " ";
  }
}
