// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.placard.model.EventType;
import org.placard.model.Span;

/**
 * The type coder on {@code acled-type-sentences.tsv}: invented sentences, at least five for every sub-event type
 * and outcome the rules give, with hard negatives beside them. One test per sentence.
 */
class TypeCoderTest {
  private static final TypeCoder CODER = new TypeCoder();

  private static List<String[]> sentences() {
    return Fixtures.resource("acled-type-sentences.tsv").lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 2)).toList();
  }

  @TestFactory
  Stream<DynamicTest> everySentenceIsCodedAsExpected() {
    return sentences().stream().map(row -> DynamicTest.dynamicTest(row[0] + ": " + row[1],
        () -> assertThat(CODER.code(row[1]).outcome()).as(row[1]).isEqualTo(row[0])));
  }

  @Test
  void theFixtureHasFiveSentencesForEveryOutcomeTheRulesGive() {
    Map<String, Long> counts = sentences().stream()
        .collect(Collectors.groupingBy(r -> r[0], TreeMap::new, Collectors.counting()));
    assertThat(counts).hasSize(30);
    assertThat(counts.values()).allMatch(n -> n >= 5);
  }

  @Test
  void aCodingCarriesTheTypeTripleAndTheCueThatFired() {
    String text = "An air strike hit a market in the provincial capital.";
    TypeCoder.Coding c = CODER.code(text);
    assertThat(c.type()).contains(new EventType("Political violence", "Explosions/Remote violence",
        "Air/drone strike"));
    assertThat(c.cue().map(s -> s.of(text))).contains("air strike");
    assertThat(c.line()).isPositive();
  }

  @Test
  void outcomesThatAreNoEventHaveNoType() {
    assertThat(CODER.code("Floods swept away hundreds of homes.").isEvent()).isFalse();
    assertThat(CODER.code("The museum reopened to visitors.").outcome()).isEqualTo(TypeCoder.UNRELATED);
  }

  @Test
  void weakWordsCodeASnippetButAreMarkedWeak() {
    TypeCoder.Coding c = CODER.code("At least 5 people were killed and 31 injured, the commission said.");
    assertThat(c.outcome()).isEqualTo("Attack");
    assertThat(c.weak()).isTrue();
  }

  @Test
  void theProtestWordsGivenDecideAPeacefulProtest() {
    String folded = "Students gathered outside the gate.";
    Span all = new Span(0, folded.length());
    assertThat(CODER.code(folded, all, List.of())).isEmpty();
    assertThat(CODER.code(folded, all, List.of(new Span(9, 17)))).hasValueSatisfying(
        c -> assertThat(c.outcome()).isEqualTo("Peaceful protest"));
  }
}
