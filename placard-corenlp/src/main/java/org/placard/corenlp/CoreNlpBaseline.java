// SPDX-License-Identifier: GPL-3.0-or-later
package org.placard.corenlp;

import org.placard.bench.Baseline;
import org.placard.bench.Stages;
import org.placard.extract.EventExtractor;
import org.placard.geo.Geoparser;

/** {@code placard bench --baseline corenlp}: found by the bench through META-INF/services. */
public final class CoreNlpBaseline implements Baseline {
  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public Stages stages(Geoparser resolver, EventExtractor extractor) {
    return CoreNlpPipelines.stages(resolver, extractor);
  }
}
