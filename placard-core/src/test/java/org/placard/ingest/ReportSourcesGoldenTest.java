// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * Golden files: each {@code <case>.<ext>} in this package's test resources is read alone, and its reports and
 * problems must be those in {@code <case>.expected.json}. A report's metadata field absent from the expected
 * file must be absent from the report; "text" is compared whole, "input" and problems by their ending/content.
 */
class ReportSourcesGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(folder())) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".expected.json"))
          .map(n -> n.substring(0, n.length() - ".expected.json".length()))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void readsAsExpected(String name) throws IOException {
    Path input = inputOf(name);
    JsonNode expected = JSON.readTree(folder().resolve(name + ".expected.json").toFile());
    List<Report> reports = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();

    new ReportSources(SourceDefaults.none()).read(List.of(input.toString()), reports::add, problems::add);

    assertThat(problems).extracting(Problem::message).hasSize(expected.get("problems").size());
    for (int i = 0; i < problems.size(); i++) {
      assertThat(problems.get(i).message()).contains(expected.get("problems").get(i).asText());
      assertThat(problems.get(i).stage()).isEqualTo("ingest");
    }
    assertThat(reports).hasSize(expected.get("reports").size());
    for (int i = 0; i < reports.size(); i++) {
      Report report = reports.get(i);
      JsonNode want = expected.get("reports").get(i);
      assertThat(report.text()).as("text of report %d", i).isEqualTo(want.get("text").asText());
      assertThat(report.title()).as("title").isEqualTo(optional(want, "title"));
      assertThat(report.url()).as("url").isEqualTo(optional(want, "url"));
      assertThat(report.outlet()).as("outlet").isEqualTo(optional(want, "outlet"));
      assertThat(report.published().map(Object::toString)).as("published").isEqualTo(optional(want, "published"));
      assertThat(report.language()).isEqualTo(optional(want, "language").orElse("en"));
      optional(want, "input").ifPresent(in -> assertThat(report.input()).endsWith(in));
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void readingTwiceGivesTheSameIds(String name) throws IOException {
    String input = inputOf(name).toString();
    ReportSources sources = new ReportSources(SourceDefaults.none());
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();

    sources.read(List.of(input), r -> first.add(r.id()), p -> { });
    sources.read(List.of(input), r -> second.add(r.id()), p -> { });

    assertThat(second).isEqualTo(first).doesNotHaveDuplicates();
  }

  private static Optional<String> optional(JsonNode node, String field) {
    return Optional.ofNullable(node.get(field)).map(JsonNode::asText);
  }

  private static Path inputOf(String name) throws IOException {
    try (Stream<Path> files = Files.list(folder())) {
      return files.filter(p -> p.getFileName().toString().startsWith(name + ".")
              && !p.getFileName().toString().endsWith(".expected.json"))
          .findFirst().orElseThrow(() -> new AssertionError("no input for case " + name));
    }
  }

  static Path folder() {
    try {
      return Path.of(ReportSourcesGoldenTest.class.getResource("/org/placard/ingest").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
