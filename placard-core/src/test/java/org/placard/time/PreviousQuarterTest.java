// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Year-on-year comparisons in a report dated 25 October 1989, with and without a quarter before them. */
class PreviousQuarterTest {

  private static final Optional<LocalDate> ANCHOR = Optional.of(LocalDate.of(1989, 10, 25));
  private final RuleTimeTagger tagger = new RuleTimeTagger();

  @ParameterizedTest(name = "\"{0}\": \"{1}\" is {2}")
  @CsvSource(delimiter = '|', value = {
    // text | expression | value
    "Profit rose in the third quarter. A year earlier, it fell.|A year earlier|1988-Q3",
    "Third-quarter sales fell from the year-earlier level.|the year-earlier|1988-Q3",
    "Net income in the fourth quarter of 1988 was higher than a year ago.|a year ago|1988",
    "Profit rose this year. A year earlier, it fell.|A year earlier|1988",
    "Profit rose in the third quarter. Two years ago, it fell.|Two years ago|1987",
  })
  void aYearBackAfterAQuarterIsThatQuarterAYearBefore(String text, String expression, String value) {
    assertThat(tagger.tag(text, ANCHOR))
        .filteredOn(m -> m.text().equals(expression))
        .singleElement()
        .satisfies(m -> {
          assertThat(m.value()).contains(value);
          assertThat(m.date()).isEqualTo(TimexValues.dateOf(value));
        });
  }
}
