// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page's assets are served with a strict policy, and no path reaches anything else. */
class WebSecurityTest {
  private static PlacardServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    server = PlacardServer.start(new InMemoryEventStore(), "127.0.0.1", 0, Optional.empty());
    api = new ApiClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/assets/app.js", "/assets/style.css", "/vendor/leaflet/leaflet.js",
      "/api/events", "/api/nothing", "/assets/nothing.js"})
  void sendsTheSecurityHeadersOnEveryResponse(String path) {
    HttpResponse<String> r = api.get(path);
    assertThat(r.headers().firstValue("Content-Security-Policy")).contains(PlacardServer.CSP);
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void servesThePageAndItsAssetsWithTheirTypes() {
    HttpResponse<String> page = api.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).doesNotContain("style=").doesNotContain("<script>");
    assertThat(api.get("/assets/app.js").headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/javascript");
    assertThat(api.get("/vendor/leaflet/leaflet.css").statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/assets/../openapi.json",
      "/assets/..%2fopenapi.json",
      "/assets/%2e%2e/openapi.json",
      "/assets/%2e%2e%2fopenapi.json",
      "/assets/.%2e/.%2e/org/placard/server/openapi.json",
      "/assets/%252e%252e/openapi.json",
      "/assets/data/..%5c..%5copenapi.json",
      "/assets//etc/passwd",
      "/vendor/leaflet/../../../../../maven/org.webjars.npm/leaflet/pom.properties",
      "/vendor/leaflet/..%2f..%2fpackage.json",
      "/assets/PlacardServer.class",
      "/assets/index.html%00.js",
      "/org/placard/server/openapi.json",
      "/META-INF/MANIFEST.MF"})
  void letsNoPathEscapeTheAssetFolder(String path) {
    HttpResponse<String> r = api.get(path);
    assertThat(r.statusCode()).isIn(400, 404);
    assertThat(r.body()).doesNotContain("\"openapi\"").doesNotContain("version=");
  }

  @Test
  void acceptsOnlyPlainNames() {
    assertThat(StaticAssets.safe("data/countries.geojson")).isTrue();
    assertThat(StaticAssets.safe("../x.js")).isFalse();
    assertThat(StaticAssets.safe("a/./b.js")).isFalse();
    assertThat(StaticAssets.safe("a//b.js")).isFalse();
    assertThat(StaticAssets.safe("/etc/passwd")).isFalse();
    assertThat(StaticAssets.safe("a\\b.js")).isFalse();
  }

  @Test
  void letsTheOfflinePageReachNoOtherHost() {
    assertThat(PlacardServer.CSP).contains("default-src 'self'", "img-src 'self' data:;")
        .doesNotContain("http", "*");
    assertThat(api.json("/api/config").get("tiles").isNull()).isTrue();
  }

  @Test
  void letsThePageLoadImagesFromTheTileHostOnlyWhenTilesAreSet() {
    MapTiles tiles = new MapTiles("https://{s}.tiles.example.org/{z}/{x}/{y}.png", "© Example <b>maps</b>");
    try (PlacardServer online = PlacardServer.start(new InMemoryEventStore(), "127.0.0.1", 0, Optional.empty(),
        Optional.of(tiles))) {
      ApiClient client = new ApiClient(online.port());
      String csp = client.get("/").headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).contains("img-src 'self' data: https://*.tiles.example.org;", "default-src 'self';",
          "script-src 'self';");
      assertThat(csp.split("https://")).hasSize(2);
      var config = client.json("/api/config").get("tiles");
      assertThat(config.get("url").asText()).isEqualTo(tiles.urlTemplate());
      assertThat(config.get("attribution").asText()).isEqualTo("© Example <b>maps</b>");
    }
  }
}
