// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expressions that point back into the story, in a report dated 10 October 2020: counted from its dates. */
class StatedDateTest {

  private static final Optional<LocalDate> ANCHOR = Optional.of(LocalDate.of(2020, 10, 10));
  private final RuleTimeTagger tagger = new RuleTimeTagger();

  @ParameterizedTest(name = "\"{0}\": \"{1}\" is {2}")
  @CsvSource(delimiter = '|', value = {
    "Police fired on Oct. 3. Two days later, students marched.|Two days later|2020-10-05",
    "Police fired on Oct. 3. Two days later, students marched.|Oct. 3|2020-10-03",
    "Police fired on Oct. 3. A week later, students marched.|A week later|2020-W41",
    "Police fired on Oct. 3. Three days earlier, students had marched.|Three days earlier|2020-09-30",
    "The strike began in March 1989. Six months later it ended.|Six months later|1989-09",
    "The party was founded in 1995. Two years later it won.|Two years later|1997",
    "Police fired two days later.|two days later|2020-10-12",
    "Police fired three days ago.|three days ago|2020-10-07",
    "The strike began on Oct. 3. Three days ago it ended.|Three days ago|2020-10-07",
    "The leader was shot on May 4, 1998. Earlier that day, he had spoken.|Earlier that day|1998-05-04",
    "She fled in June 1998 and returned later that year.|later that year|1998",
    "Troops arrived on Oct. 3. The next day, they left.|The next day|2020-10-04",
    "Troops arrived on Oct. 3. The next morning, they left.|The next morning|2020-10-04TMO",
    "Troops arrived on Oct. 3 and had landed the day before.|the day before|2020-10-02",
    "Troops arrived that day.|that day|2020-10-10",
    "Troops arrived on Oct. 3. In the morning, crowds gathered.|the morning|2020-10-03TMO",
    "By mid-afternoon, crowds had gathered.|mid-afternoon|2020-10-10TAF",
    "The party was founded in 1995. The following year it won.|The following year|1996",
    "Strikes began in March 1989. The following month they spread.|The following month|1989-04",
    "Strikes began in March 1989. The previous year was calm.|The previous year|1988",
    "In March, strikes began. The following month they spread.|The following month|2020-04",
    "The following year will be hard.|The following year|2021",
    "The party was founded in 1995. It will win next year.|next year|2021",
    "Troops arrived on Oct. 3. In 1995, the same thing happened. That day was calm.|That day|2020-10-10",
  })
  void anExpressionOfTheStoryCountsFromTheLastStatedDate(String text, String expression, String value) {
    assertThat(tagger.tag(text, ANCHOR))
        .filteredOn(m -> m.text().equals(expression))
        .singleElement()
        .satisfies(m -> assertThat(m.value()).contains(value));
  }
}
