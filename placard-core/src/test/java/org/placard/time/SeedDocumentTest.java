// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.placard.model.EventDate;
import org.placard.model.TimePrecision;

/** The dates of the project's first document, a report with no date of its own. */
class SeedDocumentTest {

  @Test
  void finds_every_date_the_first_document_states() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("resistance-units-october-2020.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<TimeMention> found = new RuleTimeTagger().tag(text, Optional.empty());

    assertThat(find(found, "October 10, 2020").date()).contains(EventDate.day(LocalDate.of(2020, 10, 10)));
    assertThat(find(found, "The first week of October 2020").date()).contains(new EventDate(
        LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 7), TimePrecision.WEEK, false));
    assertThat(find(found, "November 2019").date().orElseThrow().precision()).isEqualTo(TimePrecision.MONTH);
    assertThat(find(found, "December 23, 2019").value()).contains("2019-12-23");
    assertThat(find(found, "December 15, 2019").value()).contains("2019-12-15");
    assertThat(find(found, "October 22, 1993").value()).contains("1993-10-22");
  }

  private static TimeMention find(List<TimeMention> found, String text) {
    return found.stream().filter(m -> m.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError(text + " not found in " + found));
  }
}
