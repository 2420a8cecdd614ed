// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Whatever the text, tagging returns in-bounds, ordered, non-overlapping spans and throws nothing. */
class RuleTimeTaggerPropertiesTest {

  private final RuleTimeTagger tagger = new RuleTimeTagger();

  @Test
  void any_string_is_tagged_without_exception() {
    qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 300)).checkAssert(text -> {
      check(text, tagger.tag(text, Optional.of(LocalDate.of(2020, 2, 29))));
      check(text, tagger.tag(text, Optional.empty()));
    });
  }

  @Test
  void time_words_in_any_order_are_tagged_without_exception() {
    qt().withExamples(300).forAll(timeish())
        .checkAssert(text -> check(text, tagger.tag(text, Optional.of(LocalDate.of(2021, 12, 31)))));
  }

  static Gen<String> timeish() {
    Gen<String> word = arbitrary().pick("the", "last", "next", "first", "week", "of", "October", "May", "31",
        "30,", "2020", "1398", "Esfand", "۳۰", "Dey", "ago", "two", "-", "days", "a.m.", "12:30", "p.m.", "Friday",
        "mid-", "early", "quarter", "third", "every", "for", "years", "1990s", "'80s", "/", "13/13/2020", "0",
        "Feb.", "29", "twenty-four", "hours", "or", "so", "nineteen", "ninety-six", "the weekend", "tonight");
    return lists().of(word).ofSizeBetween(0, 20).map(ws -> String.join(" ", ws));
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
