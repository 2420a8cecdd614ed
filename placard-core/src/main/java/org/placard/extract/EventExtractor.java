// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.List;
import java.util.function.Consumer;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Event;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.time.TimeMention;

/** Reads the events of one report, given its places and time expressions. Implementations are thread-safe. */
public interface EventExtractor {

  /** Whether the report may hold a protest event at all: cheap, run on every report before the rest. */
  boolean relevant(Report report);

  /**
   * The events of {@code report}: one per place and date, reference events (past events mentioned only as
   * background) included and marked.
   */
  List<Event> extract(Report report, List<ResolvedPlace> places, List<TimeMention> times, Consumer<Problem> problems);
}
