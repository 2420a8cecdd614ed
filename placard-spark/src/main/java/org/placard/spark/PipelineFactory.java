// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import java.io.Serializable;
import org.placard.pipeline.Pipeline;

/**
 * Builds the pipeline where the work runs. The factory, not the pipeline, travels from the driver to the
 * executors: a pipeline holds a gazetteer and is heavy, so each task builds one and uses it for every report
 * of its partition. Implementations must be serialisable and have no state worth shipping.
 */
@FunctionalInterface
public interface PipelineFactory extends Serializable {
  Pipeline create();

  /**
   * The factory named by {@code className}: a {@code PipelineFactory} with a public no-argument constructor,
   * so that a user's own pipeline can be run with {@code --pipeline}.
   */
  static PipelineFactory named(String className) {
    try {
      Object made = Class.forName(className).getConstructor().newInstance();
      if (made instanceof PipelineFactory factory) {
        return factory;
      }
      throw new IllegalArgumentException(className + " is not a " + PipelineFactory.class.getName());
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot make a pipeline factory of " + className + ": " + e, e);
    }
  }
}
