// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.placard.pipeline.Ingestion;

class ProgressLineTest {
  private final StringWriter text = new StringWriter();
  private final AtomicLong now = new AtomicLong(0);

  private ProgressLine line(boolean terminal) {
    return new ProgressLine(new PrintWriter(text), terminal, now::get, Duration.ofSeconds(60));
  }

  private void advance(Duration d) {
    now.addAndGet(d.toNanos());
  }

  @Test
  void aTerminalLineIsRedrawnInPlaceWithTheRateAndElapsedTime() {
    ProgressLine progress = line(true);
    advance(Duration.ofSeconds(10));
    progress.update(new Ingestion.Counts(5_000, 4_000, 120, 3));
    advance(Duration.ofMillis(100));
    progress.update(new Ingestion.Counts(5_100, 4_100, 121, 3)); // too soon: not drawn
    advance(Duration.ofMillis(64_900));
    progress.finish(new Ingestion.Counts(30_000, 29_000, 700, 9));

    assertThat(text.toString())
        .startsWith("\r5,000 reports read (4,000 new), 120 events, 500 reports/s, 0:00:10")
        .contains("\r30,000 reports read (29,000 new), 700 events, 400 reports/s, 0:01:15")
        .doesNotContain("5,100")
        .endsWith(System.lineSeparator());
  }

  @Test
  void offATerminalALineIsLoggedOnlyAfterTheLogIntervalAndAShortRunStaysQuiet() {
    ProgressLine quiet = line(false);
    advance(Duration.ofSeconds(20));
    quiet.update(new Ingestion.Counts(10, 10, 1, 0));
    quiet.finish(new Ingestion.Counts(10, 10, 1, 0));
    assertThat(text.toString()).isEmpty();

    ProgressLine logged = line(false);
    advance(Duration.ofSeconds(61));
    logged.update(new Ingestion.Counts(6_100, 6_100, 10, 0));
    logged.finish(new Ingestion.Counts(6_200, 6_200, 11, 0));
    assertThat(text.toString().lines()).hasSize(2).first().asString().startsWith("6,100 reports read");
  }
}
