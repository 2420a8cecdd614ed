// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.placard.model.Problem;
import org.placard.pipeline.Ingestion;

/**
 * Measures end-to-end throughput: reads a corpus, warms the pipeline up, then times it over the corpus
 * (repeated and varied if asked) on N threads, optionally into a store, and, if asked, times a baseline on an
 * even sample of the same corpus. Prints a table, then as its last line one JSON object
 * ({@link BenchResult#json()}). The entry point {@code placard bench} calls.
 */
public final class Bench {
  /** Reports the baseline runs before it is timed: enough to load lazily built models and warm the JIT. */
  private static final int BASELINE_WARMUP = 20;
  private static final int PROBLEMS_SHOWN = 5;

  private Bench() {}

  /**
   * {@code java org.placard.bench.Bench --corpus PATH... [--repeat N] [--threads N] [--warmup N]
   * [--baseline corenlp] [--baseline-sample N]}: Placard's standard stages, no store. Exits 2 on bad arguments
   * or a missing baseline, 1 when the corpus cannot be read.
   */
  public static void main(String[] args) {
    try {
      run(BenchOptions.parse(args), Stages.standard(), Optional.empty(), System.out);
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("placard bench: " + e.getMessage());
      System.exit(2);
    } catch (IOException e) {
      System.err.println("placard bench: cannot read the corpus: " + e);
      System.exit(1);
    }
  }

  /**
   * Runs the bench.
   *
   * @param options what to run
   * @param placard Placard's stages (the baseline reuses its place resolution and event extraction)
   * @param store   where the timed pass stores its results, through {@link Ingestion}; empty to keep only counts
   * @param out     where the table and the JSON line go
   * @throws IOException           when a corpus path cannot be read
   * @throws IllegalStateException when the baseline asked for is not on the classpath (the message says how to
   *                               build it)
   */
  public static BenchResult run(BenchOptions options, Stages placard, Optional<Ingestion.Sink> store, PrintStream out)
      throws IOException {
    Optional<Baseline> baseline = options.baseline().map(Baseline::named);
    Corpus read = CorpusReader.read(options.corpus());
    Corpus corpus = options.sample().map(read::sample).orElse(read);
    out.printf("corpus: %,d reports, %.1f MB from %s%n", corpus.reports().size(), corpus.bytes() / 1e6,
        options.corpus().stream().map(Object::toString).collect(Collectors.joining(" ")));
    showProblems(corpus.problems(), out);
    if (corpus.reports().isEmpty()) {
      throw new IllegalArgumentException("no report could be read from the corpus " + options.corpus());
    }
    int size = corpus.reports().size();
    long warmup = Math.min(options.warmup(), size);
    if (warmup > 0) {
      PassResult w = TimedPass.run("warm-up", placard, new VariedCorpus(corpus.reports(), warmup, 0),
          options.threads(), Optional.empty(), out::println);
      out.printf("warm-up: %,d reports in %.1f s%n", w.reports(), w.seconds());
    }
    long total = (long) size * options.repeat();
    out.printf("timing placard: %,d reports on %d threads%s%n", total, options.threads(),
        store.isPresent() ? ", stored" : "");
    PassResult timed = TimedPass.run("placard", placard, new VariedCorpus(corpus.reports(), total, 1),
        options.threads(), store, out::println);
    Optional<PassResult> compared = baseline.map(b -> runBaseline(b, placard, corpus, options, out));
    BenchResult result = new BenchResult(size, corpus.problems().size(), options.repeat(), timed, compared);
    out.print(result.table());
    out.println(result.json());
    return result;
  }

  private static PassResult runBaseline(
      Baseline baseline, Stages placard, Corpus corpus, BenchOptions options, PrintStream out) {
    out.printf("loading baseline %s%n", baseline.name());
    Stages stages = baseline.stages(placard.geoparser(), placard.extractor());
    Corpus sample = corpus.sample(options.baselineSample());
    int warmup = Math.min(BASELINE_WARMUP, sample.reports().size());
    TimedPass.run("warm-up", stages, new VariedCorpus(sample.reports(), warmup, 0), options.threads(),
        Optional.empty(), out::println);
    out.printf("timing %s: %,d reports on %d threads%n", baseline.name(), sample.reports().size(), options.threads());
    return TimedPass.run(baseline.name(), stages, new VariedCorpus(sample.reports(), sample.reports().size(), 1),
        options.threads(), Optional.empty(), out::println);
  }

  private static void showProblems(List<Problem> problems, PrintStream out) {
    if (problems.isEmpty()) {
      return;
    }
    out.printf("%,d parts of the corpus could not be read, for example:%n", problems.size());
    problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> out.printf("  %s: %s%n", p.input(), p.message()));
  }
}
