// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.util.List;
import java.util.function.Consumer;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * Finds the places a report names and resolves them, using the whole document as context. Implementations
 * are thread-safe: one instance serves every report of a run.
 */
public interface Geoparser {

  /** The place names in {@code text}, in text order. */
  List<PlaceMention> recognise(String text);

  /**
   * Resolves the given mentions of {@code report}. A mention that cannot be resolved is left out of the
   * result and reported to {@code problems}; it is never placed at a guessed point.
   */
  List<ResolvedPlace> resolve(Report report, List<PlaceMention> mentions, Consumer<Problem> problems);

  /** Recognises and resolves in one go. */
  default List<ResolvedPlace> places(Report report, Consumer<Problem> problems) {
    return resolve(report, recognise(report.text()), problems);
  }
}
