// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "The following year" and kin in a report dated 10 October 2020: counted from the last date stated. */
class FollowingPeriodTest {

  private static final Optional<LocalDate> ANCHOR = Optional.of(LocalDate.of(2020, 10, 10));
  private final RuleTimeTagger tagger = new RuleTimeTagger();

  @ParameterizedTest(name = "\"{0}\": \"{1}\" is {2}")
  @CsvSource(delimiter = '|', value = {
    "The party was founded in 1995. The following year it won.|The following year|1996",
    "Strikes began in March 1989. The following month they spread.|The following month|1989-04",
    "Strikes began in March 1989. The previous year was calm.|The previous year|1988",
    "The following year will be hard.|The following year|2021",
    "The party was founded in 1995. It will win next year.|next year|2021",
  })
  void aFollowingPeriodCountsFromTheLastStatedDate(String text, String expression, String value) {
    assertThat(tagger.tag(text, ANCHOR))
        .filteredOn(m -> m.text().equals(expression))
        .singleElement()
        .satisfies(m -> assertThat(m.value()).contains(value));
  }
}
