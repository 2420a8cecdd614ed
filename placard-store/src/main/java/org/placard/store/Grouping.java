// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.placard.merge.Linkage;
import org.placard.merge.Linkage.Link;
import org.placard.merge.MergeRule;
import org.placard.model.Event;
import org.placard.store.MemberRows.Entry;

/**
 * Groups members into stored events as {@link Linkage} joins them (as {@link org.placard.merge.Clusters} does
 * for events held in memory): matching pairs best match first, never putting into one group a vetoed pair or two
 * members one report keeps apart. The groups depend only on the set of members and the vetoes, never on the
 * order they came in. Stateless.
 */
final class Grouping {
  /** One stored event's members, smallest id first, and why each but the first joined. */
  record Group(List<Entry> members, Map<String, Optional<String>> reasons) {}

  private Grouping() {}

  /** The key under which the vetoed pair {@code a}, {@code b} is known, whatever their order. */
  static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }

  static List<Group> of(List<Entry> entries, MergeRule rule, Set<String> vetoes) {
    List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::id)).toList();
    List<Link> links = links(sorted, rule, vetoes);
    List<Set<String>> reports = sorted.stream().map(e -> Set.of(e.reportId())).toList();
    BiPredicate<Integer, Integer> vetoed = vetoes.isEmpty() ? Linkage.NO_VETOES
        : (x, y) -> vetoes.contains(pair(sorted.get(x).id(), sorted.get(y).id()));
    List<Group> groups = new ArrayList<>();
    for (List<Integer> members : Linkage.groups(reports, links, vetoed)) {
      groups.add(new Group(members.stream().map(sorted::get).toList(), reasons(members, links, sorted)));
    }
    return groups;
  }

  /**
   * Matching pairs, in the order of their ids. Only events that share a country and reference flag and whose
   * dates overlap can match, so each bucket is swept in date order and only overlapping pairs are asked.
   */
  private static List<Link> links(List<Entry> sorted, MergeRule rule, Set<String> vetoes) {
    Map<String, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      Event e = sorted.get(i).event();
      if (e.place().isPresent()) {
        buckets.computeIfAbsent(e.reference() + "/" + e.place().get().countryCode(), k -> new ArrayList<>()).add(i);
      }
    }
    // Every pair in a bucket may be asked, so each member's evidence is split into words once.
    Map<Event, Set<String>> words = new IdentityHashMap<>();
    Function<Event, Set<String>> wordsOf = e -> words.computeIfAbsent(e, MergeRule::contentWords);
    List<Link> links = new ArrayList<>();
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
            rule.match(a.event(), b.event(), wordsOf).ifPresent(m -> links.add(new Link(i, j, m)));
          }
        }
      }
    }
    links.sort(Comparator.comparingInt(Link::a).thenComparingInt(Link::b));
    return links;
  }

  /**
   * Why each member joined: the rule's words for a match along the shortest chain to the group's first member,
   * read breadth-first with smaller ids first so that the same group always gives the same reasons.
   */
  private static Map<String, Optional<String>> reasons(List<Integer> members, List<Link> links, List<Entry> sorted) {
    Set<Integer> inGroup = new HashSet<>(members);
    Map<Integer, List<Link>> touching = new HashMap<>();
    for (Link edge : links) {
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
      List<Link> next = touching.getOrDefault(at, List.of()).stream()
          .sorted(Comparator.comparingInt((Link e) -> e.a() == at ? e.b() : e.a())).toList();
      for (Link edge : next) {
        int other = edge.a() == at ? edge.b() : edge.a();
        String id = sorted.get(other).id();
        if (!reasons.containsKey(id)) {
          Entry by = sorted.get(at);
          reasons.put(id, Optional.of("matches " + by.id() + " (report " + by.reportId() + "): " + edge.match().reason()));
          queue.addLast(other);
        }
      }
    }
    return reasons;
  }
}
