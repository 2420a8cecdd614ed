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
      assertThat(rows.get(0).bucket()).isEqualTo("1000-1999");
      assertThat(rows.get(1).reportDate()).isEmpty();
      assertThat(rows.get(1).bucket()).isEqualTo(">10000");
      assertThat(rows.get(1).violent()).isTrue();
    }
  }

  @Test
  void bucketsSizesAsWritten() {
    assertThat(MassMobilizationEval.bucket("hundreds")).contains("100-999");
    assertThat(MassMobilizationEval.bucket("tens of thousands")).contains(">10000");
    assertThat(MassMobilizationEval.bucket("about 2,500")).contains("2000-4999");
    assertThat(MassMobilizationEval.bucket("unspecified")).isEqualTo(Optional.empty());
  }

  @Test
  void recasesSentenceStartsMonthsAndPlacesAfterPrepositions() {
    assertThat(MassMobilizationEval.recase("workers marched in springfield on tuesday. police came."))
        .isEqualTo("Workers marched in Springfield on Tuesday. Police came.");
  }
}
