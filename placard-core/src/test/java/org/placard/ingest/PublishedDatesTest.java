// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2020-10-20|2020-10-20",
      "2020-10-20T23:30:00-04:00|2020-10-20",
      "2020-10-20T23:30:00Z|2020-10-20",
      "2020-10-20 10:00:00|2020-10-20",
      "  2020-10-20T08:00  |2020-10-20",
      "20201020|2020-10-20",
      "Tue, 20 Oct 2020 23:30:00 GMT|2020-10-20",
      "Tue, 20 Oct 2020 23:30:00 +0330|2020-10-20"})
  void readsTheDateAsWritten(String raw, LocalDate expected) {
    assertThat(PublishedDates.parse(raw)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"last Tuesday", "2020-13-40", "2020-02-30", "20-10-2020", "", "2020"})
  void neverGuesses(String raw) {
    assertThat(PublishedDates.parse(raw)).isEqualTo(Optional.empty());
  }
}
