// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.placard.merge.MergeRule;
import org.placard.model.Event;
import org.placard.store.MemberRows.Entry;

/**
 * Groups members into stored events: the connected components of {@link MergeRule} (as
 * {@link org.placard.merge.Clusters} computes them), except that a group never holds a vetoed pair. Pairs that
 * match are joined in a fixed order (by the two member ids), and a join that would bring a vetoed pair together
 * is skipped, so the groups depend only on the set of members and the vetoes, never on the order they came in.
 * Without vetoes the groups are exactly the rule's connected components. Stateless.
 */
final class Grouping {
  /** One stored event's members, smallest id first, and why each but the first joined. */
  record Group(List<Entry> members, Map<String, Optional<String>> reasons) {}

  private record Edge(int a, int b, String why) {}

  private Grouping() {}

  /** The key under which the vetoed pair {@code a}, {@code b} is known, whatever their order. */
  static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }

  static List<Group> of(List<Entry> entries, MergeRule rule, Set<String> vetoes) {
    List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::id)).toList();
    List<Edge> edges = edges(sorted, rule, vetoes);
    int[] parent = new int[sorted.size()];
    List<Set<Integer>> sets = new ArrayList<>();
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      sets.add(new HashSet<>(List.of(i)));
    }
    for (Edge edge : edges) {
      int ra = find(parent, edge.a());
      int rb = find(parent, edge.b());
      if (ra != rb && (vetoes.isEmpty() || !vetoed(sets.get(ra), sets.get(rb), sorted, vetoes))) {
        int root = Math.min(ra, rb);
        int other = Math.max(ra, rb);
        parent[other] = root;
        sets.get(root).addAll(sets.get(other));
      }
    }
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<Group> groups = new ArrayList<>();
    for (List<Integer> members : byRoot.values()) {
      groups.add(new Group(members.stream().map(sorted::get).toList(), reasons(members, edges, sorted)));
    }
    return groups;
  }

  /**
   * Matching pairs, in the order of their ids. Only events that share a country and reference flag and whose
   * dates overlap can match, so each bucket is swept in date order and only overlapping pairs are asked.
   */
  private static List<Edge> edges(List<Entry> sorted, MergeRule rule, Set<String> vetoes) {
    Map<String, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      Event e = sorted.get(i).event();
      if (e.place().isPresent()) {
        buckets.computeIfAbsent(e.reference() + "/" + e.place().get().countryCode(), k -> new ArrayList<>()).add(i);
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (List<Integer> bucket : buckets.values()) {
      bucket.sort(Comparator.comparing((Integer i) -> sorted.get(i).event().date().start()).thenComparing(i -> i));
      for (int x = 0; x < bucket.size(); x++) {
        Event first = sorted.get(bucket.get(x)).event();
        for (int y = x + 1; y < bucket.size(); y++) {
          if (sorted.get(bucket.get(y)).event().date().start().isAfter(first.date().end())) {
            break;
          }
          int i = Math.min(bucket.get(x), bucket.get(y));
          int j = Math.max(bucket.get(x), bucket.get(y));
          Entry a = sorted.get(i);
          Entry b = sorted.get(j);
          if (vetoes.isEmpty() || !vetoes.contains(pair(a.id(), b.id()))) {
            rule.sameEvent(a.event(), b.event()).ifPresent(why -> edges.add(new Edge(i, j, why)));
          }
        }
      }
    }
    edges.sort(Comparator.comparingInt(Edge::a).thenComparingInt(Edge::b));
    return edges;
  }

  private static boolean vetoed(Set<Integer> a, Set<Integer> b, List<Entry> sorted, Set<String> vetoes) {
    for (int x : a) {
      for (int y : b) {
        if (vetoes.contains(pair(sorted.get(x).id(), sorted.get(y).id()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Why each member joined: the rule's words for a match along the shortest chain to the group's first member,
   * read breadth-first with smaller ids first so that the same group always gives the same reasons.
   */
  private static Map<String, Optional<String>> reasons(List<Integer> members, List<Edge> edges, List<Entry> sorted) {
    Set<Integer> inGroup = new HashSet<>(members);
    Map<Integer, List<Edge>> touching = new HashMap<>();
    for (Edge edge : edges) {
      if (inGroup.contains(edge.a()) && inGroup.contains(edge.b())) {
        touching.computeIfAbsent(edge.a(), k -> new ArrayList<>()).add(edge);
        touching.computeIfAbsent(edge.b(), k -> new ArrayList<>()).add(edge);
      }
    }
    Map<String, Optional<String>> reasons = new LinkedHashMap<>();
    int first = members.get(0);
    reasons.put(sorted.get(first).id(), Optional.empty());
    Deque<Integer> queue = new ArrayDeque<>(List.of(first));
    while (!queue.isEmpty()) {
      int at = queue.removeFirst();
      List<Edge> next = touching.getOrDefault(at, List.of()).stream()
          .sorted(Comparator.comparingInt((Edge e) -> e.a() == at ? e.b() : e.a())).toList();
      for (Edge edge : next) {
        int other = edge.a() == at ? edge.b() : edge.a();
        String id = sorted.get(other).id();
        if (!reasons.containsKey(id)) {
          Entry by = sorted.get(at);
          reasons.put(id, Optional.of("matches " + by.id() + " (report " + by.reportId() + "): " + edge.why()));
          queue.addLast(other);
        }
      }
    }
    return reasons;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
