// SPDX-License-Identifier: Apache-2.0
package org.placard.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.placard.bench.Baseline;
import org.placard.eval.TimemlDocument.Timex;
import org.placard.extract.RuleEventExtractor;
import org.placard.geo.GazetteerGeoparser;
import org.placard.geo.GeoNamesGazetteer;
import org.placard.time.RuleTimeTagger;
import org.placard.time.TimeMention;
import org.placard.time.TimeTagger;

/**
 * Scores a {@link TimeTagger} on a tree of TimeML files (TempEval-3 format: TimeBank, AQUAINT) with
 * TempEval-3's measures: extraction F1 with exact spans (strict) and overlapping spans (relaxed); value F1,
 * where a hit needs an overlapping span and the same value string (TempEval-3's attribute F1 for "value");
 * and the accuracy of the type over relaxed matches. Each document's creation time is the anchor.
 *
 * <p>Run on a sub-folder to score a split: {@code TimemlEval ../shared/eval/temporal/TBAQ-cleaned/AQUAINT}, and
 * with {@code --even} or {@code --odd} on half its files. With {@code --errors} it also prints every missed,
 * spurious and mis-valued expression, with its offset.
 */
public final class TimemlEval {

  /** The measures, with {@code n} the number of gold expressions. */
  public record Result(int documents, int n, int found, Score strict, Score relaxed, Score value,
      double typeAccuracy) {}

  /** Precision, recall and F1 of one measure. */
  public record Score(double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  private TimemlEval() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: TimemlEval <dir of .tml files> [--errors] [--even|--odd] [--baseline NAME]");
      System.exit(2);
    }
    List<String> flags = List.of(args).subList(1, args.length);
    String half = flags.contains("--even") ? "even" : flags.contains("--odd") ? "odd" : "all";
    int named = flags.indexOf("--baseline");
    Optional<String> baseline = named < 0 || named + 1 >= flags.size() ? Optional.empty()
        : Optional.of(flags.get(named + 1));
    run(Path.of(args[0]), half, tagger(baseline), System.out, flags.contains("--errors"));
  }

  /** Placard's rule tagger, or the time tagger of the named {@link Baseline} (CoreNLP's SUTime). */
  public static TimeTagger tagger(Optional<String> baseline) throws IOException {
    if (baseline.isEmpty()) {
      return new RuleTimeTagger();
    }
    // the baseline's other stages are built but unused
    return Baseline.named(baseline.get())
        .stages(new GazetteerGeoparser(GeoNamesGazetteer.loadDefault()), new RuleEventExtractor()).timeTagger();
  }

  /** Scores the rule tagger on every .tml file under {@code dir}, printing a table and a JSON line. */
  public static Result run(Path dir, PrintStream out) throws IOException {
    return run(dir, new RuleTimeTagger(), out, false);
  }

  public static Result run(Path dir, TimeTagger tagger, PrintStream out, boolean errors) throws IOException {
    return run(dir, "all", tagger, out, errors);
  }

  /**
   * Scores {@code tagger} on the .tml files under {@code dir}, or on one half of them for held-out checks:
   * {@code half} is "all", "even" or "odd", the files at even or odd places (counting from 0) in path order.
   * Run on a split's own folder ("AQUAINT"), "even" and "odd" are two halves of its files.
   */
  public static Result run(Path dir, String half, TimeTagger tagger, PrintStream out, boolean errors)
      throws IOException {
    Objects.requireNonNull(tagger, "tagger");
    if (!List.of("all", "even", "odd").contains(Objects.requireNonNull(half, "half"))) {
      throw new IllegalArgumentException("half must be all, even or odd: " + half);
    }
    if (!Files.isDirectory(dir)) {
      throw new IOException("not a directory of TimeML files: " + dir);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    if (!half.equals("all")) {
      int parity = half.equals("even") ? 0 : 1;
      files = IntStream.range(0, files.size()).filter(i -> i % 2 == parity)
          .mapToObj(files::get).toList();
    }
    Tally t = new Tally();
    for (Path file : files) {
      TimemlDocument doc = TimemlDocument.read(file);
      List<TimeMention> found = tagger.tag(doc.text(), doc.anchor());
      t.add(doc, found, errors ? out : null);
    }
    Result r = t.result(files.size());
    print(r, dir, out);
    return r;
  }

  private static void print(Result r, Path dir, PrintStream out) {
    out.printf(Locale.ROOT, "TimeML evaluation of %s: %d documents, %d gold TIMEX3, %d found%n",
        dir, r.documents(), r.n(), r.found());
    out.printf(Locale.ROOT, "%-22s %9s %9s %9s%n", "measure", "precision", "recall", "F1");
    for (Object[] row : new Object[][] {{"extraction (strict)", r.strict()}, {"extraction (relaxed)", r.relaxed()},
        {"value", r.value()}}) {
      Score s = (Score) row[1];
      out.printf(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f%n", row[0], s.precision(), s.recall(), s.f1());
    }
    out.printf(Locale.ROOT, "%-22s %29.3f%n", "type accuracy", r.typeAccuracy());
    ObjectNode json = new ObjectMapper().createObjectNode();
    json.put("documents", r.documents()).put("n", r.n()).put("found", r.found());
    json.put("extract_strict_f1", round(r.strict().f1())).put("extract_relaxed_f1", round(r.relaxed().f1()));
    json.put("extract_relaxed_precision", round(r.relaxed().precision()))
        .put("extract_relaxed_recall", round(r.relaxed().recall()));
    json.put("value_f1", round(r.value().f1())).put("value_precision", round(r.value().precision()))
        .put("value_recall", round(r.value().recall()));
    json.put("type_accuracy", round(r.typeAccuracy()));
    out.println(json);
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }

  /** Counts over all documents; each side (gold, found) is credited separately, as TempEval-3 does. */
  private static final class Tally {
    int gold;
    int found;
    int strictGold;
    int strictFound;
    int relaxedGold;
    int relaxedFound;
    int valueGold;
    int valueFound;
    int typed;
    int typeRight;

    void add(TimemlDocument doc, List<TimeMention> mentions, PrintStream errors) {
      gold += doc.gold().size();
      found += mentions.size();
      for (Timex g : doc.gold()) {
        List<TimeMention> over = new ArrayList<>();
        for (TimeMention m : mentions) {
          if (m.span().overlaps(g.span())) {
            over.add(m);
          }
        }
        strictGold += over.stream().anyMatch(m -> m.span().equals(g.span())) ? 1 : 0;
        relaxedGold += over.isEmpty() ? 0 : 1;
        boolean valued = over.stream().anyMatch(m -> m.value().orElse("").equals(g.value()));
        valueGold += valued ? 1 : 0;
        if (!over.isEmpty()) {
          typed++;
          typeRight += over.get(0).type().name().equals(g.type()) ? 1 : 0;
        }
        if (errors != null && !valued) {
          errors.printf("%s\t%s\t%s\t%s\tgot %s\t@%d%n", over.isEmpty() ? "MISSED" : "VALUE", doc.name(), g.text(),
              g.value(), over.stream().map(m -> m.text() + "=" + m.value().orElse("?")).toList(), g.span().start());
        }
      }
      for (TimeMention m : mentions) {
        List<Timex> over = doc.gold().stream().filter(g -> g.span().overlaps(m.span())).toList();
        strictFound += over.stream().anyMatch(g -> g.span().equals(m.span())) ? 1 : 0;
        relaxedFound += over.isEmpty() ? 0 : 1;
        valueFound += over.stream().anyMatch(g -> g.value().equals(m.value().orElse(""))) ? 1 : 0;
        if (errors != null && over.isEmpty()) {
          errors.printf("SPURIOUS\t%s\t%s\t%s\t@%d%n", doc.name(), m.text(), m.value().orElse("?"),
              m.span().start());
        }
      }
    }

    Result result(int documents) {
      return new Result(documents, gold, found, score(strictFound, strictGold), score(relaxedFound, relaxedGold),
          score(valueFound, valueGold), typed == 0 ? 0 : (double) typeRight / typed);
    }

    private Score score(int rightFound, int rightGold) {
      return new Score(found == 0 ? 0 : (double) rightFound / found, gold == 0 ? 0 : (double) rightGold / gold);
    }
  }
}
