// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * A {@link Geoparser} driven by a {@link Gazetteer}, without a statistical model: {@link PlaceRecogniser} finds
 * capitalised names the gazetteer knows (with guards against people, organisations and common words) and
 * {@link PlaceResolver} resolves them in the context of the whole report.
 *
 * <p>Demonyms and country adjectives ("Iranian security forces") are returned by {@link #recognise} and
 * {@link #places}: they resolve to their country with feature class "A" and feature code
 * {@link ResolvedPlace#DEMONYM} ({@link ResolvedPlace#isDemonym()}), and precision 3. They are context, not event
 * places: an event extractor must skip them. Countries and first-order regions have precision 3, towns 1.
 * "The capital" ("Haiti's capital", "the Malian capital") resolves to that country's capital
 * ({@link CapitalPhrases}). A name that cannot be resolved yields a {@link Problem} (stage "geo") and no place, never a guessed point.
 *
 * <p>Immutable and thread-safe: one instance serves every report of a run.
 */
public final class GazetteerGeoparser implements Geoparser {
  private final PlaceRecogniser recogniser;
  private final PlaceResolver resolver;
  private final CapitalPhrases capitals;
  private final Gazetteer gazetteer;

  public GazetteerGeoparser(Gazetteer gazetteer) {
    Objects.requireNonNull(gazetteer, "gazetteer");
    this.recogniser = new PlaceRecogniser(gazetteer, WordLists.bundled());
    this.resolver = new PlaceResolver(gazetteer);
    this.capitals = new CapitalPhrases(gazetteer);
    this.gazetteer = gazetteer;
  }

  /** The two-letter code of the country of that name ("Kenya", "Ivory Coast"), or empty when none has it. */
  public Optional<String> countryCode(String countryName) {
    return gazetteer.lookup(countryName.strip()).stream().filter(GazetteerEntry::isCountry)
        .map(GazetteerEntry::countryCode).findFirst();
  }

  /** A geoparser over the bundled GeoNames gazetteer (about a second to load). */
  public static GazetteerGeoparser withBundledGazetteer() {
    return new GazetteerGeoparser(GeoNamesGazetteer.bundled());
  }

  @Override
  public List<PlaceMention> recognise(String text) {
    Objects.requireNonNull(text, "text");
    return recogniser.recognise(text);
  }

  @Override
  public List<ResolvedPlace> resolve(Report report, List<PlaceMention> mentions, Consumer<Problem> problems) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(mentions, "mentions");
    Objects.requireNonNull(problems, "problems");
    return capitals.add(report.text(), resolver.resolve(report, mentions, problems));
  }
}
