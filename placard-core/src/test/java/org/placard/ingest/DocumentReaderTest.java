// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentReaderTest {

  @Test
  void aShortFirstLineFollowedByTextIsTheTitle() {
    assertThat(DocumentReader.plainTitle("MEK Resistance Units Defy Iranian Security Forces\n\nBody."))
        .contains("MEK Resistance Units Defy Iranian Security Forces");
    assertThat(DocumentReader.plainTitle("Protest in Qom?\nBody.")).contains("Protest in Qom?");
  }

  @Test
  void aSentenceALoneLineOrALongLineIsNot() {
    assertThat(DocumentReader.plainTitle("Workers struck on Monday.\n\nMore text.")).isEmpty();
    assertThat(DocumentReader.plainTitle("Only one line")).isEmpty();
    assertThat(DocumentReader.plainTitle("Heading\n   \n")).isEmpty();
    assertThat(DocumentReader.plainTitle("x".repeat(201) + "\nBody.")).isEmpty();
  }
}
