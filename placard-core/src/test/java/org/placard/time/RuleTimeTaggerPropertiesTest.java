// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, tagging returns in-bounds, ordered, non-overlapping spans and throws nothing. */
class RuleTimeTaggerPropertiesTest {

  private final RuleTimeTagger tagger = new RuleTimeTagger();

  @Property(tries = 300)
  void any_string_is_tagged_without_exception(@ForAll String text) {
    check(text, tagger.tag(text, Optional.of(LocalDate.of(2020, 2, 29))));
    check(text, tagger.tag(text, Optional.empty()));
  }

  @Property(tries = 300)
  void time_words_in_any_order_are_tagged_without_exception(@ForAll("timeish") String text) {
    check(text, tagger.tag(text, Optional.of(LocalDate.of(2021, 12, 31))));
  }

  @Provide
  Arbitrary<String> timeish() {
    Arbitrary<String> word = Arbitraries.of("the", "last", "next", "first", "week", "of", "October", "May", "31",
        "30,", "2020", "1398", "Esfand", "۳۰", "Dey", "ago", "two", "-", "days", "a.m.", "12:30", "p.m.", "Friday",
        "mid-", "early", "quarter", "third", "every", "for", "years", "1990s", "'80s", "/", "13/13/2020", "0",
        "Feb.", "29", "twenty-four", "hours", "or", "so", "nineteen", "ninety-six", "the weekend", "tonight");
    return word.list().ofMaxSize(20).map(ws -> String.join(" ", ws));
  }

  private static void check(String text, List<TimeMention> found) {
    int end = 0;
    for (TimeMention m : found) {
      assertThat(m.span().start()).isGreaterThanOrEqualTo(end);
      assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(m.text()).isEqualTo(m.span().of(text));
      end = m.span().end();
    }
  }
}
