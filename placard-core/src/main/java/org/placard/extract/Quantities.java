// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.model.Figure;

/**
 * Reads the quantity of a claim: digits ("1,500", "25.000", "1.5 million"), number words ("twelve", "two
 * thousand", "twenty-five thousand", "five hundred") and vague quantities, which follow the convention
 * {@code vague-quantities.tsv} states per figure ("dozens" killed is 12; "thousands" arrested has no number).
 * Immutable and thread-safe.
 */
final class Quantities {
  private static final Map<String, Long> UNITS = new LinkedHashMap<>();
  private static final Map<String, Long> TENS = new LinkedHashMap<>();

  static {
    String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < units.length; i++) {
      UNITS.put(units[i], i + 1L);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      TENS.put(tens[i], (i + 2) * 10L);
    }
  }

  private static final String SMALL = "(?:(?:" + String.join("|", TENS.keySet()) + ")(?:[-\\s](?:"
      + String.join("|", UNITS.keySet().stream().limit(9).toList()) + "))?|"
      + String.join("|", UNITS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList())
      + ")";
  /** "two", "twenty-five", "five hundred", "two thousand", "a hundred", "twenty five thousand". */
  private static final String NUMBER_WORDS = "(?:(?:" + SMALL + "(?:\\s+hundred)?|a\\s+hundred)(?:\\s+(?:thousand|million))?"
      + "|a\\s+(?:thousand|million|dozen))(?![\\p{L}-])";
  private static final Pattern WORDS = Pattern.compile("(?<small>" + SMALL + "|a)(?<hundred>\\s+hundred)?"
      + "(?:\\s+(?<scale>thousand|million))?");
  /** Digits with thousands separators, comma or (European) point: "25,000", "25.000", "1,250,000". */
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:([.,])\\d{3})(?:\\1\\d{3})*");

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
    TreeSet<String> words = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    vague.values().forEach(m -> words.addAll(m.keySet()));
    return "(?:(?:more than|over|at least|about|around|nearly|almost|some|up to|as many as|roughly|an estimated|"
        + "approximately|close to|estimated)\\s+)?"
        + "(?<n>\\d{1,3}(?:,\\d{3})+(?:\\s+(?:million|thousand))?|\\d{1,3}(?:\\.\\d{3})+(?![.,]?\\d)|"
        + "\\d+(?:\\.\\d+)?(?:\\s+(?:million|thousand))?|"
        + String.join("|", words.stream().map(w -> w.replace(" ", "\\s+")).toList()) + "|" + NUMBER_WORDS + ")";
  }

  /** The number {@code written} stands for under the convention for {@code figure}; empty when none. */
  Optional<Long> value(Figure figure, String written) {
    String w = written.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Map<String, Optional<Long>> conventions = vague.getOrDefault(figure, Map.of());
    if (conventions.containsKey(w)) {
      return conventions.get(w);
    }
    Optional<Long> words = words(w);
    if (words.isPresent()) {
      return words;
    }
    double scale = w.endsWith("million") ? 1_000_000 : w.endsWith("thousand") ? 1_000 : 1;
    String digits = w.replace("million", "").replace("thousand", "").strip();
    if (GROUPED.matcher(digits).matches()) {
      digits = digits.replace(",", "").replace(".", "");
    }
    try {
      return Optional.of(Math.round(Double.parseDouble(digits.replace(",", "")) * scale));
    } catch (NumberFormatException e) {
      // A vague word with no convention for this figure ("several" injured): no number, never a guess.
      return Optional.empty();
    }
  }

  /** The value of number words ("twenty-five thousand" is 25,000), empty when {@code w} is not one. */
  static Optional<Long> words(String w) {
    if (w.equals("a dozen")) {
      return Optional.of(12L);
    }
    Matcher m = WORDS.matcher(w);
    if (!m.matches() || m.group("small").equals("a") && m.group("hundred") == null && m.group("scale") == null) {
      return Optional.empty();
    }
    long n = 0;
    for (String part : m.group("small").split("[-\\s]")) {
      n += part.equals("a") ? 1 : UNITS.getOrDefault(part, TENS.getOrDefault(part, 0L));
    }
    if (m.group("hundred") != null) {
      n *= 100;
    }
    if (m.group("scale") != null) {
      n *= m.group("scale").equals("million") ? 1_000_000 : 1_000;
    }
    return Optional.of(n);
  }
}
