// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.placard.model.Event;
import org.placard.model.Place;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.pipeline.Extraction;
import org.placard.store.EventQuery;
import org.placard.store.EventStore;
import org.placard.store.Member;
import org.placard.store.StoreException;

/** A fast fake {@link EventStore} in memory, answering {@link EventQuery} as the contract says. Thread-safe. */
final class InMemoryEventStore implements EventStore {
  private final Map<String, Report> reports = new LinkedHashMap<>();
  private final Map<String, Event> events = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  @Override
  public synchronized Set<String> knownReports(Collection<String> reportIds) {
    Set<String> known = new HashSet<>(reportIds);
    known.retainAll(reports.keySet());
    return known;
  }

  @Override
  public synchronized void save(List<Extraction> batch, List<Problem> inputProblems) {
    for (Extraction x : batch) {
      if (reports.putIfAbsent(x.report().id(), x.report()) == null) {
        x.events().forEach(e -> events.put(e.id(), e));
        problems.addAll(x.problems());
      }
    }
    problems.addAll(inputProblems);
  }

  @Override
  public synchronized List<Event> events(EventQuery q) {
    Stream<Event> s = events.values().stream()
        .filter(e -> q.includeReferences() || !e.reference())
        .filter(e -> q.countryCode().isEmpty()
            || e.place().map(Place::countryCode).equals(q.countryCode()))
        .filter(e -> q.since().map(d -> !e.date().end().isBefore(d)).orElse(true))
        .filter(e -> q.until().map(d -> !e.date().start().isAfter(d)).orElse(true))
        .filter(e -> q.form().map(f -> e.forms().contains(f)).orElse(true))
        .sorted(Comparator.comparing((Event e) -> e.date().start()).thenComparing(Event::id))
        .skip(q.offset());
    return (q.limit() > 0 ? s.limit(q.limit()) : s).toList();
  }

  @Override
  public synchronized Optional<Event> event(String id) {
    return Optional.ofNullable(events.get(id));
  }

  @Override
  public synchronized Optional<Report> report(String id) {
    return Optional.ofNullable(reports.get(id));
  }

  @Override
  public synchronized List<Problem> problems() {
    return List.copyOf(problems);
  }

  @Override
  public synchronized long reportCount() {
    return reports.size();
  }

  @Override
  public synchronized long eventCount() {
    return events.size();
  }

  /** Stores events as they are: this fake does not merge (the real stores' merging has its own tests). */
  @Override
  public synchronized void load(List<Event> loaded) {
    loaded.forEach(e -> events.putIfAbsent(e.id(), e));
  }

  @Override
  public synchronized List<Member> members(String eventId) {
    Event e = events.get(eventId);
    return e == null ? List.of()
        : List.of(new Member(e, e.sources().isEmpty() ? "" : e.sources().get(0).reportId(), Optional.empty()));
  }

  @Override
  public synchronized List<Event> split(String eventId) throws StoreException {
    Event e = events.get(eventId);
    if (e == null) {
      throw new StoreException("no event " + eventId + " is stored");
    }
    return List.of(e);
  }

  @Override
  public void close() {}
}
