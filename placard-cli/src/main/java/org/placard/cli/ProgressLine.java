// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.placard.pipeline.Ingestion;

/**
 * The one-line progress display of a long ingest: reports read and new, events found, the rate, the time
 * so far. On a terminal the line is redrawn in place (carriage return) at most twice a second; elsewhere (a
 * log file, CI) a plain line is written at most every {@code logEvery}, so logs stay short. Writes to standard
 * error, so the summary on standard output stays machine-readable.
 */
final class ProgressLine {
  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier nanoClock;
  private final long everyNanos;
  private final long start;
  private long lastShown;
  private boolean shown;

  ProgressLine(PrintWriter err, boolean terminal, LongSupplier nanoClock, Duration logEvery) {
    this.err = Objects.requireNonNull(err, "err");
    this.terminal = terminal;
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    this.everyNanos = terminal ? Duration.ofMillis(500).toNanos() : logEvery.toNanos();
    this.start = nanoClock.getAsLong();
    this.lastShown = start;
  }

  /** Shows the counts if enough time has passed since the last time. */
  void update(Ingestion.Counts counts) {
    long now = nanoClock.getAsLong();
    if (now - lastShown < everyNanos) {
      return;
    }
    lastShown = now;
    draw(counts, now);
  }

  /** Shows the final counts and ends the line; a short run that never showed a line off a terminal stays quiet. */
  void finish(Ingestion.Counts counts) {
    if (!terminal && !shown) {
      return;
    }
    draw(counts, nanoClock.getAsLong());
    if (terminal) {
      err.println();
    }
    err.flush();
  }

  String line(Ingestion.Counts counts, long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    long s = (long) seconds;
    return String.format("%,d reports read (%,d new), %,d events, %,.0f reports/s, %d:%02d:%02d",
        counts.reportsRead(), counts.reportsNew(), counts.events(), counts.reportsRead() / seconds,
        s / 3600, s / 60 % 60, s % 60);
  }

  private void draw(Ingestion.Counts counts, long now) {
    String text = line(counts, now);
    if (terminal) {
      err.print("\r" + text + "   ");
    } else {
      err.println(text);
    }
    shown = true;
    err.flush();
  }
}
