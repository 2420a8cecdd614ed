// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds and normalises time expressions. Implementations are thread-safe.
 */
public interface TimeTagger {

  /**
   * The time expressions of {@code text}, in text order, relative expressions resolved against
   * {@code anchor} (the report's own date). Without an anchor, relative expressions come back with no value;
   * today's date is never used in its place.
   */
  List<TimeMention> tag(String text, Optional<LocalDate> anchor);
}
