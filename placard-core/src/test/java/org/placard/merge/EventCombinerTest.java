// SPDX-License-Identifier: Apache-2.0
package org.placard.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placard.merge.MergeRuleTest.MAY16;
import static org.placard.merge.MergeRuleTest.SANTIAGO;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.placard.model.Attribution;
import org.placard.model.Claim;
import org.placard.model.Event;
import org.placard.model.Evidence;
import org.placard.model.Figure;
import org.placard.model.Form;
import org.placard.model.Span;

class EventCombinerTest {
  private final EventCombiner combiner = new EventCombiner();

  static Claim killed(String report, long value, String claimant) {
    return new Claim(Figure.KILLED, Optional.of(value), String.valueOf(value),
        Optional.ofNullable(claimant).map(c -> new Attribution(c, Optional.of(MAY16))), List.of(), List.of(),
        new Evidence(report, "claim", new Span(0, 3), "toll"));
  }

  @Test
  void aLaterSourceWithTheSameFigureCorroboratesTheClaim() {
    Event a = MergeRuleTest.event("a", SANTIAGO, MAY16, null, Set.of(Form.MARCH), "march", killed("a", 3, "Monitor"));
    Event b = MergeRuleTest.event("b", SANTIAGO, MAY16.plusDays(1), null, Set.of(Form.MARCH), "march", killed("b", 3, null));
    Event both = combiner.combine(List.of(b, a));
    assertThat(both.claims()).filteredOn(c -> c.evidence().reportId().equals("a")).singleElement()
        .satisfies(c -> assertThat(c.corroboratedBy()).extracting(Attribution::source).containsExactly("outlet b"));
  }

  @Test
  void twoOutletsQuotingOneClaimantDoNotMakeItCorroborateItself() {
    Event a = MergeRuleTest.event("a", SANTIAGO, MAY16, null, Set.of(Form.MARCH), "march", killed("a", 3, "Monitor"));
    Event b = MergeRuleTest.event("b", SANTIAGO, MAY16, null, Set.of(Form.MARCH), "march", killed("b", 3, "Monitor"));
    Event both = combiner.combine(List.of(a, b));
    assertThat(both.claims()).hasSize(2).allSatisfy(c -> assertThat(c.corroboratedBy()).isEmpty());
    assertThat(combiner.combine(List.of(b, a))).isEqualTo(both);
  }
}
