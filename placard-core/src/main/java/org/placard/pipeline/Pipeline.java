// SPDX-License-Identifier: Apache-2.0
package org.placard.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.placard.extract.EventExtractor;
import org.placard.geo.Geoparser;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Event;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.time.TimeMention;
import org.placard.time.TimeTagger;

/**
 * Placard's architecture in one method: relevance, places, times, events. Thread-safe when its stages are,
 * so one instance serves parallel workers.
 */
public final class Pipeline {
  private final Geoparser geoparser;
  private final TimeTagger timeTagger;
  private final EventExtractor extractor;

  public Pipeline(Geoparser geoparser, TimeTagger timeTagger, EventExtractor extractor) {
    this.geoparser = Objects.requireNonNull(geoparser, "geoparser");
    this.timeTagger = Objects.requireNonNull(timeTagger, "timeTagger");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** Runs every stage on one report. Bad text never throws: what could not be read is a problem. */
  public Extraction process(Report report) {
    List<Problem> problems = new ArrayList<>();
    if (!extractor.relevant(report)) {
      return new Extraction(report, List.of(), problems);
    }
    try {
      List<ResolvedPlace> places = geoparser.places(report, problems::add);
      List<TimeMention> times = timeTagger.tag(report.text(), report.published());
      List<Event> events = extractor.extract(report, places, times, problems::add);
      return new Extraction(report, events, problems);
    } catch (RuntimeException e) {
      // A bug met by one report must not sink the batch: record it with the report, keep going.
      problems.add(Problem.ofReport(report, "pipeline", "internal error: " + e, java.util.Optional.empty()));
      return new Extraction(report, List.of(), problems);
    }
  }

  public Geoparser geoparser() {
    return geoparser;
  }

  public TimeTagger timeTagger() {
    return timeTagger;
  }

  public EventExtractor extractor() {
    return extractor;
  }
}
