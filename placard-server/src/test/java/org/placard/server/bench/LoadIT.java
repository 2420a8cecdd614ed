// SPDX-License-Identifier: Apache-2.0
package org.placard.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placard.model.Event;
import org.placard.server.PlacardServer;
import org.placard.store.EventQuery;
import org.placard.store.EventStore;
import org.placard.store.EventStores;
import org.placard.store.StoreException;

/**
 * Many concurrent clients against a real server over a real SQLite store: every request is answered, and
 * answered 200, with nothing lost or refused. A smaller run than {@code placard bench load}, which measures.
 */
class LoadIT {
  @TempDir Path dir;

  @Test
  void sixtyFourConnectionsGetEveryAnswer() throws StoreException, InterruptedException, IOException {
    try (EventStore store = EventStores.open(dir.resolve("load.db").toString());
        PrintStream quiet = new PrintStream(Files.newOutputStream(dir.resolve("progress.txt")))) {
      GeneratedStore.fill(store, 3_000, quiet);
      List<String> ids = store.events(EventQuery.all()).stream().map(Event::id).toList();
      try (PlacardServer server = PlacardServer.start(store, "127.0.0.1", 0, Optional.empty())) {
        LoadTest.Result r = LoadTest.run(URI.create("http://127.0.0.1:" + server.port() + "/"), 6_000, 64, ids);

        assertThat(r.failures()).as("requests without an answer").isZero();
        assertThat(r.statuses()).isEqualTo(Map.of(200, 6_000L));
        assertThat(r.errors()).isZero();
        assertThat(r.latencies().count()).isEqualTo(6_000);
      }
    }
  }

  @Test
  void aStoreIsFilledToTheEventsAskedForOnce() throws StoreException, IOException {
    try (EventStore store = EventStores.open(dir.resolve("gen.db").toString());
        PrintStream quiet = new PrintStream(Files.newOutputStream(dir.resolve("progress.txt")))) {
      long ms = GeneratedStore.fill(store, 2_000, quiet);
      long stored = store.eventCount();

      assertThat(ms).isPositive();
      assertThat(stored).as("at least the events asked for, and not many more").isBetween(2_000L, 2_200L);
      assertThat(GeneratedStore.fill(store, 2_000, quiet)).as("a filled store is used as it is").isZero();
      assertThat(store.eventCount()).isEqualTo(stored);
    }
  }
}
