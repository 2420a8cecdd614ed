// SPDX-License-Identifier: Apache-2.0
package org.placard.server.bench;

import java.util.Arrays;

/** Percentiles of request latencies, in milliseconds (nearest-rank). */
public record Latencies(int count, double p50, double p90, double p95, double p99, double max) {

  /** Summarises {@code nanos} (one latency per request; the array is sorted in place). */
  public static Latencies of(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no latencies to summarise");
    }
    Arrays.sort(nanos);
    return new Latencies(nanos.length, rank(nanos, 0.50), rank(nanos, 0.90), rank(nanos, 0.95), rank(nanos, 0.99),
        nanos[nanos.length - 1] / 1e6);
  }

  private static double rank(long[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
