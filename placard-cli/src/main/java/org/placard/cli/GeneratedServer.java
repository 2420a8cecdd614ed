// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.placard.server.PlacardServer;
import org.placard.server.bench.GeneratedStore;
import org.placard.store.EventStore;
import org.placard.store.EventStores;
import org.placard.store.StoreException;

/**
 * The server benchmarks' subject: a store of generated events ({@code --db}, filled only when empty, or a
 * temporary file deleted at close) served on a free loopback port, read-only.
 */
final class GeneratedServer implements AutoCloseable {
  private final Optional<Path> temporary;
  private final EventStore store;
  private final PlacardServer server;
  final long fillMs;

  GeneratedServer(Optional<String> db, int events, PrintStream progress) throws StoreException, IOException {
    temporary = db.isPresent() ? Optional.empty() : Optional.of(Files.createTempDirectory("placard-bench"));
    store = EventStores.open(db.orElseGet(() -> temporary.get().resolve("bench.db").toString()));
    try {
      fillMs = GeneratedStore.fill(store, events, progress);
      server = PlacardServer.start(store, "127.0.0.1", 0, Optional.empty());
    } catch (StoreException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  EventStore store() {
    return store;
  }

  @Override
  public void close() throws StoreException {
    try {
      server.close();
      store.close();
    } finally {
      temporary.ifPresent(GeneratedServer::delete);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
