// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import org.placard.extract.EventExtractor;
import org.placard.geo.Geoparser;

/** A baseline the tests find through META-INF/services, as the CoreNLP module is found. */
public final class FakeBaseline implements Baseline {
  @Override
  public String name() {
    return "fake";
  }

  @Override
  public Stages stages(Geoparser resolver, EventExtractor extractor) {
    Stages fake = FakeStages.stages();
    return new Stages(fake.geoparser(), fake.timeTagger(), extractor);
  }
}
