// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.placard.model.Actor;
import org.placard.model.ActorRole;
import org.placard.model.Attribution;
import org.placard.model.Claim;
import org.placard.model.Event;
import org.placard.model.EventDate;
import org.placard.model.Evidence;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.model.Report;
import org.placard.model.Slogan;
import org.placard.model.Source;
import org.placard.model.Span;

/**
 * An event being assembled from one report's segments. Mutable, confined to one extraction. Two drafts with
 * the same place, date and reference flag are one event (a caption printed twice): {@link #absorb} merges
 * their evidence.
 */
final class EventDraft {
  final Optional<Place> place;
  final EventDate date;
  final boolean reference;
  final Span anchor;
  final int segment;
  TypeRules.Decision type;
  final Set<Form> forms = EnumSet.noneOf(Form.class);
  final Map<Form, List<Span>> formSpans = new java.util.EnumMap<>(Form.class);
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  final List<Slogan> slogans = new ArrayList<>();
  final List<Claim> claims = new ArrayList<>();
  final Set<Evidence> evidence = new LinkedHashSet<>();

  EventDraft(Optional<Place> place, EventDate date, boolean reference, TypeRules.Decision type, Span anchor,
      int segment) {
    this.place = place;
    this.date = date;
    this.reference = reference;
    this.type = type;
    this.anchor = anchor;
    this.segment = segment;
  }

  /** What makes two drafts one event. */
  String key() {
    String where = place.map(p -> p.geonameId().map(String::valueOf).orElse(p.name() + "/" + p.countryCode()))
        .orElse("-");
    return where + "|" + date.start() + "|" + date.end() + "|" + date.precision() + "|" + reference;
  }

  boolean countryLevel() {
    return place.map(p -> p.precision() == 3).orElse(true);
  }

  void addActor(String name, ActorRole role, String asWritten) {
    actors.merge(name + "|" + role, new Actor(name, role, List.of(asWritten)), (a, b) -> new Actor(a.name(), a.role(),
        Stream.concat(a.asWritten().stream(), b.asWritten().stream()).distinct().toList()));
  }

  void addForm(Form form, Evidence where) {
    forms.add(form);
    formSpans.computeIfAbsent(form, f -> new ArrayList<>()).add(where.span());
    evidence.add(where);
  }

  void addSlogan(Slogan slogan) {
    if (slogans.stream().noneMatch(s -> s.evidence().span().equals(slogan.evidence().span()))) {
      slogans.add(slogan);
    }
  }

  /**
   * Adds a claim and its evidence, or completes the same number already claimed (same figure and quantity) with
   * its sources.
   */
  void addClaim(Claim claim) {
    evidence.add(claim.evidence());
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      boolean same = c.figure() == claim.figure() && (c.value().isPresent()
          ? c.value().equals(claim.value()) : claim.value().isEmpty() && c.asWritten().equalsIgnoreCase(claim.asWritten()));
      if (same) {
        Claim attributed = c.claimant().isPresent() || claim.claimant().isEmpty() ? c : claim;
        claims.set(i, new Claim(c.figure(), c.value(), attributed.asWritten(),
            c.claimant().or(claim::claimant), union(c.corroboratedBy(), claim.corroboratedBy()),
            union(c.disputedBy(), claim.disputedBy()), attributed.evidence()));
        return;
      }
    }
    claims.add(claim);
  }

  void absorb(EventDraft other) {
    if (other.type.rank() < type.rank()) {
      type = other.type;
    }
    forms.addAll(other.forms);
    other.formSpans.forEach((f, spans) -> spans.forEach(sp -> formSpans.computeIfAbsent(f, x -> new ArrayList<>()).add(sp)));
    other.actors.values().forEach(a -> a.asWritten().forEach(w -> addActor(a.name(), a.role(), w)));
    other.slogans.forEach(this::addSlogan);
    other.claims.forEach(this::addClaim);
    evidence.addAll(other.evidence);
  }

  Event build(Report report) {
    return new Event(id(report.id()), date, place, type.type(), forms, List.copyOf(actors.values()), slogans, claims,
        reference, List.of(Source.of(report)), List.copyOf(evidence));
  }

  /** Stable: the same report gives the same event the same id, run after run. */
  private String id(String reportId) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((reportId + "|" + key()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static List<Attribution> union(List<Attribution> a, List<Attribution> b) {
    return Stream.concat(a.stream(), b.stream()).distinct().toList();
  }
}
