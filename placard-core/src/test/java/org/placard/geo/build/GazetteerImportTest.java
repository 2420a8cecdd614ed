// SPDX-License-Identifier: Apache-2.0
package org.placard.geo.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placard.geo.GazetteerEntry;
import org.placard.geo.GeoNamesGazetteer;
import org.placard.model.Problem;

class GazetteerImportTest {

  @Test
  void importsADumpWithItsAlternateNamesAndSkipsBadLines(@TempDir Path dir) throws IOException {
    Path dump = dir.resolve("cities1000.txt");
    Files.writeString(dump, String.join("\n",
        "9999001\tNew Hamlet\tNew Hamlet\t\t36.5\t50.5\tP\tPPL\tIR\t\t08\t\t\t\t1200\t\t\tAsia/Tehran\t2024-01-01",
        "9999002\tBad Hamlet\tBad Hamlet\t\t36.5\t250.5\tP\tPPL\tIR\t\t08\t\t\t\t1200\t\t\tAsia/Tehran\t2024-01-01"));
    Path alternates = dir.resolve("alternateNamesV2.txt");
    Files.writeString(alternates, "1\t9999001\ten\tOld Hamlet\t\t\t\t\t\t\n2\t9999001\tlink\thttps://x.example\t\t\t\t\t\t\n");
    List<Problem> problems = new ArrayList<>();
    Path out = dir.resolve("gazetteer.tsv.gz");

    GazetteerImport.Summary summary = GazetteerImport.run(dump, alternates, out, problems::add);

    assertThat(summary.places()).isEqualTo(1);
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("out of range"));
    GeoNamesGazetteer imported = GeoNamesGazetteer.load(out);
    assertThat(imported.lookup("Old Hamlet")).singleElement().satisfies(e -> {
      assertThat(e.geonameId()).contains(9999001L);
      assertThat(e.admin1Name()).isPresent(); // the bundled regions fill in for a dump without its own
    });
    assertThat(imported.lookup("https://x.example")).isEmpty();
    assertThat(imported.lookup("Gilan").stream().anyMatch(GazetteerEntry::isAdmin1)).isTrue();
  }
}
