// SPDX-License-Identifier: Apache-2.0
package org.placard.server.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.placard.bench.SyntheticReports;
import org.placard.pipeline.Extraction;
import org.placard.store.EventStore;
import org.placard.store.StoreException;

/** Fills a store with {@link SyntheticReports} through its ordinary batched, merging {@code save}. */
public final class GeneratedStore {
  private static final int BATCH_REPORTS = 500;

  private GeneratedStore() {}

  /**
   * Adds generated reports until about {@code events} events were written, unless the store holds events
   * already (then it is used as it is, so that one generated store serves many runs).
   *
   * @return the milliseconds it took, 0 when nothing was added
   */
  public static long fill(EventStore store, int events, PrintStream progress) throws StoreException {
    if (events < 1) {
      throw new IllegalArgumentException("events must be positive, not " + events);
    }
    if (store.eventCount() > 0) {
      return 0;
    }
    long start = System.nanoTime();
    int total = Math.max(1, events / SyntheticReports.EVENTS_PER_REPORT);
    SyntheticReports reports = new SyntheticReports(42, total);
    List<Extraction> batch = new ArrayList<>();
    for (int i = 1; i <= total; i++) {
      batch.add(reports.next());
      if (batch.size() == BATCH_REPORTS || i == total) {
        store.save(batch, List.of());
        batch.clear();
        progress.printf("generated %,d of %,d reports%n", i, total);
      }
    }
    return (System.nanoTime() - start) / 1_000_000;
  }
}
