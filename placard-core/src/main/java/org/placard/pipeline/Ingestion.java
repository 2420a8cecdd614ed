// SPDX-License-Identifier: Apache-2.0
package org.placard.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * Feeds reports through the pipeline in batches and hands each finished batch to a sink (a store) in one
 * call, so that a batch is stored whole or not at all. Reports the sink already holds are skipped before any
 * work is done on them, which makes a repeated or resumed run cheap and free of duplicates.
 *
 * <p>Reports of a batch are processed in parallel on a pool of its own; batches are written one at a time
 * from the calling thread. Not thread-safe: one thread calls {@link #accept} and {@link #problem}.
 */
public final class Ingestion implements AutoCloseable {

  /** Where finished batches go. */
  public interface Sink {
    /** Those of {@code reportIds} already stored. */
    Set<String> known(Collection<String> reportIds) throws IOException;

    /** Stores a batch atomically. */
    void save(List<Extraction> batch, List<Problem> inputProblems) throws IOException;
  }

  /** Counts of one run, so far. */
  public record Counts(long reportsRead, long reportsNew, long events, long problems) {}

  private final Pipeline pipeline;
  private final Sink sink;
  private final int batchSize;
  private final ForkJoinPool pool;
  private final Consumer<Counts> afterBatch;
  private final Map<String, Report> pending = new LinkedHashMap<>();
  private final List<Problem> pendingProblems = new ArrayList<>();
  private long reportsRead;
  private long reportsNew;
  private long events;
  private long problems;

  public Ingestion(Pipeline pipeline, Sink sink, int batchSize, int parallelism) {
    this(pipeline, sink, batchSize, parallelism, counts -> { });
  }

  /** As above, and tells {@code afterBatch} the counts so far each time a batch is stored (for a progress line). */
  public Ingestion(Pipeline pipeline, Sink sink, int batchSize, int parallelism, Consumer<Counts> afterBatch) {
    this.afterBatch = Objects.requireNonNull(afterBatch, "afterBatch");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.sink = Objects.requireNonNull(sink, "sink");
    if (batchSize < 1 || parallelism < 1) {
      throw new IllegalArgumentException("batch size and parallelism must be positive");
    }
    this.batchSize = batchSize;
    this.pool = new ForkJoinPool(parallelism);
  }

  /** Takes one report; writes a batch when enough have gathered. */
  public void accept(Report report) {
    reportsRead++;
    pending.putIfAbsent(report.id(), report);
    if (pending.size() >= batchSize) {
      flush();
    }
  }

  /** Takes a problem met while reading inputs; it is stored with the next batch. */
  public void problem(Problem problem) {
    pendingProblems.add(problem);
    problems++;
  }

  /** Processes and stores whatever is pending. */
  public void flush() {
    if (pending.isEmpty() && pendingProblems.isEmpty()) {
      return;
    }
    try {
      Set<String> known = sink.known(pending.keySet());
      List<Report> fresh = pending.values().stream().filter(r -> !known.contains(r.id())).toList();
      List<Extraction> done = pool.submit(() -> fresh.parallelStream().map(pipeline::process).toList()).join();
      sink.save(done, List.copyOf(pendingProblems));
      reportsNew += done.size();
      for (Extraction e : done) {
        events += e.events().size();
        problems += e.problems().size();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pending.clear();
    pendingProblems.clear();
    afterBatch.accept(counts());
  }

  public Counts counts() {
    return new Counts(reportsRead, reportsNew, events, problems);
  }

  /** Flushes what is pending and stops the workers. */
  @Override
  public void close() {
    try {
      flush();
    } finally {
      pool.shutdown();
    }
  }
}
