// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.placard.merge.Clusters;
import org.placard.merge.MergeRule;
import org.placard.model.Event;
import org.placard.store.MemberRows.Entry;

class GroupingTest {
  private static List<Entry> world() {
    List<Entry> entries = new ArrayList<>();
    MergeWorld.extractions().forEach(x -> x.events().forEach(e -> entries.add(new Entry(e, x.report().id(), 0))));
    return entries;
  }

  private static Set<Set<String>> ids(List<Grouping.Group> groups) {
    return groups.stream().map(g -> g.members().stream().map(Entry::id).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
  }

  @Test
  void withoutVetoesTheGroupsAreTheRulesConnectedComponents() {
    List<Event> events = world().stream().map(Entry::event).toList();
    Set<Set<String>> clusters = Clusters.of(events, new MergeRule()).groups().stream()
        .map(g -> g.members().stream().map(Event::id).collect(Collectors.toSet())).collect(Collectors.toSet());

    assertThat(ids(Grouping.of(world(), new MergeRule(), Set.of()))).isEqualTo(clusters)
        .isEqualTo(Set.copyOf(MergeWorld.GROUPS));
  }

  @Test
  void aVetoedPairIsNeverInOneGroupAndTheRestDoesNotDependOnOrder() {
    Set<String> vetoes = Set.of(Grouping.pair("lyon-a", "lyon-c"), Grouping.pair("mrs-e", "mrs-d"));
    List<Entry> shuffled = new ArrayList<>(world());
    Collections.shuffle(shuffled, new Random(3));

    List<Grouping.Group> groups = Grouping.of(shuffled, new MergeRule(), vetoes);

    assertThat(ids(groups)).isEqualTo(ids(Grouping.of(world(), new MergeRule(), vetoes)))
        .contains(Set.of("lyon-a", "lyon-b", "lyon-c2"), Set.of("lyon-c"), Set.of("mrs-d"), Set.of("mrs-e"));
    assertThat(groups).allSatisfy(g -> assertThat(g.reasons().get(g.members().get(0).id())).isEmpty());
  }
}
