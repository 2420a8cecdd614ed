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
 * (protest vocabulary, forms, ACLED type rules, actors, claim patterns, vague quantities). It reads each
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
    FormLexicon forms = new FormLexicon();
    ActorLexicon actors = new ActorLexicon();
    TypeRules types = new TypeRules(new TypeCoder(vocabulary, forms));
    this.lexicons = new Lexicons(new Segmenter(), vocabulary, forms, types, actors,
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
    // Spans past the end of the text are bad input from a stage: leave them out, say so, carry on.
    int length = report.text().length();
    List<ResolvedPlace> inPlaces = places.stream().filter(p -> p.mention().span().end() <= length).toList();
    List<TimeMention> inTimes = times.stream().filter(t -> t.span().end() <= length).toList();
    if (inPlaces.size() < places.size() || inTimes.size() < times.size()) {
      problems.accept(Problem.ofReport(report, "extract", "place or time mentions beyond the end of the text were "
          + "ignored", java.util.Optional.empty()));
    }
    return new ReportReading(lexicons, report, inPlaces, inTimes, problems).events();
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
