// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.placard.model.EventDate;
import org.placard.model.TimePrecision;

class TimexValuesTest {

  @ParameterizedTest(name = "{0} is {1}..{2} ({3})")
  @CsvSource({
    "2020-10-10, 2020-10-10, 2020-10-10, DAY",
    "2020-10-10TMO, 2020-10-10, 2020-10-10, DAY",
    "2020-10-10T15:00, 2020-10-10, 2020-10-10, DAY",
    "2020-W40, 2020-09-28, 2020-10-04, WEEK",
    "2020-W41-WE, 2020-10-10, 2020-10-11, WEEK",
    "2019-11, 2019-11-01, 2019-11-30, MONTH",
    "2020-Q1, 2020-01-01, 2020-03-31, COARSER",
    "2020-H2, 2020-07-01, 2020-12-31, COARSER",
    "2019-SU, 2019-06-01, 2019-08-31, COARSER",
    "2019-WI, 2019-12-01, 2020-02-29, COARSER",
    "1998, 1998-01-01, 1998-12-31, COARSER",
    "199, 1990-01-01, 1999-12-31, COARSER",
    "19, 1900-01-01, 1999-12-31, COARSER",
  })
  void values_denote_ranges(String value, String start, String end, TimePrecision precision) {
    assertThat(TimexValues.dateOf(value))
        .contains(new EventDate(LocalDate.parse(start), LocalDate.parse(end), precision, false));
  }

  @ParameterizedTest
  @CsvSource({"PAST_REF", "1989-WXX", "P3D", "XXXX-WXX-5", "2019-13", "nonsense"})
  void vague_or_malformed_values_denote_no_range(String value) {
    assertThat(TimexValues.dateOf(value)).isEmpty();
  }

  @ParameterizedTest(name = "{0} ending {1} starts {2}")
  @CsvSource({
    "P3D, 2020-10-10, 2020-10-08, WEEK",
    "P1D, 2020-10-10, 2020-10-10, DAY",
    "PT24H, 2020-10-10, 2020-10-10, DAY",
    "P2W, 2020-10-10, 2020-09-27, WEEK",
    "P1M, 2020-10-10, 2020-09-11, MONTH",
    "P1Y, 2020-10-10, 2019-10-11, COARSER",
  })
  void durations_count_back_from_their_end(String value, String end, String start, TimePrecision precision) {
    assertThat(TimexValues.durationEndingOn(value, LocalDate.parse(end))).contains(
        new EventDate(LocalDate.parse(start), LocalDate.parse(end), precision, false));
  }

  @ParameterizedTest
  @CsvSource({"PXD", "P1DT3H", "1998"})
  void vague_durations_have_no_range(String value) {
    assertThat(TimexValues.durationEndingOn(value, LocalDate.of(2020, 1, 1))).isEmpty();
  }
}
