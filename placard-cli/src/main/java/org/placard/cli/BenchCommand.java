// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.placard.bench.Bench;
import org.placard.bench.BenchOptions;
import org.placard.bench.Stages;
import org.placard.store.EventStore;
import org.placard.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code placard bench}: throughput on a corpus of real news text. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    subcommands = {BenchApiCommand.class, BenchLoadCommand.class},
    description = {"Run the pipeline over a corpus and measure throughput; prints a table, then one JSON object "
        + "(reports, reports_per_s, mb_per_s, events, peak_heap_mb; with --baseline also baseline_reports_per_s "
        + "and speedup) as the last line.",
        "The corpus may hold GeoWebNews/GeoVirus XML, TimeML files, CSV/TSV with a notes/text column, and any "
        + "ingestible file or folder.",
        "The server has its own benchmarks: bench api (query latency) and bench load (concurrent clients)."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--corpus", arity = "1..*", paramLabel = "PATH", description = "Corpus files or folders.")
  List<Path> corpus;

  @Option(names = "--repeat", defaultValue = "1", description = "Passes over the corpus, each varied so nothing is cached.")
  int repeat;

  @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--warmup", defaultValue = "2000", description = "Reports run before timing (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--sample", description = "Run on this many reports taken evenly over the corpus.")
  Integer sample;

  @Option(names = "--baseline", description = "Compare with a baseline: corenlp (built with -Pcorenlp).")
  String baseline;

  @Option(names = "--baseline-sample", defaultValue = "300", description = "Reports the baseline runs on (default: ${DEFAULT-VALUE}).")
  int baselineSample;

  @Option(names = "--store", paramLabel = "FILE|URL", description = "Also store the results here, through the same batches as ingest.")
  String store;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (corpus == null || corpus.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Missing required option: '--corpus=PATH' (or a subcommand: api, load)");
    }
    BenchOptions options = new BenchOptions(corpus, repeat,
        threads == null ? Runtime.getRuntime().availableProcessors() : threads, warmup, Optional.ofNullable(baseline),
        baselineSample, Optional.ofNullable(sample));
    if (store == null) {
      Bench.run(options, Stages.standard(), Optional.empty(), System.out);
      return 0;
    }
    try (EventStore db = EventStores.open(store)) {
      Bench.run(options, Stages.standard(), Optional.of(new StoreSink(db)), System.out);
      return 0;
    }
  }
}
