// SPDX-License-Identifier: Apache-2.0
package org.placard.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.placard.extract.TypeCoder;

/**
 * CASE 2021 Task 2 (the ACLED sub-event type of a news snippet): each snippet coded by {@link TypeCoder}, its
 * outcome mapped to a CASE code by {@code case2021-codes.tsv}. Immutable once built; safe to share.
 */
public final class Case2021Eval {
  /** One gold snippet. */
  public record Snippet(String id, String text, String code) {
    public Snippet {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(code, "code");
    }
  }

  /** A snippet's CASE code and the coding it came from. */
  public record Classified(String code, TypeCoder.Coding coding) {}

  private final Map<String, String> codes = new LinkedHashMap<>();
  private final TypeCoder coder = new TypeCoder();

  public Case2021Eval() {
    try (InputStream in = Case2021Eval.class.getResourceAsStream("case2021-codes.tsv")) {
      if (in == null) {
        throw new IllegalStateException("case2021-codes.tsv missing from the class path");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t");
        if (!line.startsWith("#") && f.length == 2) {
          codes.put(f[0], f[1].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String outcome : coder.outcomes()) {
      if (!codes.containsKey(outcome)) {
        // An outcome of acled-types.tsv that case2021-codes.tsv does not map is a packaging bug.
        throw new IllegalStateException("case2021-codes.tsv has no code for " + outcome);
      }
    }
  }

  /** Reads the task TSV (header id, EventSnippet, SubType); malformed lines are skipped. */
  public static List<Snippet> read(BufferedReader reader) throws IOException {
    List<Snippet> out = new ArrayList<>();
    String line = reader.readLine();
    while ((line = reader.readLine()) != null) {
      String[] f = line.split("\t");
      if (f.length >= 3 && !f[2].isBlank()) {
        out.add(new Snippet(f[0].trim(), f[1], f[2].trim()));
      }
    }
    return out;
  }

  /** The CASE code of a snippet and the coding behind it. */
  public Classified classify(String text) {
    TypeCoder.Coding coding = coder.code(text);
    return new Classified(codes.get(coding.outcome()), coding);
  }

  /** Accuracy, support-weighted F1 and macro F1 over the gold classes of paired labels. */
  public static Map<String, Double> scores(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted differ in length");
    }
    TreeSet<String> classes = new TreeSet<>(gold);
    double correct = 0;
    double weighted = 0;
    double macro = 0;
    for (int i = 0; i < gold.size(); i++) {
      correct += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
    }
    for (String c : classes) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < gold.size(); i++) {
        boolean g = gold.get(i).equals(c);
        boolean p = predicted.get(i).equals(c);
        tp += g && p ? 1 : 0;
        fp += !g && p ? 1 : 0;
        fn += g && !p ? 1 : 0;
      }
      double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      macro += f1;
      weighted += f1 * (tp + fn);
    }
    Map<String, Double> out = new LinkedHashMap<>();
    int n = gold.size();
    out.put("accuracy", n == 0 ? 0 : correct / n);
    out.put("weighted_f1", n == 0 ? 0 : weighted / n);
    out.put("macro_f1", classes.isEmpty() ? 0 : macro / classes.size());
    return out;
  }

  /**
   * Runs the evaluation on FILE ("all", "even" or "odd" ids) and prints a table by gold code (support, correct),
   * then, when {@code errors} is above 0, that many misclassified snippets, then one JSON line.
   */
  public static void run(Path file, String half, int errors, PrintStream out) throws IOException {
    List<Snippet> snippets;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      snippets = read(r);
    }
    Case2021Eval eval = new Case2021Eval();
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    Map<String, int[]> perClass = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (Snippet s : snippets) {
      if (!inHalf(s.id(), half)) {
        continue;
      }
      Classified c = eval.classify(s.text());
      gold.add(s.code());
      predicted.add(c.code());
      int[] counts = perClass.computeIfAbsent(s.code(), k -> new int[2]);
      counts[0]++;
      counts[1] += c.code().equals(s.code()) ? 1 : 0;
      if (!c.code().equals(s.code()) && wrong.size() < errors) {
        wrong.add(errorLine(s, c));
      }
    }
    perClass.forEach((k, c) -> out.printf(Locale.ROOT, "%-32s %4d %4d%n", k, c[0], c[1]));
    wrong.forEach(out::println);
    Map<String, Double> s = scores(gold, predicted);
    out.printf(Locale.ROOT, "{\"n\": %d, \"accuracy\": %.4f, \"weighted_f1\": %.4f, \"macro_f1\": %.4f}%n",
        gold.size(), s.get("accuracy"), s.get("weighted_f1"), s.get("macro_f1"));
  }

  /** id, gold, ours, the rule's line and cue, and the snippet's start. */
  private static String errorLine(Snippet s, Classified c) {
    String cue = c.coding().cue().map(span -> span.of(s.text())).orElse("-");
    String start = s.text().length() > 140 ? s.text().substring(0, 140) + "..." : s.text();
    return String.format(Locale.ROOT, "%s\tgold %s\tours %s\tline %d\tcue \"%s\"\t%s", s.id(), s.code(), c.code(),
        c.coding().line(), cue, start);
  }

  static boolean inHalf(String id, String half) {
    if (half.equals("all")) {
      return true;
    }
    try {
      boolean even = Long.parseLong(id) % 2 == 0;
      return half.equals("even") == even;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
