// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.pipeline.Extraction;
import org.placard.pipeline.Pipeline;

/**
 * What the first stage made of one input line, in the form Spark keeps between stages: the events
 * (encoded by {@link EventCodec}) and the problems (as {@link JsonLines#problem} lines). Immutable.
 *
 * @param report whether the line held a report
 */
public record ExtractedLine(boolean report, List<String> events, List<String> problems) implements Serializable {
  private static final long serialVersionUID = 1L;

  public ExtractedLine {
    events = List.copyOf(events);
    problems = List.copyOf(problems);
  }

  /** Reads the report on {@code line} and runs {@code pipeline} on it; never throws for bad data. */
  public static ExtractedLine of(Pipeline pipeline, String line, String input) {
    List<Problem> problems = new ArrayList<>();
    Optional<Report> report = ReportLine.parse(line, input, problems::add);
    List<String> events = new ArrayList<>();
    if (report.isPresent()) {
      Extraction extraction = pipeline.process(report.get());
      extraction.events().forEach(e -> events.add(EventCodec.encode(e)));
      problems.addAll(extraction.problems());
    }
    return new ExtractedLine(report.isPresent(), events, problems.stream().map(JsonLines::problem).toList());
  }
}
