// SPDX-License-Identifier: Apache-2.0
package org.placard.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.placard.extract.EventExtractor;
import org.placard.geo.Geoparser;
import org.placard.geo.PlaceMention;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Event;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.time.TimeMention;

class IngestionTest {
  /** Stages that find nothing: these tests are about batching and counting, not extraction. */
  private static final Pipeline NOTHING = new Pipeline(
      new Geoparser() {
        @Override
        public List<PlaceMention> recognise(String text) {
          return List.of();
        }

        @Override
        public List<ResolvedPlace> resolve(Report report, List<PlaceMention> mentions, Consumer<Problem> problems) {
          return List.of();
        }
      },
      (text, anchor) -> List.<TimeMention>of(),
      new EventExtractor() {
        @Override
        public boolean relevant(Report report) {
          return false;
        }

        @Override
        public List<Event> extract(Report r, List<ResolvedPlace> p, List<TimeMention> t, Consumer<Problem> problems) {
          return List.of();
        }
      });

  private static final class MemorySink implements Ingestion.Sink {
    final Set<String> stored = new HashSet<>();
    final List<Integer> batches = new ArrayList<>();

    @Override
    public Set<String> known(Collection<String> reportIds) {
      Set<String> out = new HashSet<>(reportIds);
      out.retainAll(stored);
      return out;
    }

    @Override
    public void save(List<Extraction> batch, List<Problem> inputProblems) {
      batch.forEach(e -> stored.add(e.report().id()));
      batches.add(batch.size());
    }
  }

  @Test
  void theProgressListenerHearsTheCountsAfterEveryStoredBatch() {
    MemorySink sink = new MemorySink();
    List<Ingestion.Counts> heard = new ArrayList<>();
    try (Ingestion ingestion = new Ingestion(NOTHING, sink, 2, 1, heard::add)) {
      for (int i = 0; i < 5; i++) {
        ingestion.accept(Report.ofText("report " + i, "r" + i));
      }
    }

    assertThat(sink.batches).containsExactly(2, 2, 1);
    assertThat(heard).extracting(Ingestion.Counts::reportsRead).containsExactly(2L, 4L, 5L);
    assertThat(heard).extracting(Ingestion.Counts::reportsNew).containsExactly(2L, 4L, 5L);
  }

  @Test
  void reportsAlreadyStoredAreReadButNotCountedAsNew() {
    MemorySink sink = new MemorySink();
    try (Ingestion first = new Ingestion(NOTHING, sink, 10, 1)) {
      first.accept(Report.ofText("the same report", "a"));
    }
    List<Ingestion.Counts> heard = new ArrayList<>();
    try (Ingestion again = new Ingestion(NOTHING, sink, 10, 1, heard::add)) {
      again.accept(Report.ofText("the same report", "a"));
      again.accept(Report.ofText("a new report", "b"));
    }

    assertThat(heard).last().isEqualTo(new Ingestion.Counts(2, 1, 0, 0));
  }
}
