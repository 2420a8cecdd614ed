// SPDX-License-Identifier: Apache-2.0
package org.placard.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Coordinates;

/**
 * The errors of one {@link GeoparseEval} run, sorted into categories, so that a developer studies kinds of error
 * rather than single names. Collected while the eval runs; printed with {@code --errors N}: per category its
 * count, a breakdown by the kind of place chosen, and the N most frequent phrases with one example each.
 * Mutable; one per run.
 */
final class GeoparseErrors {
  /** What went wrong with one gold toponym. */
  enum Category {
    WRONG_COUNTRY("resolved into the wrong country"),
    WRONG_PLACE("right country, more than 161 km off"),
    UNRESOLVED("gold span not resolved"),
    MISSED("not recognised in the text"),
    SPURIOUS("recognised, but no gold toponym there");

    final String label;

    Category(String label) {
      this.label = label;
    }
  }

  /** One error: the gold phrase, what was chosen (if anything), and the text around it. */
  record Error(Category category, String article, String phrase, Coordinates gold, String goldCountry,
      Optional<ResolvedPlace> got, double km, String context) {}

  private final Map<Category, List<Error>> errors = new EnumMap<>(Category.class);

  void add(Error e) {
    errors.computeIfAbsent(e.category(), k -> new ArrayList<>()).add(e);
  }

  static String context(String text, int start, int end) {
    String s = text.substring(Math.max(0, start - 50), start) + "[[" + text.substring(start, end) + "]]"
        + text.substring(end, Math.min(text.length(), end + 30));
    return s.replaceAll("\\s+", " ");
  }

  void print(int limit, PrintStream out) {
    for (Category c : Category.values()) {
      List<Error> list = errors.getOrDefault(c, List.of());
      out.printf(Locale.ROOT, "%n== %s: %d%n", c.label, list.size());
      Map<String, Integer> byKind = new TreeMap<>();
      for (Error e : list) {
        byKind.merge(kind(e), 1, Integer::sum);
      }
      out.println("   by chosen feature: " + byKind);
      Map<String, List<Error>> byPhrase = new TreeMap<>();
      for (Error e : list) {
        byPhrase.computeIfAbsent(e.phrase(), k -> new ArrayList<>()).add(e);
      }
      byPhrase.entrySet().stream()
          .sorted(Comparator.comparingInt((Map.Entry<String, List<Error>> x) -> -x.getValue().size()))
          .limit(limit)
          .forEach(x -> {
            Error e = x.getValue().get(0);
            out.printf(Locale.ROOT, "  %3d  %-22s gold %s(%.2f,%.2f) got %s  %.0f km | %s%n", x.getValue().size(),
                x.getKey(), e.goldCountry(), e.gold().lat(), e.gold().lon(), describe(e.got()), e.km(), e.context());
          });
    }
  }

  private static String kind(Error e) {
    return e.got().map(p -> p.featureClass() + "." + p.featureCode().orElse("?")).orElse("-");
  }

  private static String describe(Optional<ResolvedPlace> got) {
    return got.map(p -> p.place().name() + "/" + p.place().countryCode() + "/" + p.featureCode().orElse("?"))
        .orElse("nothing");
  }
}
