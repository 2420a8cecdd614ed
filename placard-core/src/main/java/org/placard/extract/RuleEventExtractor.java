// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Event;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.text.Segmenter;
import org.placard.time.TimeMention;

/**
 * A rule-based event coder in the manner of a careful ACLED coder, driven by the data files beside it
 * (protest vocabulary, forms, ACLED type cues, actors, claim patterns, vague quantities). It reads each
 * sentence, caption and list item of a report: a protest word or form cue with the places of that segment
 * makes one event per place and date; past events named as background become reference events; forms,
 * actors, slogans and claims are attached with their evidence. See {@link ReportReading} for the rules.
 *
 * <p>Immutable once built, and thread-safe: one instance serves every report of a run.
 */
public final class RuleEventExtractor implements EventExtractor {
  private final ProtestVocabulary vocabulary;
  private final Lexicons lexicons;

  /** The extractor with the data files shipped in {@code org/placard/extract}. */
  public RuleEventExtractor() {
    this.vocabulary = new ProtestVocabulary();
    ActorLexicon actors = new ActorLexicon();
    this.lexicons = new Lexicons(new Segmenter(), vocabulary, new FormLexicon(), new TypeRules(), actors,
        new SloganFinder(), new AttributionReader(actors), new ClaimReader(new Quantities(), new AttributionReader(actors)));
  }

  @Override
  public boolean relevant(Report report) {
    Objects.requireNonNull(report, "report");
    return vocabulary.anyIn(report.text()) || report.title().map(vocabulary::anyIn).orElse(false);
  }

  @Override
  public List<Event> extract(Report report, List<ResolvedPlace> places, List<TimeMention> times,
      Consumer<Problem> problems) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(places, "places");
    Objects.requireNonNull(times, "times");
    Objects.requireNonNull(problems, "problems");
    return new ReportReading(lexicons, report, places, times, problems).events();
  }

  /** The shared, immutable lexicons and readers one report's reading uses. */
  record Lexicons(
      Segmenter segmenter,
      ProtestVocabulary vocabulary,
      FormLexicon forms,
      TypeRules types,
      ActorLexicon actors,
      SloganFinder slogans,
      AttributionReader attributions,
      ClaimReader claims) {}
}
