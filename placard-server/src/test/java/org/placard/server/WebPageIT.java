// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless Chromium (Debian's, driven by its chromedriver; nothing is downloaded), over
 * the sample events on a real server.
 */
class WebPageIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static PlacardServer server;
  private static ApiClient api;
  private static ChromeDriver browser;
  private static Path profile;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    // In CI a missing browser fails the suite, so the page never goes untested unnoticed; only on a developer's
    // machine without Chromium are these tests skipped.
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      assertThat(installed).as("Chromium and chromedriver must be installed in CI (.ci/chromium.sh)").isTrue();
    }
    assumeThat(installed).as("Chromium and chromedriver are installed (.ci/chromium.sh)").isTrue();
    server = PlacardServer.start(SampleEvents.store(), "127.0.0.1", 0, Optional.empty());
    api = new ApiClient(server.port());
    base = "http://127.0.0.1:" + server.port();
    profile = Files.createTempDirectory("placard-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1400,860");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1400, 860));
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
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

  private void open(String pathAndQuery) {
    browser.get(base + pathAndQuery);
    await().until(d -> d.findElement(By.id("count")).getText().matches("\\d+ events?.*"));
  }

  private WebDriverWait await() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  /** Events on the map: single dots plus the counts written on clusters. */
  private long eventsOnMap() {
    long dots = browser.findElements(By.cssSelector("path.event-dot")).size();
    long clustered = browser.findElements(By.cssSelector(".cluster span")).stream()
        .mapToLong(e -> Long.parseLong(e.getText())).sum();
    return dots + clustered;
  }

  private List<WebElement> listItems() {
    return browser.findElements(By.cssSelector("#list .item"));
  }

  @Test
  void showsEveryEventOnTheMapAndInTheList() {
    open("/");
    assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("24 events (1 without a place)");
    assertThat(listItems()).hasSize(24);
    assertThat(eventsOnMap()).isEqualTo(23);
    await().until(d -> "loaded".equals(d.findElement(By.id("map")).getAttribute("data-boundaries")));
    assertThat(browser.findElements(By.cssSelector(".cluster"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".land-pane path")).size())
        .as("country boundaries").isGreaterThan(100);
    assertThat(browser.findElements(By.cssSelector("#timeline rect.bar"))).isNotEmpty();
    assertThat(browser.findElement(By.id("legend")).getText()).contains("graffiti", "banner");
  }

  @Test
  void filtersMapListAndExportsTogether() {
    open("/");
    new Select(browser.findElement(By.name("form"))).selectByValue("graffiti");
    await().until(d -> listItems().size() == 5);
    assertThat(eventsOnMap()).isEqualTo(5);
    assertThat(browser.getCurrentUrl()).contains("form=graffiti");
    assertThat(browser.findElement(By.id("export-csv")).getAttribute("href")).endsWith("/api/events.csv?form=graffiti");
  }

  @Test
  void aLinkReproducesTheView() {
    open("/?country=FR");
    await().until(d -> listItems().size() == 2);
    assertThat(new Select(browser.findElement(By.name("country"))).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("FR");
  }

  @Test
  void brushingTheTimelineSelectsDates() {
    open("/");
    WebElement timeline = browser.findElement(By.id("timeline"));
    int width = timeline.getSize().getWidth();
    new Actions(browser).moveToElement(timeline, -width / 2 + 40, 0).clickAndHold()
        .moveByOffset(width / 3, 0).release().perform();
    await().until(d -> d.getCurrentUrl().contains("since=") && d.getCurrentUrl().contains("until="));
    await().until(d -> listItems().size() < 24);
    assertThat(listItems()).isNotEmpty();
  }

  @Test
  void opensAnEventWithItsEvidenceMarkedInTheReportText() {
    JsonNode event = api.json("/api/events?q=homayoun").get("events").get(0);
    open("/?q=homayoun");
    await().until(d -> listItems().size() == 1);
    listItems().get(0).click();
    WebElement panel = await().until(d -> {
      WebElement p = d.findElement(By.id("panel"));
      return p.isDisplayed() && !p.findElements(By.tagName("mark")).isEmpty() ? p : null;
    });
    assertThat(panel.getText()).contains("“Homayoun Shahr” → Khomeyni Shahr", "128477", "Down with Khamenei");
    List<String> marked = panel.findElements(By.cssSelector(".report-text mark")).stream()
        .map(WebElement::getText).toList();
    List<String> quotes = new ArrayList<>();
    event.get("evidence").forEach(e -> quotes.add(e.get("quote").asText()));
    assertThat(marked).containsExactlyInAnyOrderElementsOf(quotes);
    assertThat(browser.getCurrentUrl()).contains("event=" + event.get("event_id").asText());
  }

  @Test
  void showsHostileReportTitlesAsInertText() {
    open("/?q=pensions");
    await().until(d -> listItems().size() == 1);
    listItems().get(0).click();
    WebElement panel = await().until(d -> {
      WebElement p = d.findElement(By.id("panel"));
      return p.isDisplayed() && p.getText().contains(SampleEvents.HOSTILE_TITLE) ? p : null;
    });
    assertThat(panel.findElements(By.tagName("img"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("img[src='x']"))).isEmpty();
    Object alerted = ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('img').length");
    assertThat(((Number) alerted).intValue()).isZero();
    try {
      browser.switchTo().alert();
      throw new AssertionError("the title ran script: an alert is open");
    } catch (NoAlertPresentException expected) {
      // inert, as it should be
    }
  }

  @Test
  void savesAScreenshotOfTheMainView() throws IOException {
    open("/?event=" + api.json("/api/events?q=pensions").get("events").get(0).get("event_id").asText());
    await().until(d -> d.findElement(By.id("panel")).isDisplayed());
    await().until(d -> "loaded".equals(d.findElement(By.id("map")).getAttribute("data-boundaries")));
    String target = System.getProperty("placard.screenshot");
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    assertThat(png.length).isGreaterThan(10_000);
    if (target != null) {
      Files.createDirectories(Path.of(target).getParent());
      Files.write(Path.of(target), png);
    }
  }
}
