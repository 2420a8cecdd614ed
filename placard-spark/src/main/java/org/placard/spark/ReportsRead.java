// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.placard.ingest.ReportSources;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * The reports read from one piece of input (a JSON line, a WARC file), by core's {@link ReportSources}: the
 * reader {@code placard ingest} uses, so a report has the same text and id on a cluster as on one machine.
 * Reports are {@link WireCodec}-encoded, problems are {@link JsonLines#problem} lines. Immutable.
 */
public record ReportsRead(List<String> reports, List<String> problems) implements Serializable {
  private static final long serialVersionUID = 1L;

  public ReportsRead {
    reports = List.copyOf(reports);
    problems = List.copyOf(problems);
  }

  /**
   * The report on one line of a JSON Lines file; a blank line gives nothing.
   *
   * @param input the line's name in messages: its file and byte offset ("hdfs://.../a.jsonl@2048")
   */
  public static ReportsRead ofLine(ReportSources sources, String line, String input) {
    Objects.requireNonNull(line, "line");
    if (line.isBlank()) {
      return new ReportsRead(List.of(), List.of());
    }
    if (!line.strip().startsWith("{")) {
      // The reader would sniff such a line as plain text; in JSON Lines it is a broken line.
      return new ReportsRead(List.of(), List.of(JsonLines.problem(Problem.ofInput(input, "ingest", "not a JSON object"))));
    }
    return ofStream(sources, new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), input);
  }

  /** Every report of one stream, its format known from {@code input}'s extension or sniffed. Closes it. */
  public static ReportsRead ofStream(ReportSources sources, InputStream in, String input) {
    List<String> reports = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    sources.read(in, input, (Report r) -> reports.add(WireCodec.encode(r)), p -> problems.add(JsonLines.problem(p)));
    return new ReportsRead(reports, problems);
  }
}
