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
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.placard.model.Event;
import org.placard.model.Report;
import org.placard.pipeline.Pipeline;

/**
 * CASE 2021 Task 2 (ACLED sub-event type of a snippet): the pipeline's event type, mapped to a CASE code, and
 * when the pipeline finds no event, the first matching keyword cue of {@code case2021-cues.tsv}. Stateless
 * apart from the read-only cue table; safe to share.
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

  private final Map<String, String> subTypeToCode = new LinkedHashMap<>();
  private final List<String[]> cues = new ArrayList<>();

  public Case2021Eval() {
    try (InputStream in = Case2021Eval.class.getResourceAsStream("case2021-cues.tsv")) {
      if (in == null) {
        throw new IllegalStateException("case2021-cues.tsv missing from the classpath");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t");
        if (line.startsWith("#") || f.length != 3) {
          continue;
        }
        if (f[0].equals("map")) {
          subTypeToCode.put(f[1], f[2]);
        } else {
          cues.add(new String[] {f[1], f[2]});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  /** The CASE code for a snippet, or "OTHER" when nothing matches. */
  public String classify(String text, Optional<Pipeline> pipeline) {
    if (pipeline.isPresent()) {
      for (Event e : pipeline.get().process(Report.ofText(text, "case2021")).events()) {
        String code = subTypeToCode.get(e.type().subEventType());
        if (code != null) {
          return code;
        }
      }
    }
    String folded = text.toLowerCase(Locale.ROOT);
    for (String[] cue : cues) {
      if (folded.matches("(?s).*\\b" + java.util.regex.Pattern.quote(cue[0]) + ".*")) {
        return cue[1];
      }
    }
    return "OTHER";
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

  /** Runs the evaluation on FILE ("all", "even" or "odd" ids) and prints a table, then one JSON line. */
  public static void run(Path file, String half, Optional<Pipeline> pipeline, PrintStream out) throws IOException {
    List<Snippet> snippets;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      snippets = read(r);
    }
    Case2021Eval eval = new Case2021Eval();
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    Map<String, int[]> perClass = new TreeMap<>();
    for (Snippet s : snippets) {
      if (!inHalf(s.id(), half)) {
        continue;
      }
      String p = eval.classify(s.text(), pipeline);
      gold.add(s.code());
      predicted.add(p);
      int[] c = perClass.computeIfAbsent(s.code(), k -> new int[2]);
      c[0]++;
      c[1] += p.equals(s.code()) ? 1 : 0;
    }
    perClass.forEach((k, c) -> out.printf(Locale.ROOT, "%-32s %4d %4d%n", k, c[0], c[1]));
    Map<String, Double> s = scores(gold, predicted);
    out.printf(Locale.ROOT, "{\"n\": %d, \"accuracy\": %.4f, \"weighted_f1\": %.4f, \"macro_f1\": %.4f}%n",
        gold.size(), s.get("accuracy"), s.get("weighted_f1"), s.get("macro_f1"));
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
