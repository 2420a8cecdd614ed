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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placard.export.EventWriter;
import org.placard.ingest.ReportSources;
import org.placard.ingest.SourceDefaults;
import org.placard.export.ExportFormat;
import org.placard.merge.Clusters;
import org.placard.merge.EventCombiner;
import org.placard.merge.MergeRule;
import org.placard.model.Event;
import org.placard.model.Report;
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
    summary = PlacardSparkJob.run(spark, options(out(), "jsonl"), new FakePipeline());
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
  void counts_each_report_once_though_read_twice_and_the_problems() {
    assertThat(summary.reports()).isEqualTo(11);
    assertThat(summary.problems()).isEqualTo(4);
  }

  @Test
  void reads_whole_files_in_any_format_the_reader_knows_to_the_same_events() throws IOException {
    Path whole = dir.resolve("whole-files");
    PlacardSparkJob.Summary wholeFiles = PlacardSparkJob.run(spark, options(whole, "warc"), new FakePipeline());

    assertThat(lines(whole.resolve("events.jsonl"))).containsExactlyInAnyOrderElementsOf(lines(out().resolve("events.jsonl")));
    assertThat(wholeFiles).isEqualTo(summary);
  }

  @Test
  void writes_problems_with_the_input_and_byte_offset_they_concern() throws IOException {
    List<JsonNode> problems = lines(out().resolve("problems.jsonl"));

    assertThat(problems).extracting(p -> p.get("message").asText()).hasSize(4)
        .anySatisfy(m -> assertThat(m).contains("no \"text\""))
        .anySatisfy(m -> assertThat(m).contains("unreadable published date \"last Tuesday\""))
        .anySatisfy(m -> assertThat(m).contains("not valid JSON"))
        .anySatisfy(m -> assertThat(m).isEqualTo("undated"));
    assertThat(problems).allSatisfy(p -> assertThat(p.get("input").asText()).matches(".*sample-[ab]\\.jsonl@\\d+:1"));
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
  void runs_the_standard_pipeline_to_the_events_it_gives_on_one_machine() throws IOException {
    Path standard = dir.resolve("standard");
    Path input = input("standard.jsonl");
    List<JsonNode> expected = singleMachineExport(new StandardPipeline().create(), input);

    PlacardSparkJob.run(spark, new JobOptions(List.of(input.toString()), standard.toString(), "jsonl",
        StandardPipeline.class.getName()), new StandardPipeline());

    assertThat(expected).isNotEmpty();
    assertThat(lines(standard.resolve("events.jsonl"))).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void never_writes_over_an_earlier_run() {
    assertThatThrownBy(() -> PlacardSparkJob.run(spark, options(out(), "jsonl"), new FakePipeline()))
        .hasMessageContaining("already exists");
  }

  /**
   * What {@code placard ingest} then {@code placard export --format jsonl} give on one machine: the files read
   * by core's reader, each report once, the pipeline on each, the events merged across reports, exported.
   */
  static List<JsonNode> singleMachineExport(Pipeline pipeline, Path... files) throws IOException {
    Map<String, Report> reports = new LinkedHashMap<>();
    new ReportSources(SourceDefaults.none()).read(Arrays.stream(files).map(Path::toString).toList(),
        r -> reports.putIfAbsent(r.id(), r), problem -> {});
    List<Event> events = new ArrayList<>();
    reports.values().forEach(r -> events.addAll(pipeline.process(r).events()));
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

  private static JobOptions options(Path out, String format) {
    return new JobOptions(List.of(input("sample-a.jsonl").toString(), input("sample-b.jsonl").toString()),
        out.toString(), format, FakePipeline.class.getName());
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
