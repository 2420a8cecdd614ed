// SPDX-License-Identifier: Apache-2.0
package org.placard.geo.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.placard.geo.Gazetteer;
import org.placard.geo.GazetteerEntry;
import org.placard.geo.GeoNamesGazetteer;
import org.placard.geo.NameKey;

/**
 * Lists the common English words that are also the name of a town or region of the gazetteer ("reading",
 * "mobile", "bath"): the [common-words] section of {@code uncased-stop-words.txt}, which guards recognition in
 * lower-case text. A word counts when a dictionary lists it in lower case (a common noun, verb or adjective, not
 * only a proper name) and some place is named exactly so; country names and demonyms are left out, since a
 * lower-case "china" or "turkey" in news text means the country far more often than not.
 *
 * <pre>java org.placard.geo.build.CommonWordPlaces WORDLIST   (e.g. /usr/share/dict/american-english)</pre>
 */
public final class CommonWordPlaces {
  private CommonWordPlaces() {}

  /** The words of {@code dictionary} (one a line) that are place names of {@code gazetteer}, sorted. */
  public static TreeSet<String> of(List<String> dictionary, Gazetteer gazetteer) {
    TreeSet<String> out = new TreeSet<>();
    for (String w : dictionary) {
      String word = w.strip();
      if (word.length() < 3 || !word.matches("[a-z]+") || gazetteer.countryOfDemonym(word).isPresent()) {
        continue;
      }
      String key = NameKey.exact(word);
      List<GazetteerEntry> exact = gazetteer.lookup(word).stream()
          .filter(e -> e.names().stream().anyMatch(n -> NameKey.exact(n).equals(key))).toList();
      if (!exact.isEmpty() && exact.stream().noneMatch(GazetteerEntry::isCountry)) {
        out.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CommonWordPlaces WORDLIST");
      System.exit(2);
    }
    List<String> dictionary = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    of(dictionary, GeoNamesGazetteer.bundled()).forEach(System.out::println);
  }
}
