// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placard.export.EventWriter;
import org.placard.export.ExportFormat;
import org.placard.merge.Clusters;
import org.placard.merge.EventCombiner;
import org.placard.merge.MergeRule;
import org.placard.model.Event;
import org.placard.pipeline.Pipeline;

/** The job in local mode on two small JSON Lines files, against the single-machine pipeline on the same files. */
class PlacardSparkJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;
  private static PlacardSparkJob.Summary summary;
  @TempDir static Path dir;

  @BeforeAll
  static void runTheJobOnce() {
    spark = SparkSession.builder().master("local[2]").appName("placard-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    summary = PlacardSparkJob.run(spark, options(out()), new FakePipeline());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void writes_the_events_the_single_machine_pipeline_and_export_give() throws IOException {
    List<JsonNode> expected = singleMachineExport(new FakePipeline().create(), input("sample-a.jsonl"), input("sample-b.jsonl"));

    assertThat(lines(out().resolve("events.jsonl"))).containsExactlyInAnyOrderElementsOf(expected);
    // The sample must exercise the merge, or the comparison above proves little.
    assertThat(expected).anyMatch(e -> e.get("source_count").asLong() == 3);
    assertThat(summary.eventsWritten()).isEqualTo(expected.size()).isLessThan(summary.eventsFound());
  }

  @Test
  void counts_reports_and_problems() {
    assertThat(summary.reports()).isEqualTo(11);
    assertThat(summary.problems()).isEqualTo(4);
  }

  @Test
  void writes_problems_with_the_input_and_byte_offset_they_concern() throws IOException {
    List<JsonNode> problems = lines(out().resolve("problems.jsonl"));

    assertThat(problems).extracting(p -> p.get("message").asText())
        .containsExactlyInAnyOrder("no \"text\"", "unreadable \"published\" date", "undated", "not JSON: "
            + problems.stream().map(p -> p.get("message").asText()).filter(m -> m.startsWith("not JSON: "))
                .findFirst().orElse("").substring("not JSON: ".length()));
    assertThat(problems).allSatisfy(p -> assertThat(p.get("input").asText()).matches(".*sample-[ab]\\.jsonl@\\d+"));
    assertThat(problems).filteredOn(p -> p.get("message").asText().equals("undated"))
        .allSatisfy(p -> assertThat(p.get("report_id").isTextual()).isTrue());
  }

  @Test
  void writes_the_same_events_as_parquet_with_the_export_columns() throws IOException {
    Dataset<Row> parquet = spark.read().parquet(out().resolve("events.parquet").toString());

    assertThat(parquet.columns()).containsExactly(ExportSchema.events().fieldNames());
    assertThat(parquet.count()).isEqualTo(summary.eventsWritten());
    List<String> ids = parquet.select("event_id").collectAsList().stream().map(r -> r.getString(0)).toList();
    assertThat(ids).containsExactlyInAnyOrderElementsOf(
        lines(out().resolve("events.jsonl")).stream().map(e -> e.get("event_id").asText()).toList());
    Row merged = parquet.where("source_count = 3").first();
    assertThat(merged.getAs("event_date").toString()).isEqualTo("2024-03-04");
    assertThat(merged.<Long>getAs("geonameid")).isEqualTo(112931L);
  }

  @Test
  void never_writes_over_an_earlier_run() {
    assertThatThrownBy(() -> PlacardSparkJob.run(spark, options(out()), new FakePipeline()))
        .hasMessageContaining("already exists");
  }

  /** What `placard export --format jsonl` writes for the merged events of the single-machine pipeline. */
  static List<JsonNode> singleMachineExport(Pipeline pipeline, Path... files) throws IOException {
    List<Event> events = new ArrayList<>();
    for (Path file : files) {
      for (String line : Files.readAllLines(file)) {
        ReportLine.parse(line, file.toString(), problem -> {}).map(pipeline::process)
            .ifPresent(extraction -> events.addAll(extraction.events()));
      }
    }
    EventCombiner combiner = new EventCombiner();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventWriter writer = ExportFormat.JSONL.writer(out)) {
      for (Clusters.Group group : Clusters.of(events, new MergeRule()).groups()) {
        writer.write(combiner.combine(group.members()));
      }
    }
    return parse(Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n")));
  }

  private static List<JsonNode> lines(Path folder) throws IOException {
    List<String> all = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        all.addAll(Files.readAllLines(part));
      }
    }
    return parse(all);
  }

  private static List<JsonNode> parse(List<String> lines) {
    return lines.stream().filter(l -> !l.isBlank()).map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }

  private static JobOptions options(Path out) {
    return new JobOptions(List.of(input("sample-a.jsonl").toString(), input("sample-b.jsonl").toString()),
        out.toString(), "jsonl", FakePipeline.class.getName());
  }

  private static Path out() {
    return dir.resolve("out");
  }

  static Path input(String name) {
    try {
      return Path.of(PlacardSparkJobTest.class.getResource("/reports/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
