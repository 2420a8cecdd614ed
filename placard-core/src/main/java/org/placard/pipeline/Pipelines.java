// SPDX-License-Identifier: Apache-2.0
package org.placard.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import org.placard.extract.RuleEventExtractor;
import org.placard.geo.GazetteerGeoparser;
import org.placard.geo.GeoNamesGazetteer;
import org.placard.time.RuleTimeTagger;

/** The pipelines Placard ships. */
public final class Pipelines {
  private Pipelines() {}

  /**
   * The default pipeline: the GeoNames gazetteer (the user's imported one when present, else the bundled one),
   * the rule-based time tagger and the rule-based event extractor. Thread-safe; the bundled one is built once
   * per process (about a second) and shared, since every stage is immutable.
   *
   * @throws IOException if the user's imported gazetteer exists but cannot be read
   */
  public static Pipeline standard() throws IOException {
    if (Files.isRegularFile(GeoNamesGazetteer.userLocalFile())) {
      return of(GeoNamesGazetteer.loadDefault());
    }
    return Bundled.PIPELINE;
  }

  private static Pipeline of(GeoNamesGazetteer gazetteer) {
    return new Pipeline(new GazetteerGeoparser(gazetteer), new RuleTimeTagger(), new RuleEventExtractor());
  }

  /** The pipeline over the bundled gazetteer, built on first use. */
  private static final class Bundled {
    static final Pipeline PIPELINE = of(GeoNamesGazetteer.bundled());
  }
}
