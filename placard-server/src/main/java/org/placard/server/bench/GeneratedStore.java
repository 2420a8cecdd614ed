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
   * Adds generated reports until the store holds at least {@code events} events, unless it holds events already
   * (then it is used as it is, so that one generated store serves many runs). Some generated events merge, as
   * news does, so a few more are generated than asked for.
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
    int planned = Math.max(1, (int) (events * 1.1) / SyntheticReports.EVENTS_PER_REPORT);
    SyntheticReports reports = new SyntheticReports(42, planned);
    List<Extraction> batch = new ArrayList<>();
    long stored = 0;
    for (int i = 1; stored < events; i++) {
      batch.add(reports.next());
      if (batch.size() == BATCH_REPORTS || i >= planned) {
        store.save(batch, List.of());
        batch.clear();
        stored = store.eventCount();
        progress.printf("generated %,d reports, %,d events stored%n", i, stored);
      }
    }
    return (System.nanoTime() - start) / 1_000_000;
  }
}
