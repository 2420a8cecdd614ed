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

  /** lyon-c2 matches lyon-c (the same day) better than lyon-b (a week), so it stays with lyon-c, whom the veto parts from lyon-a. */
  @Test
  void aVetoedPairIsNeverInOneGroupAndTheRestDoesNotDependOnOrder() {
    Set<String> vetoes = Set.of(Grouping.pair("lyon-a", "lyon-c"), Grouping.pair("mrs-e", "mrs-d"));
    List<Entry> shuffled = new ArrayList<>(world());
    Collections.shuffle(shuffled, new Random(3));

    List<Grouping.Group> groups = Grouping.of(shuffled, new MergeRule(), vetoes);

    assertThat(ids(groups)).isEqualTo(ids(Grouping.of(world(), new MergeRule(), vetoes)))
        .contains(Set.of("lyon-a", "lyon-b"), Set.of("lyon-c", "lyon-c2"), Set.of("mrs-d"), Set.of("mrs-e"));
    assertThat(groups).allSatisfy(g -> assertThat(g.reasons().get(g.members().get(0).id())).isEmpty());
  }

  @Test
  void aCityAndATownOneReportKeepsApartAreNotChainedThroughASecondReport() {
    List<Entry> entries = new ArrayList<>();
    for (int n : new int[] {21, 22}) {
      var report = MergeWorld.report(n);
      for (var place : List.of(MergeWorld.MARSEILLE, MergeWorld.NOAILLES)) {
        String id = place.name() + "-" + n;
        entries.add(new Entry(MergeWorld.event(report, id, org.placard.model.EventDate.day(java.time.LocalDate.of(2022, 4, 10)),
            place, org.placard.model.Form.RALLY, MergeWorld.TEACHERS, false), report.id(), 0));
      }
    }
    for (long seed = 0; seed < 4; seed++) {
      Collections.shuffle(entries, new Random(seed));
      assertThat(ids(Grouping.of(entries, new MergeRule(), Set.of())))
          .containsExactlyInAnyOrder(Set.of("Marseille-21", "Marseille-22"), Set.of("Noailles-21", "Noailles-22"));
    }
  }
}
