// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.placard.merge.EventCombiner;
import org.placard.merge.MergeRule;
import org.placard.model.Event;
import org.placard.store.MemberRows.Entry;
import org.placard.store.MemberRows.Stored;

/**
 * Adds members to the store and rewrites every stored event they touch, inside the caller's transaction.
 *
 * <p>The store keeps one invariant: its events are the {@link Grouping} of all its members. New members can only
 * change the groups of stored members they match, so the merge reads the stored events whose members match a
 * new member (found through an indexed candidate lookup, then the rule), groups those members with the new ones,
 * deletes the old events and writes the new groups, each combined by {@link EventCombiner}. A stored event may
 * be one part of a larger matching component (a vetoed pair, or two members one report keeps apart, split it),
 * and a new member can change how the whole component is grouped, so the lookup follows matches from every
 * member it reads, not only the new ones. Not thread-safe.
 */
final class Merger {
  private final MergeRule rule = new MergeRule();
  private final EventCombiner combiner = new EventCombiner();
  private final MemberRows rows;
  private final EventWriter writer;

  Merger(MemberRows rows, EventWriter writer) {
    this.rows = rows;
    this.writer = writer;
  }

  /**
   * Adds {@code entries}, skipping those whose member id is stored already (the same event of the same report).
   *
   * @throws SQLException when two entries share an id
   */
  void add(List<Entry> entries) throws SQLException {
    Map<String, Entry> fresh = new LinkedHashMap<>();
    for (Entry entry : entries) {
      if (fresh.putIfAbsent(entry.id(), entry) != null) {
        throw new SQLException("event id " + entry.id() + " is given twice (reports " + fresh.get(entry.id()).reportId()
            + " and " + entry.reportId() + ")");
      }
    }
    fresh.keySet().removeAll(rows.stored(fresh.keySet()));
    if (fresh.isEmpty()) {
      return;
    }
    Map<String, Entry> all = new LinkedHashMap<>(fresh);
    Set<String> touched = new HashSet<>();
    Deque<Entry> frontier = new ArrayDeque<>(fresh.values());
    Map<MemberRows.Lookup, List<Stored>> asked = new HashMap<>();
    while (!frontier.isEmpty()) {
      Entry from = frontier.removeFirst();
      for (Stored candidate : rows.candidates(from.event(),
          (member, event) -> all.containsKey(member) || touched.contains(event), asked)) {
        if (touched.contains(candidate.eventId()) || rule.sameEvent(from.event(), candidate.entry().event()).isEmpty()) {
          continue;
        }
        touched.add(candidate.eventId());
        for (Stored member : rows.ofEvents(List.of(candidate.eventId()))) {
          all.put(member.entry().id(), member.entry());
          frontier.addLast(member.entry());
        }
      }
    }
    rows.deleteEvents(touched);
    write(List.copyOf(all.values()), rows.vetoes(all.keySet()));
  }

  /** Makes each member of {@code members} (one stored event's) an event of its own, and vetoes every pair. */
  List<Event> split(String eventId, List<Stored> members) throws SQLException {
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        rows.veto(members.get(i).entry().id(), members.get(j).entry().id());
      }
    }
    rows.deleteEvents(List.of(eventId));
    List<Event> events = new ArrayList<>();
    for (Stored member : members) {
      writer.event(member.entry().event());
      writer.member(member.entry().id(), member.entry(), Optional.empty());
      events.add(member.entry().event());
    }
    return events;
  }

  private void write(List<Entry> entries, Set<String> vetoes) throws SQLException {
    for (Grouping.Group group : Grouping.of(entries, rule, vetoes)) {
      Event combined = combiner.combine(group.members().stream().map(Entry::event).toList());
      writer.event(combined);
      for (Entry member : group.members()) {
        writer.member(combined.id(), member, group.reasons().get(member.id()));
      }
    }
  }
}
