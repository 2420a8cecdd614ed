// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.placard.model.Report;

class VariedCorpusTest {
  final List<Report> base = List.of(Report.ofText("Nurses struck in Lagos.", "a"), Report.ofText("Marcha en Bogotá.", "b"));

  @Test
  void copyZeroIsTheCorpusItself() {
    VariedCorpus v = new VariedCorpus(base, 2, 0);
    assertThat(v.get(0)).isEqualTo(base.get(0));
    assertThat(v.get(1)).isEqualTo(base.get(1));
  }

  @Test
  void everyRepetitionIsAnotherReportWithTheSameTextAhead() {
    VariedCorpus v = new VariedCorpus(base, 6, 1);
    List<Report> all = LongStream.range(0, 6).mapToObj(v::get).toList();
    assertThat(all).extracting(Report::id).doesNotHaveDuplicates().doesNotContain(base.get(0).id());
    assertThat(all.get(4).text()).startsWith(base.get(0).text()).endsWith("[3]");
    assertThat(all.get(5).input()).isEqualTo("b~3");
  }

  @Test
  void bytesCountTheVariedTextInUtf8() {
    VariedCorpus v = new VariedCorpus(base, 4, 9);
    for (long i = 0; i < 4; i++) {
      assertThat(v.bytes(i)).isEqualTo(v.get(i).text().getBytes(StandardCharsets.UTF_8).length);
    }
  }

  @Test
  void aCopyTellsOfLaterYearsSoItsEventsAreNewEvents() {
    Report dated = Report.of("On 10 October 2020 (2020-10-10, 10/10/2020) 1,2000 people and 2020.5 flags; in 1999.",
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.of(java.time.LocalDate.of(2020, 10, 12)), "en", "d");
    VariedCorpus v = new VariedCorpus(List.of(dated), 1, 3);

    Report copy = v.get(0);

    assertThat(copy.text()).startsWith(
        "On 10 October 2023 (2023-10-10, 10/10/2023) 1,2000 people and 2020.5 flags; in 2002.");
    assertThat(copy.published()).contains(java.time.LocalDate.of(2023, 10, 12));
    assertThat(v.bytes(0)).isEqualTo(copy.text().getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void readingPastTheEndFails() {
    assertThatThrownBy(() -> new VariedCorpus(base, 3, 0).get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new VariedCorpus(List.of(), 3, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
