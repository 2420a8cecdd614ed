// SPDX-License-Identifier: Apache-2.0
package org.placard.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SourceRegisterTest {
  private static final String FILE = """
      # name	kind	organisation	aliases	edition
      The Morning Clarion	national-media		Clarion,clarion.example	print
      Wire Service of Elsewhere	international-agency		WSE
      """;

  @Test
  void theEditionColumnMarksDailyPrintNewspapers() throws IOException {
    SourceRegister register = SourceRegister.read(new StringReader(FILE));
    assertThat(register.outletNamed("the morning clarion")).hasValueSatisfying(o -> assertThat(o.printDaily()).isTrue());
    assertThat(register.outletNamed("WSE")).hasValueSatisfying(o -> assertThat(o.printDaily()).isFalse());
  }

  @Test
  void aCitationNamesItsOutletAmongOtherWords() throws IOException {
    SourceRegister register = SourceRegister.read(new StringReader(FILE));
    assertThat(register.outletIn("Strike closes port. The Morning Clarion (Harbourtown) final edition"))
        .hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("The Morning Clarion"));
    assertThat(register.outletIn("Strike closes port, WSE reports")).isEmpty(); // too short to trust in free text
    assertThat(register.outletIn("Strike closes port")).isEmpty();
  }

  @Test
  void theBundledRegisterKnowsTheBigDailies() {
    assertThat(SourceRegister.bundled().outletIn("world briefing the new york times"))
        .hasValueSatisfying(o -> assertThat(o.printDaily()).isTrue());
    assertThat(SourceRegister.bundled().outletNamed("Reuters"))
        .hasValueSatisfying(o -> assertThat(o.printDaily()).isFalse());
  }
}
