// SPDX-License-Identifier: Apache-2.0
package org.placard.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.placard.model.Span;

class TimemlEvalTest {

  private static Path fixtures() throws URISyntaxException {
    return Path.of(TimemlEvalTest.class.getResource("timeml").toURI());
  }

  @Test
  void reads_text_gold_offsets_and_the_creation_time_as_anchor() throws Exception {
    TimemlDocument doc = TimemlDocument.read(fixtures().resolve("one.tml"));
    assertThat(doc.anchor()).contains(LocalDate.of(2020, 10, 10));
    assertThat(doc.gold()).extracting(TimemlDocument.Timex::text)
        .containsExactly("yesterday", "two weeks", "Thursday morning", "the winter");
    for (TimemlDocument.Timex t : doc.gold()) {
      assertThat(t.span().of(doc.text())).isEqualTo(t.text());
    }
    assertThat(doc.text()).contains("yesterday & marched").doesNotContain("<EVENT");
    assertThat(doc.gold().get(1).value()).isEqualTo("P2W");
  }

  @Test
  void scores_a_tree_with_tempeval_measures_and_ends_with_json() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TimemlEval.Result r = TimemlEval.run(fixtures(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // 5 gold; the tagger finds all 5 with overlap. Exact spans: all but "Thursday morning" (tagged TIME, whole)
    // match; "the winter" gets 2020-WI, not the gold value; "Thursday morning" gets a TIME value.
    assertThat(r.documents()).isEqualTo(2);
    assertThat(r.n()).isEqualTo(5);
    assertThat(r.relaxed().recall()).isEqualTo(1.0);
    assertThat(r.value().recall()).isCloseTo(3 / 5.0, within(1e-9));
    String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
    JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
    assertThat(json.get("n").asInt()).isEqualTo(5);
    for (String key : new String[] {"extract_strict_f1", "extract_relaxed_f1", "value_f1", "type_accuracy"}) {
      assertThat(json.has(key)).as(key).isTrue();
    }
  }

  @Test
  void a_sub_folder_is_a_split() throws Exception {
    TimemlEval.Result r = TimemlEval.run(fixtures().resolve("sub"), new PrintStream(
        new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(r.documents()).isEqualTo(1);
    assertThat(r.value().f1()).isEqualTo(1.0);
  }

  @Test
  void even_and_odd_halves_split_the_files_in_path_order() throws Exception {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    org.placard.time.RuleTimeTagger tagger = new org.placard.time.RuleTimeTagger();
    TimemlEval.Result even = TimemlEval.run(fixtures(), "even", tagger, quiet, false);
    TimemlEval.Result odd = TimemlEval.run(fixtures(), "odd", tagger, quiet, false);
    // Path order: one.tml (4 gold), then sub/two.tml (1 gold).
    assertThat(even.documents()).isEqualTo(1);
    assertThat(even.n()).isEqualTo(4);
    assertThat(odd.documents()).isEqualTo(1);
    assertThat(odd.n()).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimemlEval.run(fixtures(), "third", tagger, quiet,
        false)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void strips_tags_keeping_offsets() {
    TimemlDocument doc = TimemlDocument.parse("x", "a <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998\">1998</TIMEX3> b",
        Optional.empty());
    assertThat(doc.text()).isEqualTo("a 1998 b");
    assertThat(doc.gold().get(0).span()).isEqualTo(new Span(2, 6));
  }

  @Test
  void a_missing_directory_is_an_io_error() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimemlEval.run(Path.of("/no/such/dir"), System.out))
        .isInstanceOf(IOException.class);
  }
}
