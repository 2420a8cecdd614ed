// SPDX-License-Identifier: Apache-2.0
package org.placard.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Case2021EvalTest {
  @Test
  void readsSnippetsAndSkipsMalformedLines() throws Exception {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("case2021-mini.tsv"), StandardCharsets.UTF_8))) {
      List<Case2021Eval.Snippet> s = Case2021Eval.read(r);
      assertThat(s).extracting(Case2021Eval.Snippet::code)
          .containsExactly("AIR_STRIKE", "GRENADE", "NATURAL_DISASTER", "GRENADE");
    }
  }

  @Test
  void scoresMatchAHandComputedExample() {
    // gold A A B, predicted A B B: F1(A) = 2/3, F1(B) = 2/3; accuracy 2/3.
    Map<String, Double> s = Case2021Eval.scores(List.of("A", "A", "B"), List.of("A", "B", "B"));
    assertThat(s.get("accuracy")).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.get("macro_f1")).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.get("weighted_f1")).isCloseTo(2.0 / 3, within(1e-9));
    Map<String, Double> t = Case2021Eval.scores(List.of("A", "B"), List.of("A", "A"));
    // F1(A) = 2/3 (tp 1, fp 1), F1(B) = 0: macro 1/3, weighted 1/3.
    assertThat(t.get("macro_f1")).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void snippetsAreCodedByTheTypeCoderAndMappedToCaseCodes() {
    // The constructor fails when an outcome of the coder has no CASE code.
    Case2021Eval eval = new Case2021Eval();
    assertThat(eval.classify("A suicide bomber struck a checkpoint.").code()).isEqualTo("SUIC_BOMB");
    assertThat(eval.classify("Heavy floods hit the province.").code()).isEqualTo("NATURAL_DISASTER");
    assertThat(eval.classify("Nothing happened today.").code()).isEqualTo("OTHER");
  }

  @Test
  void runPrintsTheJsonKeysLast() throws Exception {
    Path file = Path.of(getClass().getResource("case2021-mini.tsv").toURI());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Case2021Eval.run(file, "odd", 0, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertThat(lines[lines.length - 1]).contains("\"n\": 2", "\"accuracy\"", "\"weighted_f1\"", "\"macro_f1\"");
  }

  @Test
  void errorsListTheMisclassifiedSnippetsWithTheCueThatFired() throws Exception {
    Path file = Path.of(getClass().getResource("case2021-mini.tsv").toURI());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Case2021Eval.run(file, "all", 5, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // Row 4 of the fixture is gold GRENADE but tells of a stun grenade at a protest.
    assertThat(out).contains("4\tgold GRENADE\tours PROTEST_WITH_INTER\tline ", "cue \"stun grenades\"");
  }
}
