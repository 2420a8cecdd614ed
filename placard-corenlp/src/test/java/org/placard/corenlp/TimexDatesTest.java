// SPDX-License-Identifier: GPL-3.0-or-later
package org.placard.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.placard.model.EventDate;
import org.placard.model.TimePrecision;

class TimexDatesTest {
  static EventDate range(String start, String end, TimePrecision p) {
    return new EventDate(LocalDate.parse(start), LocalDate.parse(end), p, false);
  }

  @Test
  void eachTimexValueDenotesItsRangeAndPrecision() {
    assertThat(TimexDates.date("2020-10-10")).contains(EventDate.day(LocalDate.of(2020, 10, 10)));
    assertThat(TimexDates.date("2020-10-10T14:30")).contains(EventDate.day(LocalDate.of(2020, 10, 10)));
    assertThat(TimexDates.date("2020-W41")).contains(range("2020-10-05", "2020-10-11", TimePrecision.WEEK));
    assertThat(TimexDates.date("2020-W41-WE")).contains(range("2020-10-10", "2020-10-11", TimePrecision.WEEK));
    assertThat(TimexDates.date("2020-02")).contains(range("2020-02-01", "2020-02-29", TimePrecision.MONTH));
    assertThat(TimexDates.date("2020-Q4")).contains(range("2020-10-01", "2020-12-31", TimePrecision.COARSER));
    assertThat(TimexDates.date("2020-H1")).contains(range("2020-01-01", "2020-06-30", TimePrecision.COARSER));
    assertThat(TimexDates.date("2020")).contains(range("2020-01-01", "2020-12-31", TimePrecision.COARSER));
    assertThat(TimexDates.date("199X")).contains(range("1990-01-01", "1999-12-31", TimePrecision.COARSER));
  }

  @Test
  void valuesWithoutARangeGiveNone() {
    assertThat(TimexDates.date("P3D")).isEmpty();
    assertThat(TimexDates.date("PAST_REF")).isEmpty();
    assertThat(TimexDates.date("XXXX-10-10")).isEmpty();
    assertThat(TimexDates.date("2020-02-31")).isEmpty();
    assertThat(TimexDates.date("2020-H3")).isEmpty();
  }
}
