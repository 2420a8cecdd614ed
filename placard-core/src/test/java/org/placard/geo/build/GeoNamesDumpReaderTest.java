// SPDX-License-Identifier: Apache-2.0
package org.placard.geo.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.placard.model.Problem;

class GeoNamesDumpReaderTest {

  private static final String GOOD = "111453\tZanjān\tZanjan\tZanjan,ZNJ,http://x.example/z,زنجان,mshd\t36.67642\t"
      + "48.49628\tP\tPPLA\tIR\t\t36\t\t\t\t341801\t\t1663\tAsia/Tehran\t2020-01-01";
  private static final String OUT_OF_RANGE = "1\tNowhere\tNowhere\t\t95.0\t10.0\tP\tPPL\tIR\t\t01\t\t\t\t10\t\t\t\t";

  @Test
  void readsRowsKeepingOnlyUsefulAlternateNames() throws IOException {
    List<GeoNamesRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    read(GOOD, rows, problems);
    assertThat(problems).isEmpty();
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.geonameId()).isEqualTo(111453);
      assertThat(r.alternates()).containsExactly("زنجان"); // not the code, the link or the machine transliteration
      assertThat(r.population()).isEqualTo(341801);
      assertThat(r.admin1Code()).isEqualTo("36");
    });
  }

  @Test
  void aLineWithCoordinatesOutOfRangeIsAProblemAndSkipped() throws IOException {
    List<GeoNamesRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    read(OUT_OF_RANGE + "\n" + GOOD + "\nnot a geonames line", rows, problems);
    assertThat(rows).hasSize(1);
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).input()).isEqualTo("test:1");
    assertThat(problems.get(0).message()).contains("out of range");
  }

  private static void read(String text, List<GeoNamesRow> rows, List<Problem> problems) throws IOException {
    GeoNamesDumpReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test", rows::add,
        problems::add);
  }
}
