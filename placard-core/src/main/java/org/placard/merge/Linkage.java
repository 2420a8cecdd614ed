// SPDX-License-Identifier: Apache-2.0
package org.placard.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Joins matching members into groups, best match first, never joining two groups that hold a pair kept apart.
 *
 * <p>Two members are kept apart when a person vetoed the pair, or when one report told both and the rule does
 * not match them to each other: a report that tells of a protest in a city and another in a town nearby, or on
 * two days, keeps them apart as two events, and a chain through other reports (its event in the city matching
 * another report's in the town) must not join them.
 *
 * <p>Members are numbered by the caller in a fixed order (by member id). Links are joined in the order of
 * {@link Match#BEST_FIRST}, ties broken by the two numbers, and a join that would put a pair kept apart into one
 * group is skipped. So a member that matches two events that must stay apart joins the one it matches best (the
 * same place rather than a nearby town), and the groups depend only on the set of members and links, never on
 * the order they came in. Without pairs kept apart the groups are the connected components of the links.
 * Stateless.
 */
public final class Linkage {
  /** A match between members {@code a < b}. */
  public record Link(int a, int b, Match match) {
    public Link {
      Objects.requireNonNull(match, "match");
      if (a < 0 || b <= a) {
        throw new IllegalArgumentException("a link joins two members, the smaller first: " + a + ", " + b);
      }
    }
  }

  private static final Comparator<Link> ORDER = Comparator.comparing(Link::match, Match.BEST_FIRST)
      .thenComparingInt(Link::a).thenComparingInt(Link::b);

  /** No pair vetoed. */
  public static final BiPredicate<Integer, Integer> NO_VETOES = (x, y) -> false;

  private Linkage() {}

  /**
   * The groups of members {@code 0 .. n-1}, each in ascending order, ordered by their first member.
   *
   * @param reports each member's report ids ({@code n} members)
   * @param links   every matching pair (a pair of one report that is not linked is kept apart)
   * @param vetoed  whether a person vetoed two members (smaller first)
   */
  public static List<List<Integer>> groups(List<Set<String>> reports, List<Link> links,
      BiPredicate<Integer, Integer> vetoed) {
    int size = reports.size();
    Set<Long> linked = new HashSet<>();
    links.forEach(l -> linked.add(key(l.a(), l.b())));
    BiPredicate<Integer, Integer> apart = (x, y) -> vetoed.test(x, y)
        || (!linked.contains(key(x, y)) && !Collections.disjoint(reports.get(x), reports.get(y)));
    int[] parent = new int[size];
    List<List<Integer>> members = new ArrayList<>();
    List<Set<String>> told = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      parent[i] = i;
      members.add(new ArrayList<>(List.of(i)));
      told.add(new HashSet<>(reports.get(i)));
    }
    for (Link link : links.stream().sorted(ORDER).toList()) {
      if (link.b() >= size) {
        throw new IllegalArgumentException("link to member " + link.b() + " of " + size);
      }
      int ra = find(parent, link.a());
      int rb = find(parent, link.b());
      // Only groups that share a report, or any group when a person vetoed pairs, need the pairwise check.
      boolean check = vetoed != NO_VETOES || !Collections.disjoint(told.get(ra), told.get(rb));
      if (ra != rb && !(check && keptApart(members.get(ra), members.get(rb), apart))) {
        int root = Math.min(ra, rb);
        int other = Math.max(ra, rb);
        parent[other] = root;
        members.get(root).addAll(members.get(other));
        told.get(root).addAll(told.get(other));
      }
    }
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    return List.copyOf(byRoot.values());
  }

  private static boolean keptApart(List<Integer> a, List<Integer> b, BiPredicate<Integer, Integer> apart) {
    for (int x : a) {
      for (int y : b) {
        if (apart.test(Math.min(x, y), Math.max(x, y))) {
          return true;
        }
      }
    }
    return false;
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | b;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
