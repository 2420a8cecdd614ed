// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.placard.model.Span;

/**
 * Finds place names without a statistical model: runs of capitalised words (joined by blanks and small
 * connectors such as "of", "de", "and") are matched against the gazetteer, longest match first (up to six
 * words), plus country demonyms ("Iranian"). Guards keep out what merely looks like a place:
 * <ul>
 *   <li>a lowercase word is never a place; nor a listed common word, month, weekday, title or medium
 *       ({@code not-places.txt}); nor a sentence-initial word the text also uses in lowercase ("Most", "Split");
 *       nor a determiner or quantifier opening a run ("Some 300 teachers" is not the Somme); a plural noun for
 *       people opening a run ("Residents of Tajrish") is not part of a name;
 *   <li>people: words after a title ("Mr.", "President") or a first name ("Maryam Rajavi", "Barry Smith"), and
 *       every later bare use of such a surname (unless after "in", "at", "of"), are a person's name; a given name
 *       by itself ("continued Amy") is a place only if a prominent one ("Florence");
 *   <li>a capitalised common English word ("One", "Zoo", "Fire") is a place only if a prominent one or after a
 *       preposition of place; a landmark named after its place ("Windsor Castle") is one mention;
 *   <li>a place inside a longer name is not a place of the text: in "National Council of Resistance of Iran" or
 *       "Los Angeles Times" the words other than the place are not place words ("Province", "North"), so the run
 *       names an organisation or a person and yields no place (a documented choice: organisations' home
 *       countries are not where events happen). Runs split at connectors other than "of" ("Paris on Saturday",
 *       "Tabriz and Rasht"). Demonyms are kept even inside such runs;
 *   <li>a place at the start of a run before a title is kept: "U.S. President Donald Trump";
 *   <li>short all-capital words (acronyms such as "MEK") are places only when a country or a world region is so
 *       called ("UK", "EU").
 * </ul>
 * A text without capitals ({@link Casing#isMostlyUncased}) goes to {@link UncasedPlaceRecogniser} instead.
 * Stateless apart from its immutable lists; thread-safe.
 */
final class PlaceRecogniser {
  private static final int MAX_WORDS = 6;
  private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "of", "across", "around");
  static final long HYPHEN_MIN_POPULATION = 100_000;

  private final Gazetteer gazetteer;
  private final WordLists words;
  private final UncasedPlaceRecogniser uncased;

  PlaceRecogniser(Gazetteer gazetteer, WordLists words) {
    this.gazetteer = gazetteer;
    this.words = words;
    this.uncased = new UncasedPlaceRecogniser(gazetteer, words);
  }

  /** The place names of {@code text}; a mostly lower-case text is matched case-insensitively (see {@link Casing}). */
  List<PlaceMention> recognise(String text) {
    List<Token> tokens = Token.of(text);
    if (Casing.isMostlyUncased(tokens)) {
      return uncased.recognise(text, tokens);
    }
    Set<String> lowercase = new HashSet<>();
    for (Token t : tokens) {
      if (Character.isLowerCase(t.text().charAt(0))) {
        lowercase.add(NameKey.exact(t.text()));
      }
    }
    List<int[]> runs = runs(tokens);
    Set<String> persons = new HashSet<>();
    for (int[] run : runs) {
      collectPersons(tokens, run[0], run[1], persons);
    }
    List<PlaceMention> out = new ArrayList<>();
    for (int[] run : runs) {
      match(text, tokens, run[0], run[1], lowercase, persons, out);
    }
    hyphenated(tokens, out);
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  /**
   * The place or demonym that opens a hyphenated word the gazetteer does not know as a whole: "Russian-backed",
   * "London-based", "Syria-Turkey". Only a prominent part counts (a country, a region, a demonym, a city of
   * {@value #HYPHEN_MIN_POPULATION}+), since such compounds also join ordinary capitalised words.
   */
  private void hyphenated(List<Token> tokens, List<PlaceMention> out) {
    for (Token t : tokens) {
      if (t.text().indexOf('-') < 0 || !t.capitalised()
          || out.stream().anyMatch(m -> m.span().start() < t.end() && t.start() < m.span().end())) {
        continue;
      }
      int at = t.start();
      for (String part : t.text().split("-")) {
        if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && isProminent(part)) {
          out.add(new PlaceMention(new Span(at, at + part.length()), part));
        }
        at += part.length() + 1;
      }
    }
  }

  private boolean isProminent(String word) {
    String key = NameKey.exact(word);
    if (word.length() == 2 && word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
      return gazetteer.lookup(word).stream().anyMatch(GazetteerEntry::isCountry); // "US-based", "UK-born"
    }
    if (word.length() < 3 || words.notPlaces().contains(key) || words.firstNames().contains(key)) {
      return false;
    }
    return isProminentPlace(word);
  }

  /** A demonym, country, world region, first-order region or city of {@value #HYPHEN_MIN_POPULATION}+ so called. */
  private boolean isProminentPlace(String word) {
    String key = NameKey.exact(word);
    if (gazetteer.countryOfDemonym(word).isPresent()) {
      return true;
    }
    return gazetteer.lookup(word).stream().anyMatch(e -> e.names().stream().anyMatch(n -> NameKey.exact(n)
        .equals(key)) && (e.isCountry() || e.isSupranational() || e.isAdmin1()
        || e.population() >= HYPHEN_MIN_POPULATION));
  }

  private static List<int[]> runs(List<Token> tokens) {
    List<int[]> runs = new ArrayList<>();
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      if (!tokens.get(i).capitalised()) {
        continue;
      }
      int j = i;
      while (j + 1 < n && tokens.get(j + 1).joinsPrevious()) {
        Token next = tokens.get(j + 1);
        if (next.capitalised()) {
          j++;
        } else if (WordLists.CONNECTORS.contains(next.text()) && j + 2 < n && tokens.get(j + 2).joinsPrevious()
            && tokens.get(j + 2).capitalised()) {
          j += 2;
        } else {
          break;
        }
      }
      runs.add(new int[] {i, j});
      i = j;
    }
    return runs;
  }

  /** Names after titles ("Mr. Massoud Rajavi") and after first names ("Navid Afkari") are people's. */
  private void collectPersons(List<Token> tokens, int from, int to, Set<String> persons) {
    int personFrom = Integer.MAX_VALUE;
    if (from > 0 && words.titles().contains(NameKey.exact(tokens.get(from - 1).text()))
        && tokens.get(from).gapBefore().strip().matches("\\.?")) {
      personFrom = from;
    }
    boolean given = false;
    for (int k = from; k < to && personFrom == Integer.MAX_VALUE; k++) {
      String key = NameKey.exact(tokens.get(k).text());
      if (words.titles().contains(key) || words.firstNames().contains(key)) {
        personFrom = k + 1;
      } else if (startsPersonName(tokens, k, to)) {
        personFrom = k + 1;
        given = true;
      }
    }
    for (int k = personFrom; k <= to; k++) {
      String key = NameKey.exact(tokens.get(k).text());
      if (key.equals("of")) {
        break; // "Deputy Minister of Defence of Azerbaijan": an office, not a person's name, follows the title
      }
      // after a mere given name, a prominent place stays one ("Florence Italy" is rare, but "Texas" must not fall)
      if (!WordLists.CONNECTORS.contains(key) && !WordLists.PLACE_WORDS.contains(key)
          && !(given && isProminentPlace(tokens.get(k).text()))) {
        persons.add(key);
      }
    }
  }

  private void match(String text, List<Token> tokens, int from, int to, Set<String> lowercase, Set<String> persons,
      List<PlaceMention> out) {
    while (from <= to && isPreamble(tokens.get(from), lowercase)) {
      from++;
    }
    List<int[]> places = new ArrayList<>();
    // segments: a run splits at its connectors ("Paris on Saturday", "Tabriz and Rasht"), except at "of",
    // which binds a name together ("University of Isfahan", "Council of Resistance of Iran")
    int[] segment = new int[to - from + 1];
    List<Boolean> foreign = new ArrayList<>(List.of(false));
    for (int k = from; k <= to; ) {
      int found = 0;
      for (int len = Math.min(MAX_WORDS, to - k + 1); len >= 1 && found == 0; len--) {
        if (isPlace(text, tokens, k, k + len - 1, lowercase, persons)) {
          found = len;
        }
      }
      if (found > 0) {
        places.add(new int[] {k, k + found - 1});
        for (int i = k; i < k + found; i++) {
          segment[i - from] = foreign.size() - 1;
        }
        k += found;
        continue;
      }
      String key = NameKey.exact(tokens.get(k).text());
      if (WordLists.CONNECTORS.contains(key) && !key.equals("of")) {
        foreign.add(false);
      } else if (!WordLists.PLACE_WORDS.contains(key) && !key.equals("of")) {
        foreign.set(foreign.size() - 1, true);
      }
      segment[k - from] = foreign.size() - 1;
      k++;
    }
    List<Integer> landmarks = new ArrayList<>();
    for (int[] p : places) {
      int seg = segment[p[0] - from];
      int end = p[1];
      while (end < to && segment[end + 1 - from] == seg) {
        end++;
      }
      String phrase = text.substring(tokens.get(p[0]).start(), tokens.get(end).end());
      boolean opens = p[0] == from || segment[p[0] - 1 - from] != seg;
      if (foreign.get(seg) && opens && !landmarks.contains(seg) && TownOfFacility.isFacility(phrase)) {
        // a landmark named after its place ("Windsor Castle", "Panama Canal", "Liverpool Academy") is a place
        // of the text as a whole; the resolver places it at the place it contains
        out.add(new PlaceMention(new Span(tokens.get(p[0]).start(), tokens.get(end).end()), phrase));
        landmarks.add(seg);
      }
    }
    for (int[] p : places) {
      if (landmarks.contains(segment[p[0] - from])) {
        continue;
      }
      String phrase = text.substring(tokens.get(p[0]).start(), tokens.get(p[1]).end());
      boolean demonym = p[0] == p[1] && gazetteer.countryOfDemonym(phrase).isPresent();
      // "U.S. President Donald Trump", "Iran Foreign Minister": a place before a title is that office's country
      boolean beforeTitle = p[0] == from && p[1] < to
          && words.titles().contains(NameKey.exact(tokens.get(p[1] + 1).text()));
      if (!foreign.get(segment[p[0] - from]) || demonym || beforeTitle) {
        out.add(new PlaceMention(new Span(tokens.get(p[0]).start(), tokens.get(p[1]).end()), phrase));
      }
    }
  }

  /**
   * Whether token {@code k} is a given name followed, within the run ending at {@code to}, by a capitalised word
   * that is no place word ("Street", "County") nor a connector: the first word of a person's name.
   */
  private boolean startsPersonName(List<Token> tokens, int k, int to) {
    if (k >= to || !words.givenNames().contains(NameKey.exact(tokens.get(k).text()))
        || gazetteer.countryOfDemonym(tokens.get(k).text()).isPresent()) {
      return false;
    }
    Token next = tokens.get(k + 1);
    String nextKey = NameKey.exact(next.text());
    // "Atlanta Mayor Kasim Reed", "Lincoln Street": a title or a place word follows a place, not a given name
    return next.joinsPrevious() && next.capitalised() && !WordLists.PLACE_WORDS.contains(nextKey)
        && !WordLists.CONNECTORS.contains(nextKey) && !words.titles().contains(nextKey)
        && !TownOfFacility.isFacility("x " + next.text());
  }

  /** Whether the word at {@code k} follows a preposition of place: "in Hayes", "at Wana", "of Narek". */
  private static boolean afterLocative(List<Token> tokens, int k) {
    return k > 0 && tokens.get(k).joinsPrevious()
        && LOCATIVES.contains(tokens.get(k - 1).text().toLowerCase(java.util.Locale.ROOT));
  }

  private boolean isPreamble(Token t, Set<String> lowercase) {
    String key = NameKey.exact(t.text());
    return WordLists.FUNCTION_WORDS.contains(key) || WordLists.PEOPLE_NOUNS.contains(key)
        || t.sentenceInitial() && lowercase.contains(key);
  }

  private boolean isPlace(String text, List<Token> tokens, int from, int to, Set<String> lowercase,
      Set<String> persons) {
    if (WordLists.CONNECTORS.contains(tokens.get(from).text())
        || WordLists.CONNECTORS.contains(tokens.get(to).text())) {
      return false;
    }
    String phrase = text.substring(tokens.get(from).start(), tokens.get(to).end());
    String key = NameKey.exact(phrase);
    if (words.notPlaces().contains(key)) {
      return false;
    }
    if (from == to) {
      Token t = tokens.get(from);
      // a surname is a place again after a preposition of place: "Bassett said", but "a farm in Bassett"
      if (persons.contains(key) && !afterLocative(tokens, from) || t.sentenceInitial() && lowercase.contains(key)) {
        return false;
      }
      // a common English word capitalised ("One case", "Cornwall Fire", "the Dresden Zoo") is a place only if a
      // prominent one ("Reading", "Nice") or after a preposition of place ("a farm in Bath")
      if (words.commonWords().contains(key) && !afterLocative(tokens, from) && !isProminentPlace(phrase)) {
        return false;
      }
      if (startsPersonName(tokens, from, tokens.size() - 1)) {
        return false; // "Barry Smith", "Paris Hilton": a given name before a surname
      }
      // a given name by itself ("continued Amy") is a place only if a prominent one ("Florence", "Victoria")
      if (words.givenNames().contains(key) && !t.allCaps() && !afterLocative(tokens, from) && !isProminentPlace(phrase)) {
        return false;
      }
      if (gazetteer.countryOfDemonym(phrase).isPresent()) {
        return true;
      }
      if (t.end() < text.length() && text.charAt(t.end()) == '$') {
        return false; // "US$460 million", "NZ$": a currency
      }
      if (t.text().length() < 3 || t.allCaps() && t.text().replace(".", "").length() <= 5) {
        // an abbreviation is a country's or world region's, or a region's or capital's written after a town
        // and a comma or after a preposition of place ("SEVERN, Md.", "ALBUQUERQUE, N.M.", "in D.C.")
        boolean placed = t.gapBefore().contains(",") || afterLocative(tokens, from);
        return gazetteer.lookup(phrase).stream().anyMatch(e -> e.isCountry() || e.isSupranational()
            || placed && (e.isAdmin1() || e.featureCode().equals("PPLC")));
      }
    }
    return gazetteer.knows(phrase);
  }
}
