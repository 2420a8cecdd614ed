// SPDX-License-Identifier: Apache-2.0
package org.placard.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MassMobilizationEvalTest {
  @Test
  void readsProtestRowsOnlyWithCitationDateAndBucket() throws Exception {
    try (Reader r = new InputStreamReader(getClass().getResourceAsStream("mm-mini.csv"), StandardCharsets.UTF_8)) {
      List<MassMobilizationEval.Row> rows = MassMobilizationEval.read(r);
      assertThat(rows).extracting(MassMobilizationEval.Row::id).containsExactly(1L, 3L);
      assertThat(rows.get(0).reportDate()).contains(LocalDate.of(2001, 4, 4));
      assertThat(rows.get(0).start()).contains(LocalDate.of(2001, 4, 3));
      assertThat(rows.get(0).bucket()).isEqualTo("2000-4999"); // "1000s", as MM's coders bucket it
      assertThat(rows.get(0).outlet()).contains("the daily echo");
      assertThat(rows.get(1).reportDate()).isEmpty();
      assertThat(rows.get(1).bucket()).isEqualTo(">10000");
      assertThat(rows.get(1).violent()).isTrue();
    }
  }

  @Test
  void readsCitationDatesMonthFirstOrDayFirst() {
    assertThat(MassMobilizationEval.citationDate("port strike. the daily echo. june 26, 1997 : 106 words."))
        .contains(LocalDate.of(1997, 6, 26));
    assertThat(MassMobilizationEval.citationDate("farmers protest. polish weekly. 26 june 1997 : 106 words."))
        .contains(LocalDate.of(1997, 6, 26));
    assertThat(MassMobilizationEval.citationDate("a daily, october, 12, 1996, riots in a town ;"))
        .contains(LocalDate.of(1996, 10, 12));
    assertThat(MassMobilizationEval.citationOutlet("farmers protest. polish weekly. 26 june 1997 : 106 words."))
        .contains("polish weekly");
  }

  @Test
  void findsTheOutletOfACitation() {
    assertThat(MassMobilizationEval.citationOutlet("strike shuts port. the new york times. may 25, 2013 saturday"))
        .contains("The New York Times");
    assertThat(MassMobilizationEval.citationOutlet("port strike. some daily. 91 words. june 20, 1991 ."))
        .contains("some daily");
    assertThat(MassMobilizationEval.citationOutlet("no date here")).isEmpty();
  }

  @Test
  void bucketsSizesAsWritten() {
    assertThat(MassMobilizationEval.bucket("1000s")).contains("2000-4999");
    assertThat(MassMobilizationEval.bucket("thousands")).contains("2000-4999");
    assertThat(MassMobilizationEval.bucket("hundreds")).contains("100-999");
    assertThat(MassMobilizationEval.bucket("tens of thousands")).contains(">10000");
    assertThat(MassMobilizationEval.bucket("about 2,500")).contains("2000-4999");
    assertThat(MassMobilizationEval.bucket("unspecified")).isEqualTo(Optional.empty());
  }

  @Test
  void placeNamesCompareWithoutCaseDiacriticsOrHyphens() {
    assertThat(MassMobilizationEval.matchKey("Port-au-Prince")).isEqualTo("port au prince");
    assertThat(MassMobilizationEval.matchKey("Gonaïves")).isEqualTo("gonaives");
    assertThat(MassMobilizationEval.matchKey(" National ")).isEqualTo("national");
  }

  @Test
  void multiLabelMacroF1MatchesAHandComputedExample() {
    double f = MassMobilizationEval.macroF1(java.util.Set.of("a", "b"),
        List.of(java.util.Set.of("a"), java.util.Set.of("b")),
        List.of(java.util.Set.of("a", "b"), java.util.Set.of("a")));
    // a: tp 1, fp 1, fn 0 -> F1 2/3; b: tp 0 (predicted only where gold lacks it) -> F1 0; macro 1/3.
    assertThat(f).isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void responsesFallBackToIgnore() {
    var responses = org.placard.extract.demands.CueClassifier.responses();
    assertThat(responses.classify("police fired tear gas and arrested ten")).containsExactly("arrests", "crowd dispersal");
    assertThat(responses.classify("the march passed off quietly")).containsExactly("ignore");
  }
}
