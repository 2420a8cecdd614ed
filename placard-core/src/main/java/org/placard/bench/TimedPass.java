// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.placard.model.Report;
import org.placard.pipeline.Extraction;
import org.placard.pipeline.Ingestion;
import org.placard.pipeline.Pipeline;

/**
 * Runs a pipeline over every report of a {@link VariedCorpus} on N threads and measures it. Without a sink the
 * workers pull reports one at a time and keep no results (only counts), so memory stays flat however long the
 * run; with a sink the reports go through {@link Ingestion} in batches into it, as {@code placard ingest} does.
 */
final class TimedPass {
  private static final int BATCH = 1000;
  private static final long PROGRESS_FROM = 50_000;

  private TimedPass() {}

  static PassResult run(String name, Stages stages, VariedCorpus corpus, int threads,
      Optional<Ingestion.Sink> sink, Consumer<String> progress) {
    StageClock clock = new StageClock();
    Pipeline pipeline = clock.wrap(stages).pipeline();
    long step = corpus.size() >= PROGRESS_FROM ? corpus.size() / 10 : Long.MAX_VALUE;
    LongAdder bytes = new LongAdder();
    LongAdder events = new LongAdder();
    LongAdder problems = new LongAdder();
    long t0;
    long nanos;
    try (HeapSampler heap = HeapSampler.start()) {
      long cpu0 = cpuNanos();
      t0 = System.nanoTime();
      if (sink.isPresent()) {
        Ingestion ingestion = new Ingestion(pipeline, sink.get(), BATCH, threads);
        try (ingestion) {
          for (long i = 0; i < corpus.size(); i++) {
            ingestion.accept(corpus.get(i));
            bytes.add(corpus.bytes(i));
            report(progress, i + 1, step, t0);
          }
        }
        events.add(ingestion.counts().events());
        problems.add(ingestion.counts().problems());
      } else {
        AtomicLong next = new AtomicLong();
        Runnable worker = () -> {
          for (long i = next.getAndIncrement(); i < corpus.size(); i = next.getAndIncrement()) {
            Report report = corpus.get(i);
            Extraction done = pipeline.process(report);
            bytes.add(corpus.bytes(i));
            events.add(done.events().size());
            problems.add(done.problems().size());
            report(progress, i + 1, step, t0);
          }
        };
        runOn(threads, worker);
      }
      nanos = Math.max(1, System.nanoTime() - t0);
      long cpu = cpu0 == 0 ? 0 : Math.max(1, cpuNanos() - cpu0);
      heap.close();
      return new PassResult(name, corpus.size(), bytes.sum(), events.sum(), problems.sum(), nanos, cpu, threads,
          heap.peakMb(), heap.poolPeaksMb(), clock.nanos());
    }
  }

  /** CPU time of the whole JVM so far, or 0 when the platform does not say. */
  private static long cpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private static void report(Consumer<String> progress, long done, long step, long t0) {
    if (done % step == 0) {
      progress.accept(String.format("  %,d reports, %.1f s, heap in use %.0f MiB",
          done, (System.nanoTime() - t0) / 1e9, HeapSampler.usedNow() / (1024.0 * 1024.0)));
    }
  }

  private static void runOn(int threads, Runnable worker) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(worker));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a bench worker failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("bench interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
