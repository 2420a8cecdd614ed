// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.placard.ingest.ReportSources;
import org.placard.ingest.SourceDefaults;
import org.placard.model.Report;

class ReportsReadTest {
  private final ReportSources sources = new ReportSources(SourceDefaults.none());

  @Test
  void reads_a_json_line_into_the_report_core_reader_makes() {
    ReportsRead read = ReportsRead.ofLine(sources, "{\"text\": \"Students rallied.\", \"outlet\": \"Example Wire\","
        + " \"published\": \"2024-03-04T18:30:00Z\"}", "a.jsonl@0");

    assertThat(read.problems()).isEmpty();
    assertThat(read.reports()).singleElement().satisfies(encoded -> {
      Report report = WireCodec.decode(encoded, Report.class);
      assertThat(report.id()).isEqualTo(Report.of("Students rallied.", Optional.empty(), Optional.empty(),
          Optional.of("Example Wire"), Optional.of(LocalDate.of(2024, 3, 4)), "en", "x").id());
      assertThat(report.input()).isEqualTo("a.jsonl@0:1");
    });
  }

  @Test
  void gives_nothing_for_a_blank_line_and_a_problem_for_a_line_that_is_not_an_object() {
    assertThat(ReportsRead.ofLine(sources, "  ", "a.jsonl@5")).isEqualTo(new ReportsRead(java.util.List.of(), java.util.List.of()));

    ReportsRead prose = ReportsRead.ofLine(sources, "Students rallied, said nobody in JSON.", "a.jsonl@9");

    assertThat(prose.reports()).isEmpty();
    assertThat(prose.problems()).singleElement().asString().contains("a.jsonl@9", "not a JSON object");
  }
}
