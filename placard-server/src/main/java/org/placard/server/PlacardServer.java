// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.placard.export.ExportFormat;
import org.placard.store.EventStore;
import org.placard.store.StoreException;

/**
 * The HTTP server: the JSON API under {@code /api/} and the web page at {@code /}, over one {@link EventStore}.
 *
 * <p>Read-only unless started with a write token: endpoints that would change data answer 403 without one,
 * and 401 to a request that does not carry it as {@code Authorization: Bearer <token>}. Every response
 * carries a strict Content-Security-Policy: the page may reach no host but this server, unless the server was
 * started with {@link MapTiles}, whose one host it may then load images from. Closing the server stops it; the
 * store stays open (its owner closes it). Thread-safe.
 */
public final class PlacardServer implements AutoCloseable {
  /** The policy of a server without online tiles. */
  static final String CSP = csp(Optional.empty());

  private final Javalin app;

  private PlacardServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving {@code store} on {@code host:port} (port 0: any free port, see {@link #port()}).
   *
   * @param host       the address to bind: "127.0.0.1" keeps the server to this machine
   * @param writeToken the secret that endpoints changing data require; empty keeps the server read-only
   */
  public static PlacardServer start(EventStore store, String host, int port, Optional<String> writeToken) {
    return start(store, host, port, writeToken, Optional.empty());
  }

  /**
   * As {@link #start(EventStore, String, int, Optional)}, and the page shows {@code tiles} under its bundled
   * boundaries when present (the page then loads images from the tiles' host; without tiles it stays offline).
   */
  public static PlacardServer start(EventStore store, String host, int port, Optional<String> writeToken,
      Optional<MapTiles> tiles) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(writeToken, "writeToken");
    Objects.requireNonNull(tiles, "tiles");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535: " + port);
    }
    if (writeToken.isPresent() && writeToken.get().length() < 16) {
      throw new IllegalArgumentException("a write token must have at least 16 characters");
    }
    EventCache cache = new EventCache(store);
    EventRoutes events = new EventRoutes(store, cache);
    AggregateRoutes aggregates = new AggregateRoutes(store, cache);
    StaticAssets assets = new StaticAssets();
    OpenApi openApi = new OpenApi();

    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.defaultContentType = "application/json";
    });
    String csp = csp(tiles);
    app.before(ctx -> securityHeaders(ctx, csp));
    app.get("/api/events", events::list);
    app.get("/api/events.csv", ctx -> events.export(ctx, ExportFormat.CSV));
    app.get("/api/events.geojson", ctx -> events.export(ctx, ExportFormat.GEOJSON));
    app.get("/api/events/{id}", events::one);
    app.post("/api/events/{id}/split", ctx -> write(ctx, writeToken));
    app.get("/api/points", events::points);
    app.get("/api/reports/{id}", events::report);
    app.get("/api/places", aggregates::places);
    app.get("/api/actors", aggregates::actors);
    app.get("/api/stats", aggregates::stats);
    app.get("/api/problems", aggregates::problems);
    app.get("/api/openapi.json", openApi::serve);
    app.get("/api/config", ctx -> ctx.json(pageConfig(tiles)));
    app.get("/", assets::index);
    app.get("/assets/<path>", assets::asset);
    app.get("/vendor/leaflet/<path>", assets::leaflet);
    mapErrors(app);
    app.start(host, port);
    return new PlacardServer(app);
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Stops the server; requests in flight are finished first. */
  @Override
  public void close() {
    app.stop();
  }

  static String csp(Optional<MapTiles> tiles) {
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
        + tiles.map(t -> " " + t.cspSource()).orElse("")
        + "; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
  }

  /** What the page needs to know of the server's settings: the online tiles, or null for none. */
  private static Map<String, Object> pageConfig(Optional<MapTiles> tiles) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("tiles", tiles.map(t -> Map.of("url", t.urlTemplate(), "attribution", t.attribution())).orElse(null));
    return config;
  }

  private static void securityHeaders(Context ctx, String csp) {
    ctx.header("Content-Security-Policy", csp);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }

  /** The one place where exceptions become status codes, each with a JSON body. */
  private static void mapErrors(Javalin app) {
    app.exception(BadParameterException.class, (e, ctx) -> {
      Map<String, Object> body = error(e.getMessage());
      body.put("parameter", e.parameter());
      ctx.status(HttpStatus.BAD_REQUEST).json(body);
    });
    app.exception(NotFoundException.class, (e, ctx) -> ctx.status(HttpStatus.NOT_FOUND).json(error(e.getMessage())));
    app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).json(error(e.getMessage())));
    app.exception(StoreException.class,
        (e, ctx) -> ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(error("the store failed: " + e.getMessage())));
    app.exception(Exception.class, (e, ctx) -> ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(error(
        "internal error: " + e.getClass().getSimpleName())));
  }

  private static Map<String, Object> error(String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    return body;
  }

  /** Endpoints that change data: off without a token, and nothing to change yet (splitting is not built). */
  private static void write(Context ctx, Optional<String> token) {
    if (token.isEmpty()) {
      throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode(),
          "this server is read-only: start it with a write token to allow changes");
    }
    String given = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    byte[] expected = ("Bearer " + token.get()).getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
      throw new HttpResponseException(HttpStatus.UNAUTHORIZED.getCode(), "a valid write token is required");
    }
    throw new HttpResponseException(HttpStatus.NOT_IMPLEMENTED.getCode(), "splitting events is not implemented yet");
  }
}
