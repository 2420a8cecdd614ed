// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A month or a day without a year, in a report dated Monday 26 October 2020, takes its year from the tense of
 * its clause; when the clause says neither, the nearest such month or day, the past side favoured.
 */
class TenseAnchoringTest {

  private static final Optional<LocalDate> MONDAY = Optional.of(LocalDate.of(2020, 10, 26));
  private final RuleTimeTagger tagger = new RuleTimeTagger();

  @ParameterizedTest(name = "\"{0}\": {1} is {2}")
  @CsvSource(delimiter = '|', value = {
    "Since the army bought the plant in February, it has cut jobs.|February|2020-02",
    "In February, the army seized the plant.|February|2020-02",
    "Workers will strike in February.|February|2021-02",
    "The union agreed to buy the plant in February.|February|2021-02",
    "In the fiscal year ended Jan. 31, the company lost money.|Jan. 31|2020-01-31",
    "The dividend is payable Jan. 31 to holders of record.|Jan. 31|2021-01-31",
    "The dividend will be paid Jan. 31 to holders of record.|Jan. 31|2021-01-31",
    "The offer was extended to Nov. 16 by the board.|Nov. 16|2020-11-16",
    "The council said in a statement on Oct. 27 that it would resign.|Oct. 27|2020-10-27",
    "The group announced the march Aug. 21.|Aug. 21|2020-08-21",
    "The rally, which will be held in the capital, drew crowds on Aug. 21.|Aug. 21|2020-08-21",
    "The company will redeem its preferred shares on Aug. 21.|Aug. 21|2021-08-21",
    "The firm changed from a fiscal year to a calendar year in December.|December|2019-12",
    "The minister gave no reason for the Nov. 4 deadline.|Nov. 4|2020-11-04",
  })
  void theTenseOfTheClausePlacesTheYear(String text, String expression, String value) {
    assertThat(tagger.tag(text, MONDAY))
        .filteredOn(m -> m.text().equals(expression))
        .singleElement()
        .satisfies(m -> assertThat(m.value()).contains(value));
  }
}
