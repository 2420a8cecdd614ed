// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.placard.model.Problem;
import org.placard.model.Report;

class ReportLineTest {
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void reads_a_report_with_the_id_its_content_gives() {
    Optional<Report> report = ReportLine.parse("{\"text\": \"Students rallied.\", \"title\": \"Rally\", \"url\": \"https://e.org/1\","
        + " \"outlet\": \"Example Wire\", \"published\": \"2024-03-04T18:30:00Z\", \"extra\": 1}", "in.jsonl@0", problems::add);

    assertThat(report).contains(Report.of("Students rallied.", Optional.of("Rally"), Optional.of("https://e.org/1"),
        Optional.of("Example Wire"), Optional.of(LocalDate.of(2024, 3, 4)), "en", "in.jsonl@0"));
    assertThat(problems).isEmpty();
  }

  @Test
  void skips_a_blank_line_without_a_problem() {
    assertThat(ReportLine.parse("   ", "in.jsonl@9", problems::add)).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void records_a_problem_for_a_line_that_is_not_a_report() {
    assertThat(ReportLine.parse("{\"text\": \"cut off", "in.jsonl@1", problems::add)).isEmpty();
    assertThat(ReportLine.parse("[1, 2]", "in.jsonl@2", problems::add)).isEmpty();
    assertThat(ReportLine.parse("{\"text\": 42}", "in.jsonl@3", problems::add)).isEmpty();

    assertThat(problems).extracting(Problem::input).containsExactly("in.jsonl@1", "in.jsonl@2", "in.jsonl@3");
    assertThat(problems).extracting(Problem::stage).containsOnly("ingest");
  }

  @Test
  void keeps_a_report_with_an_unreadable_date_undated_and_says_so() {
    Optional<Report> report = ReportLine.parse("{\"text\": \"Students rallied.\", \"published\": \"last Tuesday\"}",
        "in.jsonl@4", problems::add);

    assertThat(report).hasValueSatisfying(r -> assertThat(r.published()).isEmpty());
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.quote()).contains("last Tuesday"));
  }
}
