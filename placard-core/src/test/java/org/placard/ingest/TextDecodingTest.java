// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

  private static TextDecoding.Decoded decode(byte[] bytes, Optional<String> declared) {
    return TextDecoding.decode(bytes, bytes.length, declared);
  }

  @Test
  void validUtf8IsReadAsItIs() {
    byte[] bytes = "Tehran \u2014 \u062a\u0647\u0631\u0627\u0646".getBytes(StandardCharsets.UTF_8);
    assertThat(decode(bytes, Optional.empty())).isEqualTo(
        new TextDecoding.Decoded("Tehran \u2014 \u062a\u0647\u0631\u0627\u0646", Optional.empty()));
  }

  @Test
  void singleByteTextWithNoUtf8SequenceIsWindows1252() {
    byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'x', (byte) 0x94};
    TextDecoding.Decoded decoded = decode(bytes, Optional.empty());
    assertThat(decoded.text()).isEqualTo("caf\u00e9 \u201cx\u201d");
    assertThat(decoded.warning()).hasValueSatisfying(w -> assertThat(w).contains("windows-1252"));
  }

  @Test
  void brokenUtf8AmongGoodIsReplacedWithAWarning() {
    byte[] good = "caf\u00e9 ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 1];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xFF;
    TextDecoding.Decoded decoded = decode(bytes, Optional.empty());
    assertThat(decoded.text()).isEqualTo("caf\u00e9 \ufffd");
    assertThat(decoded.warning()).hasValueSatisfying(w -> assertThat(w).startsWith("invalid UTF-8"));
  }

  @Test
  void aBomBeatsADeclaredCharset() {
    byte[] body = "\u00e9t\u00e9".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    assertThat(decode(bytes, Optional.of("windows-1252")).text()).isEqualTo("\u00e9t\u00e9");
  }

  @Test
  void aDeclaredLatin1IsReadAsWindows1252AndAnUnknownOneIsIgnored() {
    byte[] bytes = {(byte) 0x93, 'x', (byte) 0x94};
    assertThat(decode(bytes, Optional.of("ISO-8859-1")).text()).isEqualTo("\u201cx\u201d");
    assertThat(decode("ok".getBytes(StandardCharsets.US_ASCII), Optional.of("no-such-charset")).text())
        .isEqualTo("ok");
  }

  @Test
  void binaryIsNulOrManyControlBytes() {
    assertThat(TextDecoding.looksBinary(new byte[] {'a', 0, 'b'}, 3)).isTrue();
    assertThat(TextDecoding.looksBinary(new byte[] {1, 2, 3, 'a', 'b'}, 5)).isTrue();
    assertThat(TextDecoding.looksBinary("line\r\n\tindent\f".getBytes(StandardCharsets.US_ASCII), 14)).isFalse();
    assertThat(TextDecoding.looksBinary(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, 4)).isFalse();
  }
}
