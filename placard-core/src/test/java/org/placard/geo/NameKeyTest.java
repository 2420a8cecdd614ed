// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void foldsCaseDiacriticsAndPunctuation() {
    assertThat(NameKey.exact("Esfarāyen")).isEqualTo(NameKey.exact("ESFARAYEN")).isEqualTo("esfarayen");
    assertThat(NameKey.exact("Orūmīyeh")).isEqualTo("orumiyeh");
    assertThat(NameKey.exact("St. Louis")).isEqualTo(NameKey.exact("Saint Louis"));
  }

  @Test
  void foldsTransliterationVariants() {
    assertThat(NameKey.loose("Bandar-e Abbas")).isEqualTo(NameKey.loose("Bandar Abbas"))
        .isEqualTo(NameKey.loose("Bandarabbas"));
    assertThat(NameKey.loose("Homayoon Shahr")).isEqualTo(NameKey.loose("Homayoun Shahr"));
    assertThat(NameKey.loose("Khomeini")).isEqualTo(NameKey.loose("Khomeyni"));
    assertThat(NameKey.loose("Hamedan")).isEqualTo(NameKey.loose("Hamadan"));
    assertThat(NameKey.loose("Tehran")).isNotEqualTo(NameKey.loose("Tabriz"));
  }

  @Test
  void foldsArabicLetterFormsToPersianOnes() {
    // Arabic yeh and kaf (U+064A, U+0643) against Persian yeh and keheh (U+06CC, U+06A9)
    assertThat(NameKey.exact("\u0643\u064a\u0634")).isEqualTo(NameKey.exact("\u06a9\u06cc\u0634"));
    assertThat(NameKey.exact("\u062e\u0645\u06cc\u0646\u06cc\u200c\u0634\u0647\u0631"))
        .isEqualTo(NameKey.exact("\u062e\u0645\u06cc\u0646\u06cc \u0634\u0647\u0631"));
  }
}
