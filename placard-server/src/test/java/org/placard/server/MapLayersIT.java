// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map's background in a real headless Chromium: the bundled admin-1 lines appear when the map is zoomed in to
 * country scale, the page asks no host but its server for anything unless the server was started with online
 * tiles, and then it shows them from their host (a local stand-in here: the tests use no network).
 */
class MapLayersIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger TILES_SERVED = new AtomicInteger();
  private static PlacardServer offline;
  private static PlacardServer online;
  private static HttpServer tileHost;
  private static ChromeDriver browser;
  private static Path profile;

  @BeforeAll
  static void start() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      assertThat(installed).as("Chromium and chromedriver must be installed in CI (.ci/chromium.sh)").isTrue();
    }
    assumeThat(installed).as("Chromium and chromedriver are installed (.ci/chromium.sh)").isTrue();
    offline = PlacardServer.start(SampleEvents.store(), "127.0.0.1", 0, Optional.empty());
    tileHost = startTileHost();
    MapTiles tiles = new MapTiles("http://localhost:" + tileHost.getAddress().getPort() + "/{z}/{x}/{y}.png",
        "Test tiles <i>not HTML</i>");
    online = PlacardServer.start(SampleEvents.store(), "127.0.0.1", 0, Optional.empty(), Optional.of(tiles));
    profile = Files.createTempDirectory("placard-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1400,860");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1400, 860));
  }

  /** Answers every path with one grey 256-pixel PNG, as a tile server would, and counts what it served. */
  private static HttpServer startTileHost() throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB), "png", png);
    byte[] tile = png.toByteArray();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      TILES_SERVED.incrementAndGet();
      exchange.getResponseHeaders().set("Content-Type", "image/png");
      exchange.sendResponseHeaders(200, tile.length);
      try (var body = exchange.getResponseBody()) {
        body.write(tile);
      }
    });
    server.start();
    return server;
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    for (AutoCloseable s : new AutoCloseable[] {offline, online}) {
      if (s != null) {
        try {
          s.close();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }
    if (tileHost != null) {
      tileHost.stop(0);
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @AfterEach
  void noPolicyViolationsOrScriptErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue() && !e.getMessage().contains("favicon")) {
        errors.add(e.getMessage());
      }
    }
    assertThat(errors).as("browser console errors").isEmpty();
  }

  private static String base(PlacardServer server) {
    return "http://127.0.0.1:" + server.port();
  }

  private void open(PlacardServer server, String pathAndQuery) {
    requestedUrls(); // drops what earlier tests asked for
    browser.get(base(server) + pathAndQuery);
    await().until(d -> d.findElement(By.id("count")).getText().matches("\\d+ events?.*"));
    await().until(d -> "loaded".equals(d.findElement(By.id("map")).getAttribute("data-boundaries")));
  }

  private WebDriverWait await() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  /** Every URL the page asked a host for since the last call, from Chromium's network log (data: URLs ask none). */
  private List<String> requestedUrls() {
    List<String> urls = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode message = JSON.readTree(e.getMessage()).path("message");
        String url = message.path("params").path("request").path("url").asText();
        if ("Network.requestWillBeSent".equals(message.path("method").asText()) && !url.startsWith("data:")) {
          urls.add(url);
        }
      } catch (IOException bad) {
        throw new UncheckedIOException(bad);
      }
    }
    return urls;
  }

  /** Admin-1 lines drawn inside the visible map. */
  private long admin1LinesInView() {
    Object n = ((JavascriptExecutor) browser).executeScript("""
        const map = document.getElementById('map').getBoundingClientRect();
        return [...document.querySelectorAll('.admin1-pane path')].filter((p) => {
          const r = p.getBoundingClientRect();
          return (p.getAttribute('d') || '').length > 2 && r.right > map.left && r.left < map.right
            && r.bottom > map.top && r.top < map.bottom;
        }).length;""");
    return ((Number) n).longValue();
  }

  private int zoom() {
    String view = browser.getCurrentUrl().replaceAll(".*[?&]view=([^&]*).*", "$1");
    return Integer.parseInt(view.replaceAll(".*%2C|.*,", ""));
  }

  @Test
  void drawsAdmin1LinesOnlyOnceZoomedInToCountryScale() {
    open(offline, "/?view=32.000,53.000,3");
    assertThat(browser.findElements(By.cssSelector(".admin1-pane path"))).isEmpty();
    assertThat(requestedUrls()).noneMatch(u -> u.contains("admin1"));
    browser.findElement(By.cssSelector(".leaflet-control-zoom-in")).click();
    await().until(d -> "loaded".equals(d.findElement(By.id("map")).getAttribute("data-admin1")));
    await().until(d -> admin1LinesInView() > 10);
    assertThat(zoom()).isEqualTo(4);
    browser.findElement(By.cssSelector(".leaflet-control-zoom-out")).click();
    await().until(d -> d.findElements(By.cssSelector(".admin1-pane path")).isEmpty());
  }

  @Test
  void drawsAdmin1LinesUnderTheEventsOfACountry() {
    open(offline, "/?country=IR");
    await().until(d -> "loaded".equals(d.findElement(By.id("map")).getAttribute("data-admin1")));
    assertThat(zoom()).isGreaterThanOrEqualTo(4);
    await().until(d -> admin1LinesInView() > 10);
    Object above = ((JavascriptExecutor) browser).executeScript("""
        const z = (s) => Number(getComputedStyle(document.querySelector(s)).zIndex);
        return z('.leaflet-overlay-pane') > z('.admin1-pane') && z('.admin1-pane') > z('.land-pane');""");
    assertThat(above).as("events over admin-1 lines over land").isEqualTo(true);
  }

  @Test
  void asksNoOtherHostWithoutTiles() {
    open(offline, "/?country=IR");
    await().until(d -> "loaded".equals(d.findElement(By.id("map")).getAttribute("data-admin1")));
    browser.findElement(By.cssSelector(".leaflet-control-zoom-in")).click();
    await().until(d -> zoom() > 4);
    List<String> urls = requestedUrls();
    assertThat(urls).contains(base(offline) + "/api/config", base(offline) + "/assets/data/admin1.geojson")
        .allMatch(u -> u.startsWith(base(offline) + "/"), "a request to this server");
    assertThat(browser.findElements(By.cssSelector(".leaflet-tile-pane img"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".leaflet-control-layers"))).isEmpty();
    assertThat(browser.findElement(By.id("map")).getAttribute("data-tiles")).isNull();
  }

  @Test
  void showsTheConfiguredTilesWithTheirAttributionAndAToggle() {
    int before = TILES_SERVED.get();
    open(online, "/?country=IR");
    await().until(d -> !d.findElements(By.cssSelector(".online-tiles img.leaflet-tile-loaded")).isEmpty());
    assertThat(TILES_SERVED.get()).isGreaterThan(before);
    assertThat(requestedUrls()).anyMatch(u -> u.startsWith("http://localhost:" + tileHost.getAddress().getPort()))
        .allMatch(u -> u.startsWith(base(online) + "/") || u.startsWith("http://localhost:"));
    assertThat(browser.findElement(By.cssSelector(".leaflet-control-attribution")).getText())
        .contains("Test tiles <i>not HTML</i>", "Natural Earth");
    assertThat(browser.findElements(By.cssSelector(".leaflet-control-attribution i"))).isEmpty();
    browser.findElement(By.cssSelector(".leaflet-control-layers")).click();
    browser.findElement(By.cssSelector(".leaflet-control-layers-overlays input")).click();
    await().until(d -> d.findElements(By.cssSelector(".online-tiles")).isEmpty());
  }
}
