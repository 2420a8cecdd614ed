// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.placard.server.MapTiles;
import org.placard.server.PlacardServer;
import org.placard.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code placard serve}: the REST API and the web page over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the REST API (/api/) and the web page (/) over the store, read-only by default.",
        "Endpoints that change data are off unless PLACARD_WRITE_TOKEN is set; clients then send it as a bearer token.",
        "The map is offline (bundled boundaries) unless --tiles names an online tile server."})
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--tiles", paramLabel = "URL-TEMPLATE",
      description = {"Show online map tiles under the bundled boundaries, e.g. " + MapTiles.OPENSTREETMAP
          + " (mind the provider's usage policy). Without it the page contacts no host but this server."})
  String tiles;

  @Option(names = "--tiles-attribution", paramLabel = "TEXT",
      description = "The tiles' attribution, shown on the map (default: OpenStreetMap's for its tiles, else the host).")
  String tilesAttribution;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Optional<MapTiles> mapTiles = mapTiles();
    try (EventStore db = store.open()) {
      serveUntilStopped(db, host, port, mapTiles, spec.commandLine().getOut());
      return 0;
    }
  }

  /** The tiles the options ask for; a bad template is a usage error (picocli's exit code 2). */
  private Optional<MapTiles> mapTiles() {
    if (tiles == null) {
      if (tilesAttribution != null) {
        throw new ParameterException(spec.commandLine(), "--tiles-attribution needs --tiles");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(tilesAttribution == null ? MapTiles.of(tiles) : new MapTiles(tiles, tilesAttribution));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--tiles: " + e.getMessage());
    }
  }

  /** Serves until the process is stopped (Ctrl-C). */
  static void serveUntilStopped(EventStore db, String host, int port, Optional<MapTiles> tiles, PrintWriter out)
      throws InterruptedException {
    Optional<String> token = Optional.ofNullable(System.getenv("PLACARD_WRITE_TOKEN")).filter(t -> !t.isBlank());
    CountDownLatch stopped = new CountDownLatch(1);
    try (PlacardServer server = PlacardServer.start(db, host, port, token, tiles)) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      out.printf("Serving the map on http://%s:%d/ (API under /api/, read-only%s; %s). Ctrl-C stops.%n",
          host.contains(":") ? "[" + host + "]" : host, server.port(),
          token.isPresent() ? "; writes need the token" : "", tiles.map(t -> "map tiles from " + t.cspSource()).orElse("offline map"));
      out.flush();
      stopped.await();
    }
  }
}
