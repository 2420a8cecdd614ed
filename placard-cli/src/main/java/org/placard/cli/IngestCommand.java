// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.placard.ingest.IngestSummary;
import org.placard.ingest.ReportSources;
import org.placard.ingest.SourceDefaults;
import org.placard.pipeline.Ingestion;
import org.placard.pipeline.Pipelines;
import org.placard.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code placard ingest}: reads reports, finds their events, stores both. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read reports (text, HTML, JSON Lines, WARC, RSS/Atom; files, folders or - for stdin), "
        + "find their protest events and store them.",
        "Re-ingesting a report already stored adds nothing. Exit 1 when some inputs could not be read."})
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or - for stdin.")
  List<String> paths;

  @Option(names = "--outlet", description = "The outlet that published these reports (overrides what the input says).")
  String outlet;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "The reports' publication date, where the input gives none.")
  LocalDate published;

  @Option(names = "--url", description = "The reports' URL, where the input gives none.")
  String url;

  @Option(names = "--batch", defaultValue = "256", description = "Reports per stored batch (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
  Integer threads;

  /** When to show the progress line. */
  enum ProgressMode { auto, always, never }

  @Option(names = "--progress", defaultValue = "auto", description = "Progress on standard error: auto (a live line "
      + "on a terminal, a log line every minute otherwise), always (a line every second), never. Default: ${DEFAULT-VALUE}.")
  ProgressMode progress;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SourceDefaults defaults = new SourceDefaults(
        Optional.ofNullable(outlet), Optional.ofNullable(published), Optional.ofNullable(url));
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    try (EventStore db = store.open()) {
      Optional<ProgressLine> line = progressLine();
      Run run = run(db, paths, defaults, batch, workers, counts -> line.ifPresent(l -> l.update(counts)));
      line.ifPresent(l -> l.finish(run.counts()));
      run.print(out, store.location());
      return run.summary().unreadable() > 0 ? PlacardCommand.EXIT_SOME_UNREADABLE : 0;
    }
  }

  /** What one ingest did. */
  record Run(IngestSummary summary, Ingestion.Counts counts) {
    void print(PrintWriter out, String location) {
      out.printf("Read %d input(s): %d report(s), %d new; %d event(s) found; %d problem(s) recorded (placard problems).%n",
          summary.inputs(), counts.reportsRead(), counts.reportsNew(), counts.events(), counts.problems());
      if (summary.unreadable() > 0) {
        out.printf("%d of %d inputs could not be read.%n", summary.unreadable(), summary.inputs());
      }
      out.printf("Stored in %s.%n", location);
      out.flush();
    }
  }

  private Optional<ProgressLine> progressLine() {
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null;
    return switch (progress) {
      case never -> Optional.empty();
      case always -> Optional.of(new ProgressLine(err, false, System::nanoTime, Duration.ofSeconds(1)));
      case auto -> Optional.of(new ProgressLine(err, terminal, System::nanoTime, Duration.ofMinutes(1)));
    };
  }

  static Run run(EventStore db, List<String> paths, SourceDefaults defaults, int batch, int threads)
      throws java.io.IOException {
    return run(db, paths, defaults, batch, threads, counts -> { });
  }

  static Run run(EventStore db, List<String> paths, SourceDefaults defaults, int batch, int threads,
      Consumer<Ingestion.Counts> afterBatch) throws java.io.IOException {
    try (Ingestion ingestion = new Ingestion(Pipelines.standard(), new StoreSink(db), batch, threads, afterBatch)) {
      IngestSummary summary = new ReportSources(defaults).read(paths, ingestion::accept, ingestion::problem);
      ingestion.flush();
      return new Run(summary, ingestion.counts());
    }
  }
}
