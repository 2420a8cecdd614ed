// SPDX-License-Identifier: Apache-2.0
package org.placard.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.placard.model.Actor;
import org.placard.model.ActorRole;
import org.placard.model.Event;
import org.placard.model.EventDate;
import org.placard.model.Evidence;
import org.placard.model.Place;

/**
 * When two events, read from different reports, are one. All must hold:
 *
 * <ol>
 *   <li>both are current events, or both are past events mentioned as background;
 *   <li>the same place: the same GeoNames id, or points within {@value #NEAR_KM} km of each other at the same
 *       level (a neighbourhood and its city) when told by different reports (a report that names two nearby
 *       towns reports two events), never a town and a whole region or country;
 *   <li>their date ranges overlap (ACLED codes one event per place and day, so consecutive days stay apart);
 *   <li>compatible types: the same ACLED disorder type (a protest and a riot may be one event seen two ways;
 *       a protest and an attack on civilians are not);
 *   <li>compatible actors: when both name who protested or organised, at least one name is shared
 *       (two groups in one city on one day stay two events);
 *   <li>when neither shares a form with the other, their words must be alike (a description similarity of at
 *       least {@value #MIN_SIMILARITY}).
 * </ol>
 *
 * The rule is symmetric and looks only at the two events; with each match it gives how strong it is
 * ({@link Match}). Groups are built from it by {@link Linkage}: best matches first, and two events one report
 * keeps apart never end up in one group, so the groups do not depend on the order reports arrive in.
 * Stateless and thread-safe.
 */
public final class MergeRule {
  static final double NEAR_KM = 20;
  static final double MIN_SIMILARITY = 0.25;
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");
  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for",
      "by", "with", "from", "as", "was", "were", "is", "are", "be", "been", "their", "they", "said", "that", "this",
      "it", "its", "his", "her", "after", "over", "into", "near", "who");

  /** Why {@code a} and {@code b} are one event, or empty when they are not. */
  public Optional<String> sameEvent(Event a, Event b) {
    return match(a, b).map(Match::reason);
  }

  /** How {@code a} and {@code b} match when they are one event (the reason and its strength), or empty. */
  public Optional<Match> match(Event a, Event b) {
    return match(a, b, MergeRule::contentWords);
  }

  /**
   * {@link #match(Event, Event)}, reading each event's content words through {@code words}: a caller that asks
   * about every pair of many events passes a cache of {@link #contentWords}, so that each event's evidence is
   * split into words once rather than once per pair.
   */
  public Optional<Match> match(Event a, Event b, Function<Event, Set<String>> words) {
    if (a.reference() != b.reference() || a.place().isEmpty() || b.place().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> place = samePlace(a.place().get(), b.place().get());
    if (place.isPresent() && !a.place().get().equals(b.place().get()) && shareReport(a, b)) {
      return Optional.empty();
    }
    if (place.isEmpty() || !a.date().overlaps(b.date())) {
      return Optional.empty();
    }
    if (!a.type().disorderType().equals(b.type().disorderType())) {
      return Optional.empty();
    }
    Set<String> groupsA = groups(a);
    Set<String> groupsB = groups(b);
    Set<String> sharedGroups = new HashSet<>(groupsA);
    sharedGroups.retainAll(groupsB);
    if (!groupsA.isEmpty() && !groupsB.isEmpty() && sharedGroups.isEmpty()) {
      return Optional.empty();
    }
    double similarity = similarity(words.apply(a), words.apply(b));
    boolean sharedForm = a.forms().stream().anyMatch(b.forms()::contains);
    if (!sharedForm && !a.forms().isEmpty() && !b.forms().isEmpty() && similarity < MIN_SIMILARITY) {
      return Optional.empty();
    }
    String overlap = a.date().start().isAfter(b.date().start()) ? a.date().start().toString() : b.date().start().toString();
    String reason = String.format(Locale.ROOT,
        "%s; dates overlap (from %s); both %s; actors %s; %s; description similarity %.2f",
        place.get(), overlap, a.type().disorderType(),
        sharedGroups.isEmpty() ? "compatible (not both named)" : "shared (" + String.join(", ", sharedGroups.stream().sorted().toList()) + ")",
        sharedForm ? "a form in common" : "no form in common", similarity);
    Place pa = a.place().get();
    Place pb = b.place().get();
    boolean same = pa.geonameId().isPresent() && pa.geonameId().equals(pb.geonameId());
    double km = same ? 0 : pa.coordinates().get().distanceKm(pb.coordinates().get());
    return Optional.of(new Match(reason, same, km, dateFit(a.date(), b.date()), similarity));
  }

  /** The days two overlapping ranges share, as a share of the days either covers. */
  static double dateFit(EventDate a, EventDate b) {
    LocalDate start = a.start().isAfter(b.start()) ? a.start() : b.start();
    LocalDate end = a.end().isBefore(b.end()) ? a.end() : b.end();
    LocalDate first = a.start().isBefore(b.start()) ? a.start() : b.start();
    LocalDate last = a.end().isAfter(b.end()) ? a.end() : b.end();
    return (double) (ChronoUnit.DAYS.between(start, end) + 1) / (ChronoUnit.DAYS.between(first, last) + 1);
  }

  static Optional<String> samePlace(Place a, Place b) {
    if (a.geonameId().isPresent() && a.geonameId().equals(b.geonameId())) {
      return Optional.of("same place (" + a.name() + ", GeoNames " + a.geonameId().get() + ")");
    }
    if (a.countryCode().equals(b.countryCode()) && a.coordinates().isPresent() && b.coordinates().isPresent()
        && Math.abs(a.precision() - b.precision()) <= 1 && Math.max(a.precision(), b.precision()) < 3) {
      double km = a.coordinates().get().distanceKm(b.coordinates().get());
      if (km <= NEAR_KM) {
        return Optional.of(String.format(Locale.ROOT, "nearby places (%s and %s, %.1f km apart)", a.name(), b.name(), km));
      }
    }
    return Optional.empty();
  }

  private static boolean shareReport(Event a, Event b) {
    return a.sources().stream().anyMatch(s -> b.sources().stream().anyMatch(t -> t.reportId().equals(s.reportId())));
  }

  /** The named protesters and organisers, by canonical name. */
  static Set<String> groups(Event e) {
    Set<String> out = new HashSet<>();
    for (Actor a : e.actors()) {
      if (a.role() != ActorRole.STATE_FORCES) {
        out.add(a.name());
      }
    }
    return out;
  }

  /** Jaccard similarity of the content words of the two events' evidence. */
  static double similarity(Event a, Event b) {
    return similarity(contentWords(a), contentWords(b));
  }

  private static double similarity(Set<String> wa, Set<String> wb) {
    if (wa.isEmpty() || wb.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(wa);
    both.retainAll(wb);
    Set<String> any = new HashSet<>(wa);
    any.addAll(wb);
    return (double) both.size() / any.size();
  }

  /** The content words of an event's evidence (lower case, stop words dropped, cut to five letters). */
  public static Set<String> contentWords(Event event) {
    Set<String> out = new HashSet<>();
    for (Evidence e : event.evidence()) {
      var m = WORD.matcher(e.quote());
      while (m.find()) {
        String w = m.group().toLowerCase(Locale.ROOT);
        if (w.length() > 2 && !STOP.contains(w)) {
          out.add(w.length() > 5 ? w.substring(0, 5) : w);
        }
      }
    }
    return out;
  }
}
