// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.placard.model.Span;

/**
 * Finds place names in a text written without capitals ({@link Casing#isMostlyUncased}): every run of up to
 * four words is matched against the gazetteer, case-insensitively, longest first. Without capitals nearly every
 * word is a candidate, so the guards are stronger than {@link PlaceRecogniser}'s:
 * <ul>
 *   <li>only a name the gazetteer holds as written counts (no transliteration variants), and no run starts or
 *       ends with a small word ("in", "the", "march");
 *   <li>words that are never places here ({@code uncased-stop-words.txt} [never], {@code not-places.txt}), and
 *       words after a title or a first name ("john kerry", "president carlos salinas"), are skipped, and so are
 *       later bare uses of such a surname ("salinas said"), unless a country or a capital;
 *   <li>a prominent place (a country, a world region, a first-order region, a capital, a city of
 *       {@value #STRONG_POPULATION}+) stands by itself; its countries form the document's focus;
 *   <li>a smaller place ({@value #WEAK_POPULATION}+ people, a county) counts only in a focus country;
 *   <li>a common English word that is also a town ([common-words]: "reading", "mobile") counts only after a
 *       locative word ("in reading") and only as a prominent place in a focus country. Countries and
 *       demonyms are exempt ("china", "turkey").
 * </ul>
 * Words shorter than four letters and first names are places only as countries or world regions ("usa", "eu",
 * "jordan"; not "michael").
 * Stateless apart from its immutable lists; thread-safe.
 */
final class UncasedPlaceRecogniser {
  static final int MAX_WORDS = 4;
  static final long STRONG_POPULATION = 100_000;
  static final long WEAK_POPULATION = 1_000;
  /** A country is in focus when at least this share of the prominent names point at it. */
  static final double FOCUS_SHARE = 0.25;
  private static final Set<String> LOCATIVES = Set.of(
      "in", "at", "near", "outside", "inside", "around", "across", "throughout", "into");

  private enum Kind { STRONG, COMMON_WORD, WEAK }

  private record Found(int from, int to, Kind kind, String country, Set<String> countries) {}

  private final Gazetteer gazetteer;
  private final WordLists words;

  UncasedPlaceRecogniser(Gazetteer gazetteer, WordLists words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  List<PlaceMention> recognise(String text, List<Token> tokens) {
    boolean[] person = personWords(tokens);
    Set<String> surnames = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (person[i] && (i + 1 == tokens.size() || !person[i + 1])) {
        surnames.add(NameKey.exact(tokens.get(i).text()));
      }
    }
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (int len = Math.min(MAX_WORDS, tokens.size() - i); len >= 1; len--) {
        if (!joined(tokens, i, i + len - 1)) {
          continue;
        }
        Found f = classify(text, tokens, i, i + len - 1, person, surnames);
        if (f != null) {
          found.add(f);
          i += len - 1;
          break;
        }
      }
    }
    Set<String> focus = focus(found);
    List<PlaceMention> out = new ArrayList<>();
    for (Found f : found) {
      boolean inFocus = f.countries().stream().anyMatch(focus::contains);
      boolean keep = switch (f.kind()) {
        case STRONG -> true;
        case COMMON_WORD -> inFocus && f.from() > 0
            && LOCATIVES.contains(NameKey.exact(tokens.get(f.from() - 1).text()));
        case WEAK -> inFocus;
      };
      if (keep) {
        Span span = new Span(tokens.get(f.from()).start(), tokens.get(f.to()).end());
        out.add(new PlaceMention(span, text.substring(span.start(), span.end())));
      }
    }
    return out;
  }

  private static boolean joined(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      if (!tokens.get(k).joinsPrevious()) {
        return false;
      }
    }
    return true;
  }

  /** The countries that at least {@value #FOCUS_SHARE} of the prominent names point at. */
  private static Set<String> focus(List<Found> found) {
    Map<String, Integer> votes = new HashMap<>();
    int total = 0;
    for (Found f : found) {
      if (f.kind() == Kind.STRONG && !f.country().isEmpty()) {
        votes.merge(f.country(), 1, Integer::sum);
        total++;
      }
    }
    Set<String> focus = new HashSet<>();
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (e.getValue() >= FOCUS_SHARE * total) {
        focus.add(e.getKey());
      }
    }
    return focus;
  }

  private Found classify(String text, List<Token> tokens, int from, int to, boolean[] person, Set<String> surnames) {
    String first = NameKey.exact(tokens.get(from).text());
    String last = NameKey.exact(tokens.get(to).text());
    // a name may start with an article ("el salvador", "la paz"), never with "in" or "the"
    boolean badStart = from == to ? isSmallWord(first)
        : WordLists.FUNCTION_WORDS.contains(first) || first.equals("of") || first.equals("and");
    if (badStart || isSmallWord(last) || person[from]) {
      return null;
    }
    String phrase = text.substring(tokens.get(from).start(), tokens.get(to).end());
    String key = NameKey.exact(phrase);
    if (words.notPlaces().contains(key) || words.uncasedNever().contains(key)) {
      return null;
    }
    if (from == to) {
      var country = gazetteer.countryOfDemonym(phrase);
      if (country.isPresent()) {
        String cc = country.get().countryCode();
        return new Found(from, to, Kind.STRONG, cc, Set.of(cc));
      }
    }
    List<GazetteerEntry> exact = gazetteer.lookup(phrase).stream()
        .filter(e -> e.names().stream().anyMatch(n -> NameKey.exact(n).equals(key))).toList();
    if (from == to && surnames.contains(key)) {
      // "president carlos salinas ... salinas said": a surname stays a person's through the text, unless a
      // country or a capital ("michael jordan" does not hide Jordan)
      exact = exact.stream().filter(e -> e.isCountry() || e.featureCode().equals("PPLC")).toList();
    }
    if (from == to && (key.length() < 4 || words.firstNames().contains(key))) {
      // short words and first names ("michael", "charles") only as countries: "usa", "eu", "jordan"
      exact = exact.stream().filter(e -> e.isCountry() || e.isSupranational()).toList();
    }
    List<GazetteerEntry> strong = exact.stream().filter(UncasedPlaceRecogniser::prominent).toList();
    boolean common = words.commonWords().contains(key) && exact.stream().noneMatch(GazetteerEntry::isCountry);
    List<GazetteerEntry> usable = !strong.isEmpty() ? strong : common ? List.of() : exact.stream()
        .filter(e -> e.isArea() || e.population() >= WEAK_POPULATION || from < to).toList();
    if (usable.isEmpty()) {
      return null;
    }
    Kind kind = common ? Kind.COMMON_WORD : strong.isEmpty() ? Kind.WEAK : Kind.STRONG;
    GazetteerEntry top = usable.stream().max(Comparator.comparingDouble(UncasedPlaceRecogniser::rank)).get();
    Set<String> countries = new HashSet<>();
    usable.forEach(e -> countries.add(e.countryCode()));
    return new Found(from, to, kind, top.countryCode(), countries);
  }

  private static boolean isSmallWord(String key) {
    return WordLists.CONNECTORS.contains(key) || WordLists.FUNCTION_WORDS.contains(key);
  }

  /**
   * Which words are part of a person's name: the word after a title or a curated first name ("president maduro",
   * "john kerry"), and after a title also the words that follow a given name ("president carlos salinas",
   * "said miguel angel sandoval" after a first name).
   */
  private boolean[] personWords(List<Token> tokens) {
    boolean[] person = new boolean[tokens.size()];
    for (int i = 1; i < tokens.size(); i++) {
      if (!tokens.get(i).gapBefore().strip().matches("\\.?")) {
        continue;
      }
      String before = NameKey.exact(tokens.get(i - 1).text());
      boolean cue = words.titles().contains(before) || words.firstNames().contains(before)
          || person[i - 1] && words.givenNames().contains(before);
      person[i] = cue && !isSmallWord(NameKey.exact(tokens.get(i).text()));
    }
    return person;
  }

  private static boolean prominent(GazetteerEntry e) {
    return e.isCountry() || e.isSupranational() || e.isAdmin1() || e.isCuratedRegion()
        || e.featureCode().equals("PPLC") || e.population() >= STRONG_POPULATION;
  }

  /** Which reading decides the focus: a country, then a region, then the most populous. */
  private static double rank(GazetteerEntry e) {
    return e.isCountry() ? 1e12 : e.isSupranational() || e.isAdmin1() ? 1e11 + e.population() : e.population();
  }
}
