// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.placard.model.Place;
import org.placard.model.Span;

/**
 * "The capital" as a place: reports often name a protest's city only as "the capital", "Haiti's capital" or
 * "the Malian capital". Such a phrase resolves to the capital of the country named or implied just before
 * "capital" (a country or demonym place ending at most three words before it), else of the report's only
 * country. Left alone: "capital" followed by a place name ("the capital, Niamey": that name is the place),
 * other senses ("capital punishment", "capital markets", "economic capital"), and reports whose places lie
 * in several countries without one named before the phrase. Immutable and thread-safe.
 */
final class CapitalPhrases {
  private static final Pattern CAPITAL = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:the|this|its|their|(?:[\\p{L}]+(?:'s|\u2019s| s)))\\s+(?:[\\p{L}]+\\s+)?capital(?:\\s+city)?"
          + "(?![\\p{L}])(?!\\s+(?:punishment|gains?|markets?|flight|flows?|investment|expenditure|spending"
          + "|controls?|costs?|requirements?|of\\s+(?:the\\s+)?(?:province|state|region|department|district)))");
  private static final Set<String> NOT_POLITICAL = Set.of("economic", "financial", "commercial", "cultural",
      "business", "tourist", "industrial", "regional", "provincial", "state");
  /** How far after the phrase a place name counts as the phrase's own ("the capital, Niamey"). */
  private static final int NAMED_AFTER = 25;
  /** How far before "capital" a country or demonym names the country ("Mali's capital", "the Malian capital"). */
  private static final int COUNTRY_BEFORE = 30;

  private final Gazetteer gazetteer;

  CapitalPhrases(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /** {@code resolved} with a place added for each "the capital" phrase of {@code text}, in text order. */
  List<ResolvedPlace> add(String text, List<ResolvedPlace> resolved) {
    Matcher m = CAPITAL.matcher(text);
    List<ResolvedPlace> out = new ArrayList<>(resolved);
    while (m.find()) {
      String phrase = m.group();
      if (NOT_POLITICAL.stream().anyMatch(w -> phrase.toLowerCase(java.util.Locale.ROOT).contains(w + " capital"))) {
        continue;
      }
      int end = m.end();
      boolean named = resolved.stream().anyMatch(p -> p.mention().span().start() >= end
          && p.mention().span().start() - end <= NAMED_AFTER && !p.place().name().equals(p.place().country()));
      boolean inside = resolved.stream().anyMatch(p -> p.mention().span().overlaps(new Span(m.start(), end))
          && !isCountryLevel(p));
      if (named || inside) {
        continue;
      }
      countryOf(resolved, m.start(), end).flatMap(gazetteer::capital)
          .ifPresent(e -> out.add(asResolved(new PlaceMention(new Span(m.start(), end), phrase), e)));
    }
    out.sort(Comparator.comparing(p -> p.mention().span()));
    return out;
  }

  private Optional<String> countryOf(List<ResolvedPlace> resolved, int start, int end) {
    Optional<String> before = resolved.stream()
        .filter(p -> isCountryLevel(p) && p.mention().span().end() <= end
            && p.mention().span().end() >= start - COUNTRY_BEFORE)
        .max(Comparator.comparingInt(p -> p.mention().span().end()))
        .map(p -> p.place().countryCode());
    if (before.isPresent()) {
      return before;
    }
    Set<String> countries = resolved.stream().map(p -> p.place().countryCode()).filter(c -> !c.isEmpty())
        .collect(Collectors.toSet());
    return countries.size() == 1 ? countries.stream().findFirst() : Optional.empty();
  }

  private static boolean isCountryLevel(ResolvedPlace p) {
    return p.isDemonym() || p.place().name().equals(p.place().country());
  }

  private ResolvedPlace asResolved(PlaceMention m, GazetteerEntry e) {
    String countryName = gazetteer.country(e.countryCode()).map(GazetteerEntry::name).orElse(e.countryCode());
    Place place = new Place(e.geonameId(), e.name(), m.text(), e.admin1Name(), e.countryCode(), countryName,
        Optional.of(e.coordinates()), 1);
    return new ResolvedPlace(m, place, e.featureClass(), 0.6, Optional.of(e.featureCode()));
  }
}
