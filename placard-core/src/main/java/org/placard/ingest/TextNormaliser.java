// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import java.text.Normalizer;

/**
 * The one normalisation every report text gets at ingest, before any offset is taken into it: newlines become
 * {@code \n}, the text is NFC-normalised, control characters other than {@code \n} and {@code \t} are dropped,
 * and leading/trailing blank space is trimmed. Nothing else is rewritten. Stateless.
 */
final class TextNormaliser {
  private TextNormaliser() {}

  static String normalise(String text) {
    String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    if (!needsCleaning(nfc)) {
      return nfc.strip();
    }
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n' || c == '\t' || !isControl(c)) {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  private static boolean needsCleaning(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\t' && isControl(c)) {
        return true;
      }
    }
    return false;
  }

  /** C0, DEL and C1 controls; U+2028/2029 and format characters are content and stay. */
  private static boolean isControl(char c) {
    return c < 0x20 || c >= 0x7F && c <= 0x9F;
  }
}
