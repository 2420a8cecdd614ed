// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.placard.extract.EventExtractor;
import org.placard.geo.Geoparser;
import org.placard.geo.PlaceMention;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Event;
import org.placard.model.EventDate;
import org.placard.model.EventType;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.model.Source;
import org.placard.model.Span;
import org.placard.time.TimeMention;

/**
 * Stages made of lambdas for the bench's tests: places are capitalised first words, no times, and one event
 * for every report that says "march", "protest" or "rallied" (each other report is a problem).
 */
final class FakeStages {
  private FakeStages() {}

  static boolean protest(String text) {
    return text.contains("march") || text.contains("protest") || text.contains("rallied");
  }

  static Stages stages() {
    Geoparser geo = new Geoparser() {
      @Override
      public List<PlaceMention> recognise(String text) {
        int end = text.indexOf(' ');
        return end > 0 ? List.of(new PlaceMention(new Span(0, end), text.substring(0, end))) : List.of();
      }

      @Override
      public List<ResolvedPlace> resolve(Report report, List<PlaceMention> mentions, Consumer<Problem> problems) {
        return List.of();
      }
    };
    EventExtractor extractor = new EventExtractor() {
      @Override
      public boolean relevant(Report report) {
        return true;
      }

      @Override
      public List<Event> extract(Report r, List<ResolvedPlace> places, List<TimeMention> times, Consumer<Problem> p) {
        if (!protest(r.text())) {
          p.accept(Problem.ofReport(r, "extract", "no protest", Optional.empty()));
          return List.of();
        }
        return List.of(new Event("ev-" + r.id(), EventDate.day(LocalDate.of(2020, 1, 1)), Optional.empty(),
            EventType.PEACEFUL_PROTEST, Set.of(), List.of(), List.of(), List.of(), false, List.of(Source.of(r)),
            List.of()));
      }
    };
    return new Stages(geo, (text, anchor) -> List.of(), extractor);
  }
}
