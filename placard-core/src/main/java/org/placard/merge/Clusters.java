// SPDX-License-Identifier: Apache-2.0
package org.placard.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.placard.model.Event;
import org.placard.model.Source;

/**
 * Groups events by the merge rule, as {@link Linkage} joins them: best matches first, and never two events that
 * one report keeps apart. Groups do not depend on input order. Not thread-safe.
 *
 * @param groups each group's members, the merge reasons that joined them
 */
public record Clusters(List<Group> groups) {

  /** One event's members and why each joined. */
  public record Group(List<Event> members, List<String> reasons) {}

  public static Clusters of(List<Event> events, MergeRule rule) {
    List<Event> sorted = events.stream().sorted(Comparator.comparing(Event::id)).toList();
    // Every pair is asked, so each event's evidence is split into words once.
    Map<Event, Set<String>> words = new IdentityHashMap<>();
    List<Linkage.Link> links = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        int a = i;
        int b = j;
        rule.match(sorted.get(i), sorted.get(j), e -> words.computeIfAbsent(e, MergeRule::contentWords)).ifPresent(m -> links.add(new Linkage.Link(a, b, m)));
      }
    }
    List<Set<String>> reports = sorted.stream()
        .map(e -> e.sources().stream().map(Source::reportId).collect(Collectors.toSet())).toList();
    List<Group> groups = new ArrayList<>();
    for (List<Integer> members : Linkage.groups(reports, links, Linkage.NO_VETOES)) {
      Set<Integer> in = new HashSet<>(members);
      List<String> reasons = new ArrayList<>();
      for (Linkage.Link link : links) {
        if (in.contains(link.a()) && in.contains(link.b())) {
          reasons.add(sorted.get(link.b()).id() + " joins " + sorted.get(link.a()).id() + ": " + link.match().reason());
        }
      }
      groups.add(new Group(members.stream().map(sorted::get).toList(), reasons));
    }
    return new Clusters(List.copyOf(groups));
  }
}
