// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All mentions of one name in one report, with its candidates and the choice among them. Mutable working state
 * of one {@link PlaceResolver#resolve} call; never shared.
 */
final class NameGroup {
  private static final java.util.regex.Pattern REGION_WORD = java.util.regex.Pattern.compile(
      "(?i)\\s+(?:province|state|region|governorate|oblast|county|district|department|division)$");
  final String name;
  final String exactKey;
  final List<PlaceMention> mentions = new ArrayList<>();
  final List<GazetteerEntry> hints = new ArrayList<>();
  /** A share of the report's place names above which its country focus overrides a doubtful foreign match. */
  static final double STRONG_FOCUS = 0.5;
  boolean regionSuffix;
  /** Whether some mention follows "the state of" or "the province of": a first-order region. */
  boolean stateOf;
  /** The loose keys of names written right before this one and a comma ("Buffalo" of "Buffalo, New York"). */
  final java.util.Set<String> afterComma = new java.util.HashSet<>();
  /** The towns those names may denote: a region that holds one of them is the one meant. */
  final List<GazetteerEntry> townsBefore = new ArrayList<>();
  /** The names written beside this one with only a comma between: its neighbours in a list ("Utah, Virginia"). */
  final java.util.Set<NameGroup> listedWith = new java.util.HashSet<>();
  /** Whether some mention follows a lowercase "the", as common nouns and streets do ("near the Alameda"). */
  boolean afterThe;
  Optional<GazetteerEntry> demonym = Optional.empty();
  List<GazetteerEntry> candidates = List.of();
  /** Its demonym's country, else its {@link #mostLikely} place: what it adds to other names' country focus. */
  Optional<GazetteerEntry> likely = Optional.empty();
  GazetteerEntry best;
  double confidence;
  /** Whether a country has this very name: then a country written after it starts a list, not a hint. */
  private boolean namesCountry;

  /** An acronym or abbreviation ("SA", "FATA"): never matched by a spelling variant, only by a listed name. */
  final boolean abbreviation;
  /**
   * The letters of a short acronym ("SA", "NY"): a place is named by it only where the gazetteer writes it in
   * capitals too, not by a short name that folds onto it ("Sa", a Cypriot village). Null for other names.
   */
  private final String acronym;

  NameGroup(String name) {
    this.name = name;
    this.exactKey = NameKey.exact(name);
    String letters = name.replaceAll("[^\\p{L}]", "");
    this.abbreviation = letters.length() <= 5 && letters.chars().allMatch(Character::isUpperCase);
    this.acronym = letters.length() >= 2 && letters.length() <= 3 && abbreviation ? letters : null;
  }

  Optional<GazetteerEntry> mostLikely() {
    GazetteerEntry top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry e : candidates) {
      double s = prior(e);
      if (s > topScore) {
        top = e;
        topScore = s;
      }
    }
    return Optional.ofNullable(top);
  }

  void choose(Map<String, Double> focus, List<GazetteerEntry> others) {
    namesCountry = candidates.stream().anyMatch(e -> e.isCountry() && exactness(e) == 2);
    boolean anyExact = candidates.stream().anyMatch(e -> exactness(e) > 0);
    GazetteerEntry top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry e : candidates) {
      if (exactness(e) == 0 && (anyExact || abbreviation || !e.isArea() && e.population() < 100_000
          && focus.getOrDefault(e.countryCode(), 0.0) == 0)) {
        continue; // a spelling variant only when the name as written is unknown, and only a plausible one
      }
      double share = focus.getOrDefault(e.countryCode(), 0.0);
      double s = prior(e) + 4 * share * share + hintBonus(e) + nearBonus(e, others);
      if (regionSuffix && (e.isAdmin1() || e.isAdmin2()) || (stateOf || holdsTownBefore(e)) && e.isAdmin1()) {
        s += 4;
      }
      if (s > topScore) {
        second = topScore;
        top = e;
        topScore = s;
      } else if (s > second) {
        second = s;
      }
    }
    best = top;
    if (top != null && afterThe && farFromStrongFocus(top, focus)) {
      best = candidates.stream().filter(e -> e.countryCode().equals(strongest(focus))).max(
          java.util.Comparator.comparingDouble(this::prior)).orElse(null);
      topScore = second; // no margin left to speak of: a guess within the focus country
    }
    confidence = second == Double.NEGATIVE_INFINITY ? 0.9 : 1 / (1 + Math.exp(-(topScore - second)));
  }

  /**
   * Whether a choice looks like a common noun's chance match: a name written after a lowercase "the" ("near the
   * Alameda", an avenue of Santiago) that chose a minor place in another country than the one the report is
   * clearly about. Countries, regions, capitals and big cities stand; so do places whose own name starts with
   * "The" ("the Hague").
   */
  private boolean farFromStrongFocus(GazetteerEntry e, Map<String, Double> focus) {
    String main = strongest(focus);
    if (main == null || focus.get(main) < STRONG_FOCUS || e.countryCode().equals(main)) {
      return false;
    }
    if (e.isCountry() || e.isSupranational() || e.isAdmin1() || e.featureCode().equals("PPLC")
        || e.population() >= 1_000_000 && !e.isAdmin2()) {
      return false;
    }
    return e.names().stream().noneMatch(n -> n.regionMatches(true, 0, "the ", 0, 4));
  }

  private static String strongest(Map<String, Double> focus) {
    return focus.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /** Whether {@code e} is the region of a town written just before this name: "Buffalo, New York" is the state. */
  private boolean holdsTownBefore(GazetteerEntry e) {
    // a curated region of that country ("Scotland" of "Glasgow, Scotland") already outranks its towns
    return candidates.stream().noneMatch(c -> c.isCuratedRegion() && c.countryCode().equals(e.countryCode()))
        && townsBefore.stream().anyMatch(t -> t.countryCode().equals(e.countryCode())
        && t.admin1Code().equals(e.admin1Code()));
  }

  /** Country, then region, then towns by size; capitals and seats up; spelling variants down. */
  double prior(GazetteerEntry e) {
    double s;
    if (e.isCountry()) {
      s = 9;
    } else if (e.isSupranational()) {
      s = 8.5;
    } else if (e.isCuratedRegion()) {
      s = 7.5;
    } else if (e.isAdmin1()) {
      // a small region ranks below a big city of the same name: St. Louis, Missouri before Saint-Louis, Senegal
      s = e.population() == 0 ? 6.5 : Math.max(5.5, Math.min(6.5, Math.log10(e.population()) - 0.2));
    } else if (e.isAdmin2()) {
      s = 0.8 * Math.log10(e.population() + 10) + 0.5;
    } else {
      s = Math.log10(e.population() + 10);
      String code = e.featureCode();
      s += code.equals("PPLC") ? 1 : code.startsWith("PPLA") ? 0.4 : code.equals("PPLX") ? -1 : 0;
      String loose = NameKey.looseOfExact(exactKey);
      if (e.admin1Name().map(a -> NameKey.loose(REGION_WORD.matcher(a).replaceAll("")).equals(loose)).orElse(false)) {
        s += 1; // the town a region is named after is meant more often than the region
      }
    }
    int exact = exactness(e);
    return s + (exact == 2 ? 1 : exact == 1 ? 0 : -2);
  }

  /** 2: the place's own name (or its ASCII form); 1: one of its alternate names; 0: a spelling variant. */
  private int exactness(GazetteerEntry e) {
    List<String> names = e.names();
    for (int i = 0; i < names.size(); i++) {
      if (NameKey.exact(names.get(i)).equals(exactKey)
          && (acronym == null || names.get(i).replaceAll("[^\\p{L}]", "").equals(acronym))) {
        // the second name is the ASCII form only when it differs from the first (the compact format drops an
        // ASCII form equal to the name, making the second name the first alternate); a region's second name is
        // its name with or without the region word ("Fars Province", "Bourbon County"), its own name too
        boolean own = i == 0 || i == 1 && (NameKey.loose(names.get(1)).equals(NameKey.loose(names.get(0)))
            || e.isAdmin1() || e.isAdmin2());
        return own ? 2 : 1;
      }
    }
    return 0;
  }

  /** "Oklahoma, Pennsylvania": a region of that country has this very name, so the two are a list of regions. */
  private boolean namesSiblingRegion(GazetteerEntry hint) {
    return candidates.stream().anyMatch(c -> c.isAdmin1() && exactness(c) == 2
        && c.countryCode().equals(hint.countryCode()) && !c.admin1Code().equals(hint.admin1Code()));
  }

  private double hintBonus(GazetteerEntry e) {
    if (namesCountry) {
      return 0; // "China, Japan, Ukraine" is a list of countries, not a town China in Japan
    }
    double bonus = 0;
    for (GazetteerEntry h : hints) {
      if (h.isCountry() && h.countryCode().equals(e.countryCode())) {
        bonus = Math.max(bonus, 6);
      } else if (h.isAdmin1() && h.countryCode().equals(e.countryCode()) && h.admin1Code().equals(e.admin1Code())
          && !e.isAdmin1() && !namesSiblingRegion(h)) {
        bonus = Math.max(bonus, 10);
      }
    }
    return bonus;
  }

  /**
   * Whether a neighbour in a comma list chose another first-order region of {@code e}'s country: "Texas, Utah,
   * Washington, Wyoming" lists states, even though a capital bears the name too.
   */
  private boolean listedWithSibling(GazetteerEntry e) {
    return listedWith.stream().map(n -> n.best).anyMatch(b -> b != null && b.isAdmin1()
        && b.countryCode().equals(e.countryCode()) && !b.admin1Code().equals(e.admin1Code()));
  }

  private double nearBonus(GazetteerEntry e, List<GazetteerEntry> others) {
    if (e.isCountry()) {
      return 0;
    }
    // a name shared with a capital or a big city ("Washington", "New York") is not read as a region by its company
    boolean siblings = e.isAdmin1() && others.stream().filter(o -> o.isAdmin1() && o.countryCode()
        .equals(e.countryCode()) && !o.admin1Code().equals(e.admin1Code())).count() >= 2
        && (candidates.stream().noneMatch(c -> !c.isArea()
            && (c.featureCode().equals("PPLC") || c.population() >= 1_000_000)) || listedWithSibling(e));
    double bonus = 0;
    for (GazetteerEntry o : others) {
      if (o.isCountry()) {
        continue;
      }
      if (o.isAdmin1() && o.countryCode().equals(e.countryCode()) && o.admin1Code().equals(e.admin1Code())) {
        bonus = Math.max(bonus, 2);
      } else if (siblings && o.isAdmin1() && o.countryCode().equals(e.countryCode())) {
        bonus = Math.max(bonus, 2); // regions listed with sibling regions: "Alberta, Manitoba, Ontario"
      } else if (!o.isAdmin1() && o.coordinates().distanceKm(e.coordinates()) < 200) {
        bonus = Math.max(bonus, 1.5);
      }
    }
    return bonus;
  }
}
