// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.placard.model.Problem;
import org.placard.pipeline.Extraction;
import org.placard.pipeline.Ingestion;

class BenchTest {
  /** The fixture corpus: 8 reports, 3 of which march, protest or rally. */
  static final int CORPUS = 8;
  static final int PROTESTS = 3;

  final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  BenchOptions options(int repeat, Optional<String> baseline) {
    return new BenchOptions(List.of(CorpusReaderTest.fixture("corpus")), repeat, 2, 3, baseline, 4, Optional.empty());
  }

  JsonNode lastLine() throws IOException {
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    return new ObjectMapper().readTree(lines.get(lines.size() - 1));
  }

  @Test
  void theLastLineIsJsonWithTheCountsAndRates() throws IOException {
    Bench.run(options(3, Optional.empty()), FakeStages.stages(), Optional.empty(), out);
    JsonNode json = lastLine();
    assertThat(json.get("reports").asLong()).isEqualTo(3 * CORPUS);
    assertThat(json.get("events").asLong()).isEqualTo(3 * PROTESTS);
    assertThat(json.get("problems").asLong()).isEqualTo(3 * (CORPUS - PROTESTS));
    assertThat(json.get("reports_per_s").asDouble()).isPositive();
    assertThat(json.get("mb_per_s").asDouble()).isPositive();
    assertThat(json.get("peak_heap_mb").asDouble()).isPositive();
    assertThat(json.get("threads").asInt()).isEqualTo(2);
    assertThat(json.get("cpu_seconds").asDouble()).isNotNegative();
    assertThat(json.has("speedup")).isFalse();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("placard", "reports/s", "time per report by stage");
  }

  @Test
  void aBaselineRunsOnASampleAndGivesTheSpeedup() throws IOException {
    Bench.run(options(1, Optional.of("fake")), FakeStages.stages(), Optional.empty(), out);
    JsonNode json = lastLine();
    assertThat(json.get("baseline").asText()).isEqualTo("fake");
    assertThat(json.get("baseline_reports").asLong()).isEqualTo(4);
    assertThat(json.get("baseline_reports_per_s").asDouble()).isPositive();
    assertThat(json.get("speedup").asDouble()).isPositive();
  }

  @Test
  void aSampleRunsTheBenchOnPartOfTheCorpus() throws IOException {
    BenchOptions sampled = new BenchOptions(List.of(CorpusReaderTest.fixture("corpus")), 1, 1, 0, Optional.empty(), 4,
        Optional.of(2));
    Bench.run(sampled, FakeStages.stages(), Optional.empty(), out);
    assertThat(lastLine().get("reports").asLong()).isEqualTo(2);
  }

  @Test
  void aMissingBaselineSaysHowToBuildItBeforeAnythingRuns() {
    assertThatThrownBy(() -> Bench.run(options(1, Optional.of("corenlp")), FakeStages.stages(), Optional.empty(), out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mvn -B -Pcorenlp -pl placard-corenlp -am");
    assertThat(printed.size()).isZero();
  }

  @Test
  void withAStoreEveryVariedReportIsSavedOnce() throws IOException {
    List<Extraction> saved = new ArrayList<>();
    Ingestion.Sink sink = new Ingestion.Sink() {
      @Override
      public Set<String> known(Collection<String> reportIds) {
        Set<String> known = new HashSet<>();
        saved.forEach(e -> known.add(e.report().id()));
        known.retainAll(reportIds);
        return known;
      }

      @Override
      public void save(List<Extraction> batch, List<Problem> inputProblems) {
        saved.addAll(batch);
      }
    };
    Bench.run(options(2, Optional.empty()), FakeStages.stages(), Optional.of(sink), out);
    assertThat(saved).hasSize(2 * CORPUS);
    assertThat(saved).extracting(e -> e.report().id()).doesNotHaveDuplicates();
    assertThat(lastLine().get("events").asLong()).isEqualTo(2 * PROTESTS);
  }
}
