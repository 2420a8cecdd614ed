// SPDX-License-Identifier: Apache-2.0
package org.placard.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.placard.merge.Linkage.Link;

class LinkageTest {
  static final Match SAME = new Match("same place", true, 0, 1, 0.5);
  static final Match NEARBY = new Match("nearby", false, 6, 1, 0.5);
  /** Members 0 and 1 are one report's city and town, 2 and 3 the same two told by a second report. */
  static final List<Set<String>> TWO_REPORTS = List.of(Set.of("r1"), Set.of("r1"), Set.of("r2"), Set.of("r2"));

  @Test
  void aMemberJoinsItsBestMatchAndTwoPlacesOfOneReportAreNeverChainedTogether() {
    List<Link> links = new ArrayList<>(List.of(new Link(0, 2, SAME), new Link(1, 3, SAME), new Link(0, 3, NEARBY),
        new Link(1, 2, NEARBY)));
    for (long seed = 0; seed < 5; seed++) {
      Collections.shuffle(links, new Random(seed));
      assertThat(Linkage.groups(TWO_REPORTS, links, Linkage.NO_VETOES)).containsExactly(List.of(0, 2), List.of(1, 3));
    }
  }

  @Test
  void withoutSharedReportsOrVetoesTheGroupsAreTheConnectedComponents() {
    List<Set<String>> reports = List.of(Set.of("a"), Set.of("b"), Set.of("c"), Set.of("d"));
    List<Link> chain = List.of(new Link(0, 1, NEARBY), new Link(1, 2, SAME));

    assertThat(Linkage.groups(reports, chain, Linkage.NO_VETOES)).containsExactly(List.of(0, 1, 2), List.of(3));
  }

  @Test
  void membersOfOneReportThatMatchEachOtherMayBeOneEvent() {
    List<Set<String>> reports = List.of(Set.of("r1"), Set.of("r1"), Set.of("r2"));
    List<Link> links = List.of(new Link(0, 1, SAME), new Link(1, 2, SAME), new Link(0, 2, SAME));

    assertThat(Linkage.groups(reports, links, Linkage.NO_VETOES)).containsExactly(List.of(0, 1, 2));
  }

  @Test
  void aVetoedPairSplitsAChainWhereTheWeakerLinkIs() {
    List<Set<String>> reports = List.of(Set.of("a"), Set.of("b"), Set.of("c"));
    List<Link> links = List.of(new Link(0, 1, NEARBY), new Link(1, 2, SAME));

    assertThat(Linkage.groups(reports, links, (x, y) -> x == 0 && y == 2)).containsExactly(List.of(0), List.of(1, 2));
  }

  @Test
  void aLinkMustJoinTwoKnownMembersSmallerFirst() {
    assertThatThrownBy(() -> new Link(2, 1, SAME)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Linkage.groups(List.of(Set.of("a")), List.of(new Link(0, 1, SAME)), Linkage.NO_VETOES))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
