// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * A seeded fuzz over the real fixtures: each is cut short and has bytes flipped, many times, and read under its
 * own name. Nothing may escape, and what comes out stays well-formed. Deterministic (fixed seeds), so a failure
 * replays.
 */
class MutatedFixturesTest {
  private final ReportSources sources = new ReportSources(SourceDefaults.none(), 1 << 20);

  static Stream<Path> fixtures() throws IOException {
    Path folder = ReportSourcesGoldenTest.folder();
    try (Stream<Path> good = Files.list(folder); Stream<Path> bad = Files.list(folder.resolve("bad"))) {
      return Stream.concat(good, bad)
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void mutatedInputsGiveReportsAndProblemsNeverExceptions(Path fixture) throws IOException {
    byte[] original = Files.readAllBytes(fixture);
    String name = fixture.getFileName().toString();
    Random random = new Random(name.hashCode());
    for (int round = 0; round < 25; round++) {
      byte[] mutated = mutate(original, random);
      List<Report> reports = new ArrayList<>();
      List<Problem> problems = new ArrayList<>();

      IngestSummary summary = sources.read(new ByteArrayInputStream(mutated), name, reports::add, problems::add);

      assertThat(summary.reports()).isEqualTo(reports.size());
      assertThat(reports).allSatisfy(r -> {
        assertThat(r.text()).isNotBlank().doesNotContain("\r");
        assertThat(r.input()).startsWith(name);
      });
      assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith(name));
    }
  }

  private static byte[] mutate(byte[] original, Random random) {
    int length = original.length == 0 ? 0 : random.nextInt(original.length + 1);
    byte[] mutated = Arrays.copyOf(original, random.nextBoolean() ? original.length : length);
    int flips = random.nextInt(8);
    for (int i = 0; i < flips && mutated.length > 0; i++) {
      mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
    }
    return mutated;
  }
}
