// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.util.Map;
import java.util.Objects;

/**
 * What one timed pass of a pipeline over a corpus measured. Immutable.
 *
 * @param name         what ran ("placard", "corenlp")
 * @param reports      reports processed
 * @param bytes        their texts' size in UTF-8
 * @param events       events extracted
 * @param problems     problems recorded by the pipeline
 * @param nanos        wall-clock time of the pass
 * @param cpuNanos     CPU time the whole JVM used during the pass (workers, GC, JIT), or 0 where the JVM cannot
 *                     tell: on a machine shared with other work, reports per CPU second is the per-core rate
 * @param threads      worker threads
 * @param peakHeapMb   highest heap use sampled during the pass, MiB
 * @param poolPeaksMb  the heap pools' peaks summed, MiB: an upper bound of the peak
 * @param stageNanos   time spent in each stage, summed over threads, in pipeline order
 */
public record PassResult(
    String name, long reports, long bytes, long events, long problems, long nanos, long cpuNanos, int threads,
    double peakHeapMb, double poolPeaksMb, Map<String, Long> stageNanos) {

  public PassResult {
    Objects.requireNonNull(name, "name");
    stageNanos = Map.copyOf(stageNanos);
    if (reports < 0 || bytes < 0 || events < 0 || problems < 0 || nanos <= 0 || cpuNanos < 0 || threads < 1) {
      throw new IllegalArgumentException("counts must not be negative, time and threads must be positive");
    }
  }

  public double seconds() {
    return nanos / 1e9;
  }

  public double reportsPerSecond() {
    return reports / seconds();
  }

  /** Throughput in megabytes (10^6 bytes) of text per second. */
  public double mbPerSecond() {
    return bytes / 1e6 / seconds();
  }

  /** Reports per second of CPU time: what one core does when it is not shared; absent when CPU time is unknown. */
  public java.util.Optional<Double> reportsPerCpuSecond() {
    return cpuNanos == 0 ? java.util.Optional.empty() : java.util.Optional.of(reports / (cpuNanos / 1e9));
  }

  public double reportsPerSecondPerThread() {
    return reportsPerSecond() / threads;
  }
}
