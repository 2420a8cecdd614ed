// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lower-case notes are read with their month and weekday names capitalised, offsets and quotes unchanged. */
class UncasedNamesTest {

  private final RuleTimeTagger tagger = new RuleTimeTagger();

  @ParameterizedTest(name = "\"{0}\" is read as \"{1}\"")
  @CsvSource(delimiter = '|', value = {
    "on monday, october 5 they marched|on Monday, October 5 they marched",
    "they march on 3 march|they march on 3 March",
    "they may return on may 12|they may return on May 12",
    "in may 2012 students may march|in May 2012 students may march",
    "the 2nd of may rally|the 2nd of May rally",
    "sundays and jan 3 stay|sundays and jan 3 stay",
    "a rally on oct. 17 and sept. 3|a rally on Oct. 17 and Sept. 3",
    "the dec. issue and mar. 2020 stay|the dec. issue and mar. 2020 stay",
  })
  void capitalisesNamesOnly(String text, String view) {
    assertThat(UncasedNames.capitalise(text)).isEqualTo(view).hasSameSizeAs(text);
  }

  @Test
  void aLowerCaseNoteIsDatedAndQuotedAsWritten() {
    String note = "hundreds of workers protested in front of the ministry on october 14, 2011. they may return"
        + " on monday to march again. police watched.";
    List<TimeMention> found = tagger.tag(note, Optional.of(LocalDate.of(2011, 10, 15)));

    assertThat(found).extracting(TimeMention::text).containsExactly("october 14, 2011", "monday");
    assertThat(found.get(0).value()).contains("2011-10-14");
    assertThat(found).allSatisfy(m -> assertThat(m.span().of(note)).isEqualTo(m.text()));
  }

  @Test
  void editedTextKeepsLowerCaseWordsAsWords() {
    String text = "Workers said they may march in Paris. They will march on friday, the union said.";

    assertThat(tagger.tag(text, Optional.of(LocalDate.of(2011, 10, 15)))).isEmpty();
  }
}
