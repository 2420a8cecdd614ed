// SPDX-License-Identifier: GPL-3.0-or-later
package org.placard.corenlp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.placard.geo.Geoparser;
import org.placard.geo.PlaceMention;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * Places as CoreNLP's named-entity recogniser finds them (LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE), resolved by
 * a Placard resolver: only recognition is CoreNLP's. Thread-safe when the resolver is.
 */
public final class CoreNlpGeoparser implements Geoparser {
  private final CoreNlpAnnotator annotator;
  private final Geoparser resolver;

  /**
   * @param annotator the CoreNLP pipeline, shared with the time tagger so that a report is annotated once
   * @param resolver  the geoparser whose {@link Geoparser#resolve} resolves the mentions found
   */
  public CoreNlpGeoparser(CoreNlpAnnotator annotator, Geoparser resolver) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  @Override
  public List<PlaceMention> recognise(String text) {
    return annotator.annotate(text, Optional.empty()).places();
  }

  @Override
  public List<ResolvedPlace> resolve(Report report, List<PlaceMention> mentions, Consumer<Problem> problems) {
    return resolver.resolve(report, mentions, problems);
  }

  /** Annotates with the report's date, as the time tagger will, so that both read the same annotation. */
  @Override
  public List<ResolvedPlace> places(Report report, Consumer<Problem> problems) {
    return resolve(report, annotator.annotate(report.text(), report.published()).places(), problems);
  }
}
