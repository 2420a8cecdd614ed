// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.placard.model.Problem;
import org.placard.pipeline.Extraction;
import org.placard.pipeline.Ingestion;
import org.placard.store.EventStore;
import org.placard.store.StoreException;

/** Adapts an {@link EventStore} to the pipeline's batch sink. */
record StoreSink(EventStore store) implements Ingestion.Sink {
  @Override
  public Set<String> known(Collection<String> reportIds) throws IOException {
    try {
      return store.knownReports(reportIds);
    } catch (StoreException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public void save(List<Extraction> batch, List<Problem> inputProblems) throws IOException {
    try {
      store.save(batch, inputProblems);
    } catch (StoreException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
