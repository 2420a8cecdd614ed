// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import java.lang.reflect.InvocationTargetException;
import org.placard.pipeline.Pipeline;

/** Placard's default pipeline (bundled gazetteer, rule time tagger, rule event extractor), as the CLI runs it. */
public final class StandardPipeline implements PipelineFactory {
  private static final long serialVersionUID = 1L;

  @Override
  public Pipeline create() {
    // Looked up by name until org.placard.pipeline.Pipelines lands on main; then this becomes a plain call.
    try {
      return (Pipeline) Class.forName("org.placard.pipeline.Pipelines").getMethod("standard").invoke(null);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the standard pipeline could not be built", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this build has no standard pipeline (org.placard.pipeline.Pipelines)", e);
    }
  }
}
