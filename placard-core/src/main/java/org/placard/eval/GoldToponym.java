// SPDX-License-Identifier: Apache-2.0
package org.placard.eval;

import java.util.Objects;
import java.util.Optional;
import org.placard.model.Coordinates;
import org.placard.model.Span;

/**
 * A toponym of a geoparsing gold corpus, aligned to its article's text.
 *
 * @param span        where it stands in the text, after alignment
 * @param phrase      the text of the span
 * @param coordinates the gold point; absent for toponyms that count for recognition only
 */
public record GoldToponym(Span span, String phrase, Optional<Coordinates> coordinates) {
  public GoldToponym {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(coordinates, "coordinates");
  }
}
