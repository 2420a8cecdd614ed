// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The curated word lists beside this class ({@code not-places.txt}, {@code person-cues.txt},
 * {@code uncased-stop-words.txt}) and the generated {@code given-names.txt}, as sets of {@link NameKey#exact exact
 * keys}. Immutable.
 *
 * @param firstNames   curated first names, also of languages the given names lack ("Maryam", "Navid")
 * @param givenNames   some 8,000 given names, mostly English ("Barry", "Sheryl"): the first word of a person's name
 *                     when a surname follows, and by itself a place only when a prominent one
 * @param uncasedNever words that are never a place in an uncased text ("police", "university", "nice")
 * @param commonWords  common English words that are also place names ("reading", "mobile"): in an uncased text
 *                     a place only where the context says so
 */
record WordLists(Set<String> notPlaces, Set<String> titles, Set<String> firstNames, Set<String> givenNames,
    Set<String> uncasedNever, Set<String> commonWords) {
  /** Small words that may join the words of one name: "Rio de Janeiro", "Sistan and Baluchestan". */
  static final Set<String> CONNECTORS = Set.of(
      "of", "de", "del", "la", "le", "les", "du", "des", "al", "el", "and", "on", "upon", "da", "do", "dos", "das",
      "di", "van", "von", "der", "den", "y", "the", "am", "an", "sur", "en");

  /** Words that may stand beside a place name in one capitalised run without making it another name. */
  static final Set<String> PLACE_WORDS = Set.of(
      "city", "town", "province", "state", "county", "district", "region", "governorate", "prefecture",
      "oblast", "republic", "kingdom", "emirate", "islands", "island", "north", "south", "east", "west",
      "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater", "metropolitan",
      "metro", "area", "islamic", "federal", "people", "democratic", "united", "new", "old", "downtown", "rural",
      "valley", "capital", "municipality", "department", "territory", "borough", "township", "village");

  /** Words that begin a headline-cased or sentence-initial run without belonging to a name. */
  static final Set<String> FUNCTION_WORDS = Set.of(
      "in", "at", "from", "to", "the", "a", "an", "for", "on", "by", "with", "across", "near", "outside",
      "inside", "around", "throughout", "of", "and", "but", "as", "after", "before", "during", "since", "until",
      "when", "while", "where", "despite", "into", "over", "under", "between", "against", "via", "both", "all",
      "this", "that", "these", "those", "if", "or", "so", "then", "also", "meanwhile", "however", "yet", "like",
      "protests", "protest", "rally", "rallies", "strike", "strikes", "march", "news", "report", "update",
      "breaking", "live", "photos", "video", "watch", "says", "said",
      // determiners, quantifiers and pronouns open a sentence, never a name, though some fold onto one
      // ("Some 300 teachers" is not the Somme)
      "some", "many", "several", "few", "each", "every", "any", "no", "none", "other", "another", "such", "more",
      "about", "nearly", "almost", "roughly", "approximately", "only", "dozens", "hundreds", "thousands",
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty",
      "there", "here", "it", "they", "we", "he", "she", "his", "her", "its", "their", "our", "what", "which", "who");

  /**
   * Plural nouns for groups of people that open a sentence or a headline run: "Residents of Tajrish" and
   * "Students of Isfahan" name people of a place, not an organisation called after it as "University of Isfahan".
   */
  static final Set<String> PEOPLE_NOUNS = Set.of(
      "residents", "students", "workers", "teachers", "protesters", "demonstrators", "activists", "villagers",
      "locals", "citizens", "retirees", "pensioners", "nurses", "doctors", "lawyers", "merchants", "shopkeepers",
      "truckers", "drivers", "employees", "women", "mothers", "families", "supporters", "inhabitants", "youths",
      "crowds");

  static WordLists bundled() {
    Map<String, Set<String>> cues = read("person-cues.txt");
    Map<String, Set<String>> uncased = read("uncased-stop-words.txt");
    return new WordLists(read("not-places.txt").get(""), cues.get("titles"), cues.get("first-names"),
        read("given-names.txt").get(""), uncased.get("never"), uncased.get("common-words"));
  }

  private static Map<String, Set<String>> read(String name) {
    Map<String, Set<String>> sections = new HashMap<>();
    String section = "";
    sections.put(section, new HashSet<>());
    try (InputStream raw = WordLists.class.getResourceAsStream(name)) {
      if (raw == null) {
        throw new IOException("missing resource org/placard/geo/" + name);
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        if (t.startsWith("[") && t.endsWith("]")) {
          section = t.substring(1, t.length() - 1);
          sections.putIfAbsent(section, new HashSet<>());
          continue;
        }
        sections.get(section).add(NameKey.exact(t));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sections;
  }
}
