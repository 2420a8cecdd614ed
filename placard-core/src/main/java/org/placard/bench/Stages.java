// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.util.Objects;
import org.placard.extract.EventExtractor;
import org.placard.extract.RuleEventExtractor;
import org.placard.geo.GazetteerGeoparser;
import org.placard.geo.Geoparser;
import org.placard.pipeline.Pipeline;
import org.placard.time.RuleTimeTagger;
import org.placard.time.TimeTagger;

/**
 * The three stages of a pipeline, kept apart so that a baseline can reuse some of them and a bench can time
 * each one.
 */
public record Stages(Geoparser geoparser, TimeTagger timeTagger, EventExtractor extractor) {
  public Stages {
    Objects.requireNonNull(geoparser, "geoparser");
    Objects.requireNonNull(timeTagger, "timeTagger");
    Objects.requireNonNull(extractor, "extractor");
  }

  /** Placard's own stages: the bundled gazetteer's geoparser, the rule time tagger and the rule event extractor. */
  public static Stages standard() {
    return new Stages(GazetteerGeoparser.withBundledGazetteer(), new RuleTimeTagger(), new RuleEventExtractor());
  }

  public Pipeline pipeline() {
    return new Pipeline(geoparser, timeTagger, extractor);
  }
}
