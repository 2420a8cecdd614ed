// SPDX-License-Identifier: Apache-2.0
package org.placard.pipeline;

import java.io.IOException;
import org.placard.extract.RuleEventExtractor;
import org.placard.geo.GazetteerGeoparser;
import org.placard.geo.GeoNamesGazetteer;
import org.placard.time.RuleTimeTagger;

/** The pipelines Placard ships. */
public final class Pipelines {
  private Pipelines() {}

  /**
   * The default pipeline: the GeoNames gazetteer (the user's imported one when present, else the bundled one),
   * the rule-based time tagger and the rule-based event extractor. Takes about a second to build; the result
   * is thread-safe, so build one and share it.
   *
   * @throws IOException if the user's imported gazetteer exists but cannot be read
   */
  public static Pipeline standard() throws IOException {
    return new Pipeline(new GazetteerGeoparser(GeoNamesGazetteer.loadDefault()), new RuleTimeTagger(),
        new RuleEventExtractor());
  }
}
