// SPDX-License-Identifier: Apache-2.0
package org.placard.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.placard.model.Actor;
import org.placard.model.Attribution;
import org.placard.model.Claim;
import org.placard.model.Event;
import org.placard.model.EventDate;
import org.placard.model.EventType;
import org.placard.model.Evidence;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.model.Slogan;
import org.placard.model.Source;

/**
 * Combines the events several reports told of one event into one, keeping every source, piece of evidence
 * and claim. The result depends only on the set of members, never on their order:
 *
 * <ul>
 *   <li>id: the smallest member id;
 *   <li>date: the common part of the members' ranges, at the finest precision any member gives; when they have
 *       no common part, the finest member date;
 *   <li>place: the most precise member place (ties: the smallest GeoNames id);
 *   <li>type: the most serious sub-event type any report gives (a report that saw police intervene outweighs
 *       one that did not);
 *   <li>forms, actors, slogans: the union; claims: all kept, and a claim with the same figure and value as a
 *       claim another source made earlier is recorded as that earlier claim's corroboration.
 * </ul>
 */
public final class EventCombiner {
  /** Sub-event types from least to most serious, within their disorder type. */
  private static final List<String> SERIOUSNESS = List.of(
      "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
      "Mob violence", "Violent demonstration");

  public Event combine(List<Event> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("nothing to combine");
    }
    List<Event> sorted = members.stream().sorted(Comparator.comparing(Event::id)).toList();
    if (sorted.size() == 1) {
      return sorted.get(0);
    }
    Set<Form> forms = EnumSet.noneOf(Form.class);
    Map<String, Actor> actors = new LinkedHashMap<>();
    Map<String, Slogan> slogans = new LinkedHashMap<>();
    Map<String, Source> sources = new LinkedHashMap<>();
    Map<Evidence, Boolean> evidence = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    for (Event e : sorted) {
      forms.addAll(e.forms());
      for (Actor a : e.actors()) {
        actors.merge(a.role() + "\u0000" + a.name(), a, (x, y) -> new Actor(x.name(), x.role(), union(x.asWritten(), y.asWritten())));
      }
      e.slogans().forEach(s -> slogans.putIfAbsent(s.text(), s));
      e.sources().forEach(s -> sources.putIfAbsent(s.reportId(), s));
      e.evidence().forEach(ev -> evidence.put(ev, true));
      claims.addAll(e.claims());
    }
    return new Event(sorted.get(0).id(), date(sorted), place(sorted), type(sorted), forms, List.copyOf(actors.values()),
        List.copyOf(slogans.values()), corroborate(claims, sources), sorted.get(0).reference(),
        sources.values().stream().sorted(Comparator.comparing((Source s) -> s.published().orElse(LocalDate.MAX))
            .thenComparing(Source::reportId)).toList(),
        List.copyOf(evidence.keySet()));
  }

  static EventDate date(List<Event> members) {
    EventDate finest = members.stream().map(Event::date)
        .min(Comparator.comparing((EventDate d) -> d.precision().code()).thenComparing(EventDate::start)).orElseThrow();
    LocalDate start = members.stream().map(e -> e.date().start()).max(Comparator.naturalOrder()).orElseThrow();
    LocalDate end = members.stream().map(e -> e.date().end()).min(Comparator.naturalOrder()).orElseThrow();
    if (end.isBefore(start)) {
      return finest;
    }
    boolean inferred = members.stream().allMatch(e -> e.date().inferred());
    return new EventDate(start, end, finest.precision(), inferred);
  }

  static Optional<Place> place(List<Event> members) {
    return members.stream().flatMap(e -> e.place().stream())
        .min(Comparator.comparingInt(Place::precision).thenComparing(p -> p.geonameId().orElse(Long.MAX_VALUE)));
  }

  static EventType type(List<Event> members) {
    return members.stream().map(Event::type)
        .max(Comparator.comparingInt((EventType t) -> SERIOUSNESS.indexOf(t.subEventType()))
            .thenComparing(EventType::subEventType))
        .orElseThrow();
  }

  /**
   * Links claims of the same figure and value made by different sources: the earliest stays the claim, and
   * each later one is kept and also recorded as its corroboration, unless it is the same claimant's word repeated
   * (a second outlet quoting the claimant does not make the claimant corroborate itself).
   */
  static List<Claim> corroborate(List<Claim> claims, Map<String, Source> sources) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      List<Attribution> confirmations = new ArrayList<>(c.corroboratedBy());
      for (Claim other : claims) {
        if (other != c && other.figure() == c.figure() && other.value().isPresent() && other.value().equals(c.value())
            && !other.evidence().reportId().equals(c.evidence().reportId()) && later(other, c, sources)) {
          Attribution by = voice(other, sources);
          if (!confirmations.contains(by) && !c.claimant().map(Attribution::source).equals(Optional.of(by.source()))) {
            confirmations.add(by);
          }
        }
      }
      out.add(new Claim(c.figure(), c.value(), c.asWritten(), c.claimant(), confirmations, c.disputedBy(), c.evidence()));
    }
    return out;
  }

  private static boolean later(Claim other, Claim c, Map<String, Source> sources) {
    LocalDate a = when(other, sources);
    LocalDate b = when(c, sources);
    return a.isAfter(b) || (a.equals(b) && other.evidence().reportId().compareTo(c.evidence().reportId()) > 0);
  }

  private static LocalDate when(Claim c, Map<String, Source> sources) {
    return c.claimant().flatMap(Attribution::on)
        .or(() -> Optional.ofNullable(sources.get(c.evidence().reportId())).flatMap(Source::published))
        .orElse(LocalDate.MAX);
  }

  private static Attribution voice(Claim c, Map<String, Source> sources) {
    Optional<Source> source = Optional.ofNullable(sources.get(c.evidence().reportId()));
    String who = c.claimant().map(Attribution::source)
        .or(() -> source.flatMap(Source::outlet)).orElse("report " + c.evidence().reportId());
    return new Attribution(who, c.claimant().flatMap(Attribution::on).or(() -> source.flatMap(Source::published)));
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    b.stream().filter(x -> !out.contains(x)).forEach(out::add);
    return out;
  }
}
