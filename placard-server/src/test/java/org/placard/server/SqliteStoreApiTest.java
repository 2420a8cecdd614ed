// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placard.store.EventStore;
import org.placard.store.EventStores;

/** The API answers the same over the real SQLite store as over the in-memory fake, and sees new batches soon. */
class SqliteStoreApiTest {

  @Test
  void servesTheSampleFromSqliteAndSeesLaterBatches(@TempDir Path dir) throws Exception {
    List<org.placard.pipeline.Extraction> sample = SampleEvents.extractions();
    try (EventStore store = EventStores.open(dir.resolve("placard.db").toString());
        PlacardServer server = PlacardServer.start(store, "127.0.0.1", 0, Optional.empty())) {
      store.save(sample.subList(0, 1), List.of());
      ApiClient api = new ApiClient(server.port());
      assertThat(api.json("/api/events").get("total").asInt()).isEqualTo(12);

      store.save(sample, List.of());
      long deadline = System.nanoTime() + 5 * EventCache.RECHECK_NANOS;
      while (api.json("/api/events").get("total").asInt() != 24 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(api.json("/api/events").get("total").asInt()).as("seen within a second").isEqualTo(24);
      assertThat(api.json("/api/events?country=ir&form=graffiti").get("total").asInt()).isEqualTo(5);
      assertThat(api.json("/api/events?since=2020-11-01&until=2020-11-04").get("total").asInt()).isEqualTo(5);
      JsonNode event = api.json("/api/events/" + api.json("/api/events?q=pensions").get("events").get(0)
          .get("event_id").asText());
      assertThat(event.get("reports")).hasSize(2);
      assertThat(event.get("reports").get(1).get("title").asText()).isEqualTo(SampleEvents.HOSTILE_TITLE);
    }
  }
}
