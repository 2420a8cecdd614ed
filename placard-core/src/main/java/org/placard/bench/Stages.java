// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.io.IOException;
import java.util.Objects;
import org.placard.extract.EventExtractor;
import org.placard.geo.Geoparser;
import org.placard.pipeline.Pipeline;
import org.placard.pipeline.Pipelines;
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

  /**
   * The stages of the pipeline {@code placard ingest} runs ({@link Pipelines#standard()}: the user's imported
   * gazetteer when there is one), so that the bench measures what ingest does.
   *
   * @throws IOException if the user's imported gazetteer exists but cannot be read
   */
  public static Stages standard() throws IOException {
    Pipeline standard = Pipelines.standard();
    return new Stages(standard.geoparser(), standard.timeTagger(), standard.extractor());
  }

  public Pipeline pipeline() {
    return new Pipeline(geoparser, timeTagger, extractor);
  }
}
