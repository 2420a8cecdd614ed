// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.placard.pipeline.Pipeline;
import org.placard.pipeline.Pipelines;

/**
 * Placard's default pipeline ({@link Pipelines#standard()}), as {@code placard ingest} runs it. On an executor
 * the gazetteer is the bundled one unless the executor's user has imported one.
 */
public final class StandardPipeline implements PipelineFactory {
  private static final long serialVersionUID = 1L;

  @Override
  public Pipeline create() {
    try {
      return Pipelines.standard();
    } catch (IOException e) {
      throw new UncheckedIOException("the standard pipeline could not be built", e);
    }
  }
}
