// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Place;
import org.placard.model.Span;

/**
 * The places of one report that may locate an event. Built per report; not shared.
 *
 * <p>Never an event place: a demonym or adjective ("Iranian" resolved to Iran), a name inside a group's name
 * ("People's Mojahedin Organization of Iran", "MEK Iran") or inside a slogan, a name after a title ("Mr.",
 * "president", in any case), a continent or region of the world.
 * A country is context when the same segment names a town; an event known only to a country has geo
 * precision 3.
 */
final class EventPlaces {
  private static final Pattern DEMONYM_END = Pattern.compile("(?i).*(ian|ians|ean|eans|ese|ish|i|is|an|ans|ic)$");
  /** A title right before a name makes it a person's ("President Morales", "president morales" in uncased notes). */
  private static final Pattern TITLE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:Mr|Mrs|Ms|Dr|Gen|General|President|"
      + "Sheikh|Ayatollah|Minister|Premier|Senator|Governor|Mayor|King|Queen|Leader|Chairman|Col|Colonel|Judge|"
      + "Bishop|Cardinal)\\.?\\s+$");

  private final List<ResolvedPlace> usable = new ArrayList<>();

  EventPlaces(String text, List<ResolvedPlace> places, List<Span> masked) {
    for (ResolvedPlace p : places) {
      Span s = p.mention().span();
      if (s.end() > text.length() || isDemonym(p) || isWorldRegion(p) || masked.stream().anyMatch(m -> m.overlaps(s))
          || TITLE_BEFORE.matcher(text.substring(Math.max(0, s.start() - 14), s.start())).find()) {
        continue;
      }
      usable.add(p);
    }
    usable.sort(Comparator.comparing(p -> p.mention().span()));
  }

  /** Whether the text used the name as an adjective or demonym ("Iranian", "Syrian", "Chinese", "Tehrani"). */
  static boolean isDemonym(ResolvedPlace p) {
    if (p.isDemonym()) {
      return true; // the geoparser's own mark; the spelling test below stays for places built without it
    }
    String written = p.mention().text().strip().toLowerCase(Locale.ROOT);
    for (String base : List.of(p.place().name(), p.place().country())) {
      String b = base.toLowerCase(Locale.ROOT);
      if (written.equals(b)) {
        return false;
      }
    }
    if (!DEMONYM_END.matcher(written).matches()) {
      return false;
    }
    for (String base : List.of(p.place().name(), p.place().country())) {
      String b = base.toLowerCase(Locale.ROOT);
      String stem = b.length() > 3 && "aeoy".indexOf(b.charAt(b.length() - 1)) >= 0 ? b.substring(0, b.length() - 1) : b;
      if (written.length() > b.length() - 1 && written.startsWith(stem) && written.length() > stem.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the place is a continent or a region of the world ("Europe", "the EU", "East Africa", "the Indian
   * Ocean"): it lies in no one country, so no protest is coded there.
   */
  static boolean isWorldRegion(ResolvedPlace p) {
    return p.place().countryCode().isBlank() || p.featureCode().map(c -> c.equals("CONT") || c.equals("OCN"))
        .orElse(false);
  }

  /** Whether the place is a whole country. */
  static boolean isCountry(ResolvedPlace p) {
    if (p.featureCode().map(c -> c.startsWith("PCL")).orElse(false)) {
      return true;
    }
    return p.featureClass().equals("A") && (p.place().name().equalsIgnoreCase(p.place().country())
        || p.mention().text().strip().equalsIgnoreCase(p.place().country()));
  }

  /** The event places inside {@code within}: its towns and regions, or its countries when it names no town. */
  List<ResolvedPlace> in(Span within) {
    List<ResolvedPlace> inside = usable.stream().filter(p -> within.contains(p.mention().span())).toList();
    List<ResolvedPlace> local = inside.stream().filter(p -> !isCountry(p)).toList();
    return local.isEmpty() ? inside : local;
  }

  /** The first usable place that starts inside {@code within}. */
  Optional<ResolvedPlace> first(Span within) {
    return usable.stream().filter(p -> within.contains(p.mention().span())).findFirst();
  }

  /**
   * The country most of the report's places lie in, as a country-level place: the report's own mention of
   * it when there is one, else built from its towns' country (no coordinates, no id: never a guessed point).
   */
  Optional<Place> mainCountry() {
    Map<String, Integer> counts = new HashMap<>();
    for (ResolvedPlace p : usable) {
      counts.merge(p.place().countryCode(), 1, Integer::sum);
    }
    Optional<String> code = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    Optional<ResolvedPlace> own = usable.stream().filter(p -> isCountry(p) && p.place().countryCode().equals(code.get()))
        .findFirst();
    if (own.isPresent()) {
      return own.map(EventPlaces::asEventPlace);
    }
    Place any = usable.stream().filter(p -> p.place().countryCode().equals(code.get())).findFirst().get().place();
    return Optional.of(new Place(Optional.empty(), any.country(), any.country(), Optional.empty(), any.countryCode(),
        any.country(), Optional.empty(), 3));
  }

  /** The place an event at {@code p} records: a country is known only to precision 3. */
  static Place asEventPlace(ResolvedPlace p) {
    Place place = p.place();
    if (isCountry(p) && place.precision() != 3) {
      return new Place(place.geonameId(), place.name(), place.nameAsWritten(), place.admin1(), place.countryCode(),
          place.country(), place.coordinates(), 3);
    }
    return place;
  }
}
