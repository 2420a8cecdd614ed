// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bare weekday in a report dated Saturday 10 October 2020: past unless its clause speaks of the future. */
class WeekdayTenseTest {

  private static final Optional<LocalDate> SATURDAY = Optional.of(LocalDate.of(2020, 10, 10));
  private final RuleTimeTagger tagger = new RuleTimeTagger();

  @ParameterizedTest(name = "\"{0}\": Friday is {1}")
  @CsvSource(delimiter = '|', value = {
    "Workers struck on Friday.|2020-10-09",
    "Workers will strike on Friday.|2020-10-16",
    "The offer had been scheduled to expire Friday.|2020-10-09",
    "The offer had been due to expire Friday.|2020-10-09",
    "\"We will fight on,\" the leader said Friday.|2020-10-09",
    "The union is expected to strike Friday.|2020-10-16",
    "On Friday, the union plans to strike.|2020-10-16",
    "On Friday, the union struck.|2020-10-09",
    "The leader could return as early as Friday.|2020-10-16",
    "\"We will win.\" Police on Friday|2020-10-09",
    "Talks will resume in 2021. Police on Friday|2020-10-09",
  })
  void aBareWeekdayFollowsTheTenseOfItsClause(String text, String value) {
    assertThat(tagger.tag(text, SATURDAY))
        .filteredOn(m -> m.text().equals("Friday"))
        .singleElement()
        .satisfies(m -> assertThat(m.value()).contains(value));
  }
}
