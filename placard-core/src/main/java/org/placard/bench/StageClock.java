// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.placard.extract.EventExtractor;
import org.placard.geo.Geoparser;
import org.placard.geo.PlaceMention;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Event;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.time.TimeMention;
import org.placard.time.TimeTagger;

/**
 * Wraps stages so that the time spent in each (summed over all threads) can be read after a run: where the
 * time goes is what a throughput number alone does not tell. Thread-safe; costs two clock reads per call.
 */
final class StageClock {
  static final List<String> STAGES =
      List.of("relevance", "recognise places", "resolve places", "places", "times", "events");
  private final Map<String, LongAdder> nanos = new LinkedHashMap<>();

  StageClock() {
    STAGES.forEach(s -> nanos.put(s, new LongAdder()));
  }

  /** Nanoseconds spent in each stage so far, in pipeline order. */
  Map<String, Long> nanos() {
    Map<String, Long> out = new LinkedHashMap<>();
    nanos.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  private <T> T time(String stage, Supplier<T> work) {
    long t0 = System.nanoTime();
    try {
      return work.get();
    } finally {
      nanos.get(stage).add(System.nanoTime() - t0);
    }
  }

  Stages wrap(Stages s) {
    Geoparser geo = new Geoparser() {
      @Override
      public List<PlaceMention> recognise(String text) {
        return time("recognise places", () -> s.geoparser().recognise(text));
      }

      @Override
      public List<ResolvedPlace> resolve(Report report, List<PlaceMention> mentions, Consumer<Problem> problems) {
        return time("resolve places", () -> s.geoparser().resolve(report, mentions, problems));
      }

      @Override
      public List<ResolvedPlace> places(Report report, Consumer<Problem> problems) {
        if (splitsPlaces(s.geoparser())) {
          return resolve(report, recognise(report.text()), problems);
        }
        // a geoparser with its own places() is timed as a whole, so that the wrapper does not change its result
        return time("places", () -> s.geoparser().places(report, problems));
      }
    };
    TimeTagger times = (String text, Optional<LocalDate> anchor) -> time("times", () -> s.timeTagger().tag(text, anchor));
    EventExtractor events = new EventExtractor() {
      @Override
      public boolean relevant(Report report) {
        return time("relevance", () -> s.extractor().relevant(report));
      }

      @Override
      public List<Event> extract(
          Report report, List<ResolvedPlace> places, List<TimeMention> mentions, Consumer<Problem> problems) {
        return time("events", () -> s.extractor().extract(report, places, mentions, problems));
      }
    };
    return new Stages(geo, times, events);
  }

  private static boolean splitsPlaces(Geoparser g) {
    try {
      return g.getClass().getMethod("places", Report.class, Consumer.class).getDeclaringClass() == Geoparser.class;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Geoparser.places is part of the interface", e);
    }
  }
}
