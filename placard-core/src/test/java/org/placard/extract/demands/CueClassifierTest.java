// SPDX-License-Identifier: Apache-2.0
package org.placard.extract.demands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Demands and responses of the invented sentences in {@code cue-sentences.tsv}, one test a line. */
class CueClassifierTest {
  private static final CueClassifier DEMANDS = CueClassifier.demands();
  private static final CueClassifier RESPONSES = CueClassifier.responses();

  @TestFactory
  Stream<DynamicTest> everySentenceGetsItsDemandsAndResponses() throws IOException {
    String file;
    try (InputStream in = getClass().getResourceAsStream("cue-sentences.tsv")) {
      file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return file.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).map(f ->
        DynamicTest.dynamicTest(f[0], () -> {
          assertThat(DEMANDS.classify(f[0])).as("demands").isEqualTo(labels(f[1]));
          assertThat(RESPONSES.classify(f[0])).as("responses").isEqualTo(labels(f[2]));
        }));
  }

  private static Set<String> labels(String field) {
    return Arrays.stream(field.split("\\|")).map(String::strip).collect(Collectors.toSet());
  }
}
