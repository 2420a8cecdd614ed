// SPDX-License-Identifier: Apache-2.0
package org.placard.pipeline;

import java.util.List;
import java.util.Objects;
import org.placard.model.Event;
import org.placard.model.Problem;
import org.placard.model.Report;

/** What the pipeline made of one report: its events and the problems met on the way. */
public record Extraction(Report report, List<Event> events, List<Problem> problems) {
  public Extraction {
    Objects.requireNonNull(report, "report");
    events = List.copyOf(events);
    problems = List.copyOf(problems);
  }
}
