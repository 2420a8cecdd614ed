// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run a bench. Immutable.
 *
 * @param corpus         corpus files and directories (see {@link CorpusReader})
 * @param repeat         how often the timed pass runs through the corpus, each time varied (see {@link VariedCorpus})
 * @param threads        worker threads
 * @param warmup         reports run before timing, so that the JIT has compiled the hot code
 * @param baseline       the {@link Baseline} to compare with, by name
 * @param baselineSample reports the baseline runs on, taken evenly over the corpus (a slow baseline on the whole
 *                       corpus would take hours for the same rate)
 * @param sample         when present, the whole bench runs on this many reports taken evenly over the corpus
 */
public record BenchOptions(
    List<Path> corpus, int repeat, int threads, int warmup, Optional<String> baseline, int baselineSample,
    Optional<Integer> sample) {

  public static final String USAGE = "--corpus PATH... [--repeat N] [--threads N] [--warmup N]"
      + " [--baseline NAME] [--baseline-sample N] [--sample N]";

  public BenchOptions {
    corpus = List.copyOf(corpus);
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(sample, "sample");
    if (sample.isPresent() && sample.get() < 1) {
      throw new IllegalArgumentException("sample must be positive");
    }
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("no corpus given: " + USAGE);
    }
    if (repeat < 1 || threads < 1 || warmup < 0 || baselineSample < 1) {
      throw new IllegalArgumentException("repeat, threads and baseline sample must be positive, warmup not negative");
    }
  }

  /** One pass over {@code corpus} on every core, with a warm-up of up to 2,000 reports and no baseline. */
  public static BenchOptions of(List<Path> corpus) {
    return new BenchOptions(corpus, 1, Runtime.getRuntime().availableProcessors(), 2000, Optional.empty(), 300, Optional.empty());
  }

  /** Reads command-line arguments ({@link #USAGE}); fails fast on anything it does not know. */
  public static BenchOptions parse(String... args) {
    List<Path> corpus = new ArrayList<>();
    BenchOptions o = of(List.of(Path.of(".")));
    int repeat = o.repeat();
    int threads = o.threads();
    int warmup = o.warmup();
    Optional<String> baseline = Optional.empty();
    int baselineSample = o.baselineSample();
    Optional<Integer> sample = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> {
          while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
            corpus.add(Path.of(args[++i]));
          }
        }
        case "--repeat" -> repeat = number(args, ++i);
        case "--threads" -> threads = number(args, ++i);
        case "--warmup" -> warmup = number(args, ++i);
        case "--baseline" -> baseline = Optional.of(value(args, ++i));
        case "--baseline-sample" -> baselineSample = number(args, ++i);
        case "--sample" -> sample = Optional.of(number(args, ++i));
        default -> throw new IllegalArgumentException("unknown option " + args[i] + ": " + USAGE);
      }
    }
    return new BenchOptions(corpus, repeat, threads, warmup, baseline, baselineSample, sample);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value: " + USAGE);
    }
    return args[i];
  }

  private static int number(String[] args, int i) {
    String v = value(args, i);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(args[i - 1] + " needs a whole number, not " + v, e);
    }
  }
}
