// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.placard.model.Figure;

/**
 * Reads the quantity of a claim: digits ("1,500", "1.5 million"), number words ("twelve") and vague
 * quantities, which follow ACLED's convention as {@code vague-quantities.tsv} states it per figure ("dozens"
 * killed is 12; "thousands" arrested has no number). Immutable and thread-safe.
 */
final class Quantities {
  private static final Map<String, Long> WORDS = Map.ofEntries(
      Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
      Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
      Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
      Map.entry("fifteen", 15L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
      Map.entry("fifty", 50L), Map.entry("a hundred", 100L), Map.entry("a thousand", 1000L),
      Map.entry("a dozen", 12L));

  /** figure -> vague word -> value (empty: the convention gives no number). */
  private final Map<Figure, Map<String, Optional<Long>>> vague = new HashMap<>();

  Quantities() {
    for (String[] row : DataFile.rows("vague-quantities.tsv")) {
      Optional<Long> value = row.length < 3 || row[2].isBlank() ? Optional.empty() : Optional.of(Long.parseLong(row[2]));
      vague.computeIfAbsent(Figure.ofLabel(row[0]), f -> new HashMap<>()).put(row[1].toLowerCase(Locale.ROOT), value);
    }
  }

  /** The regex alternatives a quantity may be written as, longest first. */
  String pattern() {
    java.util.TreeSet<String> words = new java.util.TreeSet<>(
        java.util.Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    vague.values().forEach(m -> words.addAll(m.keySet()));
    words.addAll(WORDS.keySet());
    return "(?:(?:more than|over|at least|about|around|nearly|almost|some|up to|as many as|roughly|an estimated)\\s+)?"
        + "(?<n>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+(?:million|thousand))?|"
        + String.join("|", words.stream().map(w -> w.replace(" ", "\\s+")).toList()) + ")";
  }

  /** The number {@code written} stands for under the convention for {@code figure}; empty when none. */
  Optional<Long> value(Figure figure, String written) {
    String w = written.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (WORDS.containsKey(w)) {
      return Optional.of(WORDS.get(w));
    }
    Map<String, Optional<Long>> conventions = vague.getOrDefault(figure, Map.of());
    if (conventions.containsKey(w)) {
      return conventions.get(w);
    }
    try {
      double scale = w.endsWith("million") ? 1_000_000 : w.endsWith("thousand") ? 1_000 : 1;
      String digits = w.replace("million", "").replace("thousand", "").replace(",", "").strip();
      return Optional.of(Math.round(Double.parseDouble(digits) * scale));
    } catch (NumberFormatException e) {
      // A vague word with no convention for this figure ("several" injured): no number, never a guess.
      return Optional.empty();
    }
  }
}
