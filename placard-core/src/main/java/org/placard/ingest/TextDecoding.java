// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * Bytes to text, by one rule, in this order:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides, and is dropped;</li>
 *   <li>else a declared charset (HTML meta, HTTP Content-Type) decides; ISO-8859-1 and US-ASCII are read as
 *       windows-1252, as browsers do;</li>
 *   <li>else UTF-8, when the bytes are valid UTF-8;</li>
 *   <li>else, when the bytes hold no valid multi-byte UTF-8 sequence at all (so they are clearly a single-byte
 *       text such as Latin-1), windows-1252, with a warning;</li>
 *   <li>else (mixed or broken UTF-8) UTF-8 with U+FFFD for the bad bytes, with a warning.</li>
 * </ol>
 * Stateless.
 */
final class TextDecoding {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Decoded text, and a warning when the bytes were not what they claimed or seemed to be. */
  record Decoded(String text, Optional<String> warning) {}

  private TextDecoding() {}

  static Decoded decode(byte[] bytes, int length, Optional<String> declaredCharset) {
    int b0 = length > 0 ? bytes[0] & 0xFF : -1;
    int b1 = length > 1 ? bytes[1] & 0xFF : -1;
    if (length >= 3 && b0 == 0xEF && b1 == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return utf8(bytes, 3, length - 3);
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return new Decoded(new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE), Optional.empty());
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return new Decoded(new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE), Optional.empty());
    }
    Optional<Charset> declared = declaredCharset.flatMap(TextDecoding::charset);
    if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
      return new Decoded(new String(bytes, 0, length, declared.get()), Optional.empty());
    }
    return utf8(bytes, 0, length);
  }

  /**
   * Whether the head of an input looks binary rather than text: a NUL byte (outside UTF-16 with a BOM), or more
   * than 10% control bytes other than tab, newline, carriage return and form feed.
   */
  static boolean looksBinary(byte[] head, int length) {
    if (hasUtf16Bom(head, length)) {
      return false;
    }
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
        control++;
      }
    }
    return control * 10 > length;
  }

  static boolean hasUtf16Bom(byte[] head, int length) {
    return length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
        || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
  }

  private static Decoded utf8(byte[] bytes, int offset, int length) {
    try {
      String strict = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length))
          .toString();
      return new Decoded(strict, Optional.empty());
    } catch (CharacterCodingException e) {
      if (!hasMultiByteUtf8(bytes, offset, length)) {
        return new Decoded(new String(bytes, offset, length, WINDOWS_1252),
            Optional.of("not UTF-8; read as windows-1252 (Latin-1)"));
      }
      String replaced = new String(bytes, offset, length, StandardCharsets.UTF_8);
      return new Decoded(replaced, Optional.of("invalid UTF-8; bad bytes replaced by U+FFFD"));
    }
  }

  /** Whether any well-formed two-to-four-byte UTF-8 sequence occurs. */
  private static boolean hasMultiByteUtf8(byte[] bytes, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      int b = bytes[i] & 0xFF;
      int more = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
      if (more == 0 || i + more >= end) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k <= more; k++) {
        ok &= (bytes[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Charset> charset(String name) {
    String n = name.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return Optional.of(WINDOWS_1252);
    }
    if (n.startsWith("utf-16") || n.startsWith("utf-32")) {
      return Optional.empty(); // declared but BOM-less: a mislabelled ASCII-compatible page, as browsers assume
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
