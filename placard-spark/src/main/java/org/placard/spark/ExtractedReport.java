// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import java.io.Serializable;
import java.util.List;
import org.placard.export.EventJson;
import org.placard.model.Report;
import org.placard.pipeline.Extraction;
import org.placard.pipeline.Pipeline;

/**
 * What the pipeline made of one report, in the form Spark keeps between stages: the events
 * (in {@link EventJson}'s lossless form) and the problems ({@link JsonLines#problem} lines). Immutable.
 */
public record ExtractedReport(List<String> events, List<String> problems) implements Serializable {
  private static final long serialVersionUID = 1L;

  public ExtractedReport {
    events = List.copyOf(events);
    problems = List.copyOf(problems);
  }

  /** Runs {@code pipeline} on the encoded report; the pipeline never throws for bad data. */
  public static ExtractedReport of(Pipeline pipeline, String encodedReport) {
    Extraction extraction = pipeline.process(WireCodec.decode(encodedReport, Report.class));
    return new ExtractedReport(extraction.events().stream().map(EventJson::write).toList(),
        extraction.problems().stream().map(JsonLines::problem).toList());
  }
}
