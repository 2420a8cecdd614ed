// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Named days, in a report dated Friday 7 January 2000 unless the text gives a year. */
class HolidayRulesTest {

  private static final Optional<LocalDate> ANCHOR = Optional.of(LocalDate.of(2000, 1, 7));
  private final RuleTimeTagger tagger = new RuleTimeTagger();

  @ParameterizedTest(name = "\"{0}\": \"{1}\" is {2}")
  @CsvSource(delimiter = '|', value = {
    "The boy was found on Thanksgiving Day clinging to a tube.|Thanksgiving Day|1999-11-25",
    "Crowds gathered on Christmas Eve.|Christmas Eve|1999-12-24",
    "Workers will march on May Day.|May Day|2000-05-01",
    "Thousands marched on International Women's Day.|International Women's Day|1999-03-08",
    "Thousands will march on International Women's Day.|International Women's Day|2000-03-08",
    "Protesters rallied at Easter 1998.|Easter 1998|1998-04-12",
    "Protesters rallied on Good Friday 2000.|Good Friday 2000|2000-04-21",
    "Crowds will celebrate Nowruz.|Nowruz|2000-03-20",
    "The vote falls on Election Day 1998.|Election Day 1998|1998-11-03",
    "Marchers met on Labor Day 1999.|Labor Day 1999|1999-09-06",
    "Marchers met on Memorial Day 1999.|Memorial Day 1999|1999-05-31",
    "Priests will lead prayers in Easter week.|Easter week|2000-W16",
    "Crowds gathered on New Year’s Eve.|New Year’s Eve|1999-12-31",
  })
  void aNamedDayIsTheDayItFallsOn(String text, String expression, String value) {
    assertThat(tagger.tag(text, ANCHOR))
        .filteredOn(m -> m.text().equals(expression))
        .singleElement()
        .satisfies(m -> assertThat(m.value()).contains(value));
  }

  @Test
  void easterFollowsTheGregorianComputus() {
    assertThat(HolidayRules.easter(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
    assertThat(HolidayRules.easter(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
    assertThat(HolidayRules.easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    assertThat(HolidayRules.easter(1818)).isEqualTo(LocalDate.of(1818, 3, 22));
  }

  @Test
  void aMonthNamedInAHolidayIsNotTakenForTheMonth() {
    assertThat(tagger.tag("Workers marched on May Day.", ANCHOR))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).isEqualTo("May Day"));
  }
}
