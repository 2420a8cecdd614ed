// SPDX-License-Identifier: GPL-3.0-or-later
package org.placard.corenlp;

import org.placard.bench.Stages;
import org.placard.extract.EventExtractor;
import org.placard.geo.Geoparser;
import org.placard.pipeline.Pipeline;

/** The CoreNLP baseline, assembled: CoreNLP recognises places and times, Placard resolves and extracts. */
public final class CoreNlpPipelines {
  private CoreNlpPipelines() {}

  /**
   * The baseline pipeline. Loads CoreNLP's models (tens of seconds, about 2 GB of heap).
   *
   * @param resolverDelegate the geoparser that resolves the places CoreNLP finds (Placard's own)
   * @param extractor        the event extractor (Placard's own)
   */
  public static Pipeline baseline(Geoparser resolverDelegate, EventExtractor extractor) {
    return stages(resolverDelegate, extractor).pipeline();
  }

  /** The baseline's stages, which share one CoreNLP annotator. */
  public static Stages stages(Geoparser resolverDelegate, EventExtractor extractor) {
    CoreNlpAnnotator annotator = new CoreNlpAnnotator();
    return new Stages(new CoreNlpGeoparser(annotator, resolverDelegate), new CoreNlpTimeTagger(annotator), extractor);
  }
}
