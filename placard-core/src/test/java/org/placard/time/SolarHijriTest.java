// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SolarHijriTest {

  @ParameterizedTest(name = "{0}/{1}/{2} SH is {3}")
  @CsvSource({
    "1398, 8, 25, 2019-11-16", // 25 Aban 1398, the November 2019 protests
    "1396, 10, 7, 2017-12-28", // 7 Dey 1396, the December 2017 protests
    "1399, 1, 1, 2020-03-20",
    "1403, 1, 1, 2024-03-20",
    "1399, 12, 30, 2021-03-20", // 1399 is a leap year: Esfand has 30 days
    "1400, 1, 1, 2021-03-21",
    "1357, 11, 22, 1979-02-11", // the revolution's victory day
    "1358, 1, 1, 1979-03-21",
    "1401, 6, 25, 2022-09-16", // the death of Mahsa Amini
    "1402, 1, 1, 2023-03-21",
    "1404, 1, 1, 2025-03-21",
    "1403, 12, 30, 2025-03-20", // 1403 is a leap year
    "1395, 1, 1, 2016-03-20",
  })
  void converts_known_days_both_ways(int y, int m, int d, String gregorian) {
    LocalDate day = LocalDate.parse(gregorian);
    assertThat(SolarHijri.toGregorian(y, m, d)).isEqualTo(day);
    assertThat(SolarHijri.fromGregorian(day)).isEqualTo(new SolarHijri.Date(y, m, d));
  }

  @Test
  void leap_years_follow_the_official_calendar() {
    assertThat(java.util.stream.IntStream.rangeClosed(1370, 1410).filter(SolarHijri::isLeap).boxed())
        .containsExactly(1370, 1375, 1379, 1383, 1387, 1391, 1395, 1399, 1403, 1408);
  }

  @Test
  void every_day_of_many_years_round_trips_in_sequence() {
    LocalDate day = LocalDate.of(1950, 1, 1);
    SolarHijri.Date previous = SolarHijri.fromGregorian(day.minusDays(1));
    while (day.getYear() < 2060) {
      SolarHijri.Date sh = SolarHijri.fromGregorian(day);
      assertThat(SolarHijri.toGregorian(sh.year(), sh.month(), sh.day())).isEqualTo(day);
      boolean nextDay = sh.year() == previous.year() && sh.month() == previous.month()
          && sh.day() == previous.day() + 1;
      boolean nextMonth = sh.day() == 1 && (sh.month() == previous.month() + 1 && sh.year() == previous.year()
          || sh.month() == 1 && previous.month() == 12 && sh.year() == previous.year() + 1);
      assertThat(nextDay || nextMonth).as("%s after %s", sh, previous).isTrue();
      if (nextMonth) {
        assertThat(previous.day()).isEqualTo(SolarHijri.monthLength(previous.year(), previous.month()));
      }
      previous = sh;
      day = day.plusDays(1);
    }
  }

  @Test
  void days_that_do_not_exist_fail_fast() {
    assertThatThrownBy(() -> SolarHijri.toGregorian(1398, 12, 30)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SolarHijri.toGregorian(1398, 7, 31)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SolarHijri.toGregorian(1398, 13, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
