// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placard.model.Problem;
import org.placard.model.Report;

/** The facade: bad inputs become problems naming them, the good ones around them are still read. */
class ReportSourcesTest {
  private final Path bad = ReportSourcesGoldenTest.folder().resolve("bad");
  private final List<Report> reports = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private IngestSummary read(ReportSources sources, String... paths) {
    return sources.read(List.of(paths), reports::add, problems::add);
  }

  private IngestSummary read(String... paths) {
    return read(new ReportSources(SourceDefaults.none()), paths);
  }

  private List<String> messages() {
    return problems.stream().map(Problem::message).toList();
  }

  @Test
  void eachBadInputIsOneClearProblemAndTheBatchGoesOn() {
    IngestSummary summary = read(bad.resolve("empty.txt").toString(), bad.resolve("binary.bin").toString(),
        bad.resolve("image.txt").toString(), bad.resolve("scripts-only.html").toString(),
        bad.resolve("whitespace.txt").toString(), bad.resolve("not-a-feed.xml").toString(),
        bad.resolve("broken-feed.rss").toString(), bad.resolve("gzip-header-only.txt.gz").toString(),
        bad.resolve("missing.txt").toString(), ReportSourcesGoldenTest.folder().resolve("headline.txt").toString());

    assertThat(messages()).containsExactly(
        bad.resolve("empty.txt") + ": empty",
        bad.resolve("binary.bin") + ": binary file (NUL or control bytes), not text; skipped",
        bad.resolve("image.txt") + ": binary file (NUL or control bytes), not text; skipped",
        bad.resolve("scripts-only.html") + ": no text (the page has no article text, only markup, scripts or boilerplate)",
        bad.resolve("whitespace.txt") + ": no text (only white space or control characters)",
        messages().get(5), messages().get(6),
        bad.resolve("gzip-header-only.txt.gz") + ": could not be read (truncated gzip stream (its header is incomplete))",
        bad.resolve("missing.txt") + ": no such file or folder");
    assertThat(messages().get(5)).startsWith(bad.resolve("not-a-feed.xml") + ": not a readable RSS or Atom feed");
    assertThat(messages().get(6)).startsWith(bad.resolve("broken-feed.rss") + ": not a readable RSS or Atom feed");
    assertThat(problems).allSatisfy(p -> assertThat(p.stage()).isEqualTo("ingest"));
    assertThat(reports).extracting(Report::title).containsExactly(Optional.of("Resistance Units Mark Anniversary Across Iran"));
    assertThat(summary).isEqualTo(new IngestSummary(10, 9, 1));
  }

  @Test
  void aTruncatedGzipKeepsWhatWasRead() {
    IngestSummary summary = read(bad.resolve("truncated.txt.gz").toString());

    assertThat(messages()).singleElement().asString()
        .startsWith(bad.resolve("truncated.txt.gz") + ": cut short: truncated gzip stream; read the first ");
    assertThat(reports).singleElement().satisfies(r -> {
      assertThat(r.title()).contains("Strike in Ahvaz");
      assertThat(r.text()).startsWith("Strike in Ahvaz\n\nSteel workers in Ahvaz marched");
    });
    assertThat(summary.unreadable()).isZero();
  }

  @Test
  void aTruncatedWarcKeepsTheRecordsBeforeTheCut() {
    String gz = bad.resolve("truncated.warc.gz").toString();
    String plain = bad.resolve("truncated-plain.warc").toString();

    read(gz, plain);

    assertThat(reports).extracting(Report::input).containsExactly(
        gz + "#record-3", gz + "#record-6", plain + "#record-3", plain + "#record-6", plain + "#record-7");
    assertThat(reports.get(4).text()).startsWith("Nurses protest in Karaj");
    assertThat(messages()).containsExactly(
        gz + "#record-7: unreadable record (truncated gzip stream)",
        gz + ": truncated or corrupt WARC after record 7 (truncated gzip stream)",
        plain + "#record-7: record cut short (expected 116 more bytes in file); read what was there",
        plain + ": truncated or corrupt WARC after record 7 (Expected to read 116 more bytes)");
  }

  @Test
  void foldersAreReadRecursivelyInSortedOrderSkippingHiddenFiles(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("b/inner"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("b/inner/c.txt"), "Third report text.");
    Files.writeString(dir.resolve("a.txt"), "First report text.");
    Files.writeString(dir.resolve("b/b.txt"), "Second report text.");
    Files.writeString(dir.resolve(".hidden.txt"), "Hidden report.");
    Files.writeString(dir.resolve(".git/config"), "Not a report.");

    IngestSummary summary = read(dir.toString());

    assertThat(reports).extracting(Report::text)
        .containsExactly("First report text.", "Second report text.", "Third report text.");
    assertThat(reports.get(2).input()).isEqualTo(dir.resolve("b/inner/c.txt").toString());
    assertThat(summary).isEqualTo(new IngestSummary(3, 0, 3));
  }

  @Test
  void statedMetadataOverridesWhatTheInputSays() {
    SourceDefaults stated = new SourceDefaults(Optional.of("Stated Outlet"), Optional.of(LocalDate.of(2021, 1, 2)),
        Optional.empty());
    read(new ReportSources(stated), ReportSourcesGoldenTest.folder().resolve("article.html").toString());

    assertThat(reports).singleElement().satisfies(r -> {
      assertThat(r.outlet()).contains("Stated Outlet");
      assertThat(r.published()).contains(LocalDate.of(2021, 1, 2));
      assertThat(r.url()).contains("https://example.org/2020/10/students-rally");
    });
  }

  @Test
  void aJsonLinesReportMayNameTheCountryItIsAbout() {
    String jsonl = "{\"text\": \"Marchers in Alexandria.\", \"country\": \"us\"}\n"
        + "{\"text\": \"Marchers in Alexandria.\", \"country\": \"Egypt\"}\n";
    new ReportSources(SourceDefaults.none()).read(
        new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "feed", reports::add, problems::add);

    assertThat(reports).extracting(Report::country).containsExactly(Optional.of("US"), Optional.empty());
    assertThat(reports.get(0).id()).isEqualTo(reports.get(1).id());
    assertThat(messages()).singleElement().asString().contains("unreadable country \"Egypt\"", "two-letter");
  }

  @Test
  void aStreamIsSniffedWhenItsNameSaysNothing() {
    String jsonl = "{\"text\": \"From a pipe.\"}\n{\"text\": \"Second line.\"}\n";
    IngestSummary summary = new ReportSources(SourceDefaults.none()).read(
        new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "stdin", reports::add, problems::add);

    assertThat(reports).extracting(Report::input).containsExactly("stdin:1", "stdin:2");
    assertThat(summary).isEqualTo(new IngestSummary(1, 0, 2));
  }

  @Test
  void deeplyNestedHtmlDoesNotOverflowTheStack(@TempDir Path dir) throws IOException {
    Path deep = dir.resolve("deep.html");
    Files.writeString(deep, "<html><body>" + "<div>".repeat(10_000)
        + "<p>Deep inside, workers protested in Tabriz on Monday, the union said.</p>" + "</div>".repeat(10_000)
        + "</body></html>");

    read(deep.toString());

    assertThat(problems).isEmpty();
    assertThat(reports).singleElement().extracting(Report::text)
        .isEqualTo("Deep inside, workers protested in Tabriz on Monday, the union said.");
  }

  @Test
  void aVeryLargeSingleLineFileIsReadWithinTheLimitOrSkippedBeyondIt(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.txt");
    byte[] line = "Protesters marched through the city centre again. ".getBytes(StandardCharsets.US_ASCII);
    try (var out = new BufferedOutputStream(Files.newOutputStream(big))) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    Path bigJsonl = dir.resolve("big.jsonl");
    Files.writeString(bigJsonl, "{\"text\": \"Before.\"}\n");
    try (var out = new BufferedOutputStream(Files.newOutputStream(bigJsonl, StandardOpenOption.APPEND))) {
      out.write("{\"text\": \"".getBytes(StandardCharsets.US_ASCII));
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
      out.write("\"}\n{\"text\": \"After.\"}\n".getBytes(StandardCharsets.US_ASCII));
    }

    read(new ReportSources(SourceDefaults.none(), 1024 * 1024), big.toString(), bigJsonl.toString());
    assertThat(messages()).containsExactly(
        big + ": larger than the 1048576-byte limit for one document; skipped",
        bigJsonl + ":2: line longer than the 1048576-byte limit; skipped");
    assertThat(reports).extracting(Report::text).containsExactly("Before.", "After.");

    reports.clear();
    problems.clear();
    read(big.toString());
    assertThat(problems).isEmpty();
    assertThat(reports).singleElement().satisfies(r -> {
      assertThat(r.text()).hasSizeGreaterThan(50 * 1024 * 1024 - line.length).startsWith("Protesters marched");
      assertThat(r.title()).isEmpty();
    });
  }

  @Test
  void feedsNeverResolveExternalEntities(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET-CONTENT");
    Path feed = dir.resolve("xxe.rss");
    Files.writeString(feed, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri()
        + "\">]><rss version=\"2.0\"><channel><title>T</title><item><title>I</title>"
        + "<description>Before &x; after.</description></item></channel></rss>");

    read(feed.toString());

    assertThat(reports).singleElement().satisfies(r -> assertThat(r.text()).startsWith("Before").doesNotContain("SECRET"));
  }

  @Test
  void anEntityBombIsAProblemNotAnOutage() {
    read(bad.resolve("entity-bomb.rss").toString());

    assertThat(reports).isEmpty();
    assertThat(messages()).singleElement().asString()
        .startsWith(bad.resolve("entity-bomb.rss") + ": not a readable RSS or Atom feed");
  }

  @Test
  void badArgumentsFailFast() {
    assertThatThrownBy(() -> new ReportSources(SourceDefaults.none(), 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SourceDefaults(Optional.of(" "), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
