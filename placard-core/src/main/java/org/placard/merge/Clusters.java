// SPDX-License-Identifier: Apache-2.0
package org.placard.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.placard.model.Event;

/**
 * Groups events into the connected components of the merge rule: two events are in one group when a chain of
 * pairwise matches joins them. Components do not depend on input order. Not thread-safe.
 *
 * @param groups each group's members, the merge reasons that joined them
 */
public record Clusters(List<Group> groups) {

  /** One event's members and why each joined. */
  public record Group(List<Event> members, List<String> reasons) {}

  public static Clusters of(List<Event> events, MergeRule rule) {
    List<Event> sorted = events.stream().sorted(Comparator.comparing(Event::id)).toList();
    int[] parent = new int[sorted.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<Integer, List<String>> reasons = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        Optional<String> why = rule.sameEvent(sorted.get(i), sorted.get(j));
        if (why.isPresent()) {
          union(parent, i, j);
          reasons.computeIfAbsent(j, k -> new ArrayList<>())
              .add(sorted.get(j).id() + " joins " + sorted.get(i).id() + ": " + why.get());
        }
      }
    }
    Map<Integer, Group> groups = new java.util.LinkedHashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      Group g = groups.computeIfAbsent(find(parent, i), k -> new Group(new ArrayList<>(), new ArrayList<>()));
      g.members().add(sorted.get(i));
      g.reasons().addAll(reasons.getOrDefault(i, List.of()));
    }
    return new Clusters(List.copyOf(groups.values()));
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
