// SPDX-License-Identifier: Apache-2.0
package org.placard.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void percentilesAreNearestRankInMilliseconds() {
    long[] nanos = LongStream.rangeClosed(1, 100).map(i -> i * 1_000_000L).toArray();
    // shuffled order must not matter
    long[] reversed = LongStream.rangeClosed(1, 100).map(i -> (101 - i) * 1_000_000L).toArray();

    for (long[] sample : new long[][] {nanos, reversed}) {
      Latencies l = Latencies.of(sample);
      assertThat(l.count()).isEqualTo(100);
      assertThat(l.p50()).isEqualTo(50.0);
      assertThat(l.p90()).isEqualTo(90.0);
      assertThat(l.p99()).isEqualTo(99.0);
      assertThat(l.max()).isEqualTo(100.0);
    }
  }

  @Test
  void oneLatencyIsEveryPercentile() {
    Latencies l = Latencies.of(new long[] {2_500_000L});
    assertThat(l.p50()).isEqualTo(2.5);
    assertThat(l.p99()).isEqualTo(2.5);
  }

  @Test
  void nothingToSummariseIsRefused() {
    assertThatThrownBy(() -> Latencies.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
  }
}
