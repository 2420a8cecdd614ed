// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The town a street, building or other facility of a report lies in (or, for any other unknown name, lies near),
 * when the gazetteer (which holds towns and regions, not streets) does not know the name itself. A name is a facility when it ends in a word such as
 * "Street", "Hospital" or "Stadium", or starts with a house number ("2231 Royal"). Its town is the resolved
 * town named nearest to it in the text (within {@value #NEAR_CHARS} characters: "Royal Street ... in New
 * Orleans"), else the report's most mentioned town when the report clearly is about that town's country. The
 * result is the town itself: a facility is placed to the precision of its town, never at an invented point.
 * Stateless.
 */
final class TownOfFacility {
  static final int NEAR_CHARS = 400;
  private static final Pattern HOUSE_NUMBER = Pattern.compile("^\\d+[A-Za-z]?\\s+\\p{Lu}");
  private static final Set<String> FACILITY_WORDS = Set.of("street", "st.", "avenue", "ave.", "road", "rd.",
      "boulevard", "blvd.", "lane", "drive", "square", "plaza", "bridge", "hospital", "clinic", "school",
      "elementary", "academy", "college", "university", "campus", "center", "centre", "stadium", "arena", "park",
      "airport", "station", "prison", "jail", "courthouse", "court", "hall", "church", "cathedral", "chapel",
      "mosque", "temple", "synagogue", "market", "mall", "hotel", "tower", "castle", "palace", "estate", "house",
      "building", "library", "museum", "theatre", "theater", "cemetery", "port", "harbour", "harbor", "base",
      "barracks", "embassy", "consulate", "inn", "restaurant", "cafe", "club", "field", "gardens", "garden",
      "institute", "parade", "place", "terrace", "crescent", "quay", "pier", "wharf", "dock", "docks", "marina",
      "council", "studio", "studios", "office", "headquarters", "ministry", "factory", "plant", "mine", "farm",
      "camp", "shop", "store", "foods", "supermarket", "gallery", "auditorium", "gym", "pool", "track", "circuit",
      "racecourse", "lagoon", "reserve", "wing");

  private TownOfFacility() {}

  static boolean isFacility(String name) {
    String[] words = name.trim().split("\\s+");
    return words.length >= 2 && FACILITY_WORDS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))
        || HOUSE_NUMBER.matcher(name).find();
  }

  /**
   * The town of a facility group, from the other groups' choices; empty when no town is near or dominant. With a
   * region or country written beside the name ({@code within}), only a town of that region or country counts.
   */
  static Optional<GazetteerEntry> townOf(NameGroup facility, Collection<NameGroup> groups, String mainCountry,
      Optional<GazetteerEntry> within) {
    int at = facility.mentions.get(0).span().start();
    GazetteerEntry nearest = null;
    int nearestGap = NEAR_CHARS + 1;
    NameGroup mostMentioned = null;
    for (NameGroup g : groups) {
      if (g == facility || g.best == null || g.demonym.isPresent() || !"P".equals(g.best.featureClass())
          || within.isPresent() && !inside(g.best, within.get())) {
        continue;
      }
      for (PlaceMention m : g.mentions) {
        int gap = Math.abs(m.span().start() - at);
        if (gap < nearestGap) {
          nearestGap = gap;
          nearest = g.best;
        }
      }
      if (mostMentioned == null || g.mentions.size() > mostMentioned.mentions.size()) {
        mostMentioned = g;
      }
    }
    if (nearest != null) {
      return Optional.of(nearest);
    }
    return mostMentioned != null && mostMentioned.best.countryCode().equals(mainCountry)
        ? Optional.of(mostMentioned.best) : Optional.empty();
  }

  private static boolean inside(GazetteerEntry town, GazetteerEntry area) {
    return town.countryCode().equals(area.countryCode())
        && (!area.isAdmin1() || town.admin1Code().equals(area.admin1Code()));
  }
}
