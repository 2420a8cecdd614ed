// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.placard.eval.Case2021Eval;
import org.placard.eval.GeoparseCorpus;
import org.placard.eval.GeoparseEval;
import org.placard.eval.MassMobilizationEval;
import org.placard.eval.TimemlEval;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code placard eval}: accuracy on human-annotated gold data, each ending with one line of JSON. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure accuracy on gold data: prints a table, then one JSON object as the last line.",
    subcommands = {EvalCommand.Geoparse.class, EvalCommand.Timeml.class, EvalCommand.Case2021.class, EvalCommand.Mm.class, CommandLine.HelpCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code placard eval geoparse}. */
  @Command(name = "geoparse", mixinStandardHelpOptions = true,
      description = {"Place recognition and resolution on GeoWebNews, GeoVirus or gaztag-format gold.",
          "JSON keys: n, acc161, country_acc, median_km, mean_km, ner_precision, ner_recall, ner_f1, e2e_acc161."})
  static final class Geoparse implements Callable<Integer> {
    @Option(names = "--format", required = true, description = "gwn, geovirus or gaztag.")
    String format;

    @Option(names = "--articles", defaultValue = "all",
        description = "all, even or odd: half the articles, for held-out checks (default: ${DEFAULT-VALUE}).")
    String articles;

    @Option(names = "--errors", defaultValue = "0",
        description = "Also list the resolution errors by cause, with the N most frequent names of each "
            + "(gold point, our pick, its feature code, distance, context); 0 lists none (default: ${DEFAULT-VALUE}).")
    int errors;

    @Option(names = "--baseline", paramLabel = "NAME",
        description = "Score a baseline found on the classpath instead (corenlp: the optional placard-corenlp module).")
    Optional<String> baseline;

    @Parameters(paramLabel = "FILE", description = "The gold file.")
    Path file;

    @Override
    public Integer call() throws Exception {
      GeoparseCorpus.Format f;
      try {
        f = GeoparseCorpus.Format.valueOf(format.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown --format '" + format + "': use gwn, geovirus or gaztag");
      }
      if (!java.util.List.of("all", "even", "odd").contains(articles)) {
        throw new IllegalArgumentException("--articles must be all, even or odd");
      }
      if (errors < 0) {
        throw new IllegalArgumentException("--errors must be 0 or more");
      }
      GeoparseEval.run(file, f, articles, errors, baseline, System.out);
      return 0;
    }
  }

  /** {@code placard eval timeml}. */
  @Command(name = "timeml", mixinStandardHelpOptions = true,
      description = {"Time expression extraction and normalisation on TimeML (TempEval-3) files under DIR.",
          "JSON keys: n, extract_strict_f1, extract_relaxed_f1, value_f1, type_accuracy."})
  static final class Timeml implements Callable<Integer> {
    @Option(names = "--half", defaultValue = "all",
        description = "all, even or odd: the files at even or odd places in path order (default: ${DEFAULT-VALUE}).")
    String half;

    @Option(names = "--errors", description = "Also print every missed, spurious and mis-valued expression.")
    boolean errors;

    @Option(names = "--baseline", paramLabel = "NAME",
        description = "Score a baseline found on the classpath instead (corenlp: the optional placard-corenlp module).")
    Optional<String> baseline;

    @Parameters(paramLabel = "DIR", description = "A folder of .tml files, read recursively.")
    Path dir;

    @Override
    public Integer call() throws Exception {
      if (!java.util.List.of("all", "even", "odd").contains(half)) {
        throw new IllegalArgumentException("--half must be all, even or odd");
      }
      TimemlEval.run(dir, half, TimemlEval.tagger(baseline), System.out, errors);
      return 0;
    }
  }

  /** {@code placard eval case2021}. */
  @Command(name = "case2021", mixinStandardHelpOptions = true,
      description = {"CASE 2021 Task 2 sub-event types: each snippet coded by the ACLED type rules.",
          "JSON keys: n, accuracy, weighted_f1, macro_f1."})
  static final class Case2021 implements Callable<Integer> {
    @Option(names = "--half", defaultValue = "all",
        description = "all, even or odd ids, for held-out checks (default: ${DEFAULT-VALUE}).")
    String half;

    @Option(names = "--errors", defaultValue = "0",
        description = "Also list N misclassified snippets (id, gold, ours, the rule's line and cue, the snippet's "
            + "start); 0 lists none (default: ${DEFAULT-VALUE}).")
    int errors;

    @Parameters(paramLabel = "FILE", description = "The task TSV (id, EventSnippet, SubType).")
    Path file;

    @Override
    public Integer call() throws Exception {
      if (!java.util.List.of("all", "even", "odd").contains(half)) {
        throw new IllegalArgumentException("--half must be all, even or odd");
      }
      if (errors < 0) {
        throw new IllegalArgumentException("--errors must be 0 or more");
      }
      Case2021Eval.run(file, half, errors, System.out);
      return 0;
    }
  }

  /** {@code placard eval mm}. */
  @Command(name = "mm", mixinStandardHelpOptions = true,
      description = {"Mass Mobilization rows: the pipeline on each row's notes against its gold date, place, size",
          "and violence. JSON keys: n, date_acc, location_acc, participants_acc, violence_acc,",
          "demand_macro_f1, response_macro_f1 (null: not extracted yet)."})
  static final class Mm implements Callable<Integer> {
    @Option(names = "--half", defaultValue = "all", description = "all, even or odd ids (default: ${DEFAULT-VALUE}).")
    String half;

    @Option(names = "--rows", defaultValue = "2147483647", description = "Evenly sample at most N rows.")
    int rows;

    @Option(names = "--errors", description = "Also print each row whose date or place is missed.")
    boolean errors;

    @Parameters(paramLabel = "FILE", description = "The Mass Mobilization CSV.")
    Path file;

    @Override
    public Integer call() throws Exception {
      if (!java.util.List.of("all", "even", "odd").contains(half) || rows < 1) {
        throw new IllegalArgumentException("--half must be all, even or odd; --rows at least 1");
      }
      MassMobilizationEval.run(file, half, rows, org.placard.pipeline.Pipelines.standard(), errors,
          System.out);
      return 0;
    }
  }
}
