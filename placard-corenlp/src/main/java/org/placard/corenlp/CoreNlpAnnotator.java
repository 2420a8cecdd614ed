// SPDX-License-Identifier: GPL-3.0-or-later
package org.placard.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.placard.geo.PlaceMention;
import org.placard.model.EventDate;
import org.placard.model.Span;
import org.placard.time.TimeMention;
import org.placard.time.TimeType;

/**
 * CoreNLP's standard English pipeline (tokenize, ssplit, pos, lemma, ner with its fine-grained classes and SUTime),
 * run once per text: the place mentions and the time mentions both come from the one annotation, as a CoreNLP user
 * would get them. The last text each thread annotated is remembered, so that the geoparser and the time tagger
 * of one report share the work.
 *
 * <p>Thread-safe: CoreNLP's pipeline serves several threads; the memory of the last text is per thread.
 * Loading the models takes tens of seconds and about 2 GB of heap.
 */
public final class CoreNlpAnnotator {
  /** CoreNLP's classes for places: the coarse LOCATION and the fine-grained ones of its regexner. */
  static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  /** What one text holds, once annotated. */
  record Annotated(String text, Optional<LocalDate> anchor, List<PlaceMention> places, List<TimeMention> times) {}

  private final StanfordCoreNLP pipeline;
  private final ThreadLocal<Annotated> last = new ThreadLocal<>();

  public CoreNlpAnnotator() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("tokenize.language", "en");
    this.pipeline = new StanfordCoreNLP(props);
  }

  /**
   * The mentions in {@code text}, relative dates resolved against {@code anchor} (SUTime's document date). Without
   * an anchor SUTime leaves relative expressions underspecified, and they come back without a value.
   */
  Annotated annotate(String text, Optional<LocalDate> anchor) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(anchor, "anchor");
    Annotated cached = last.get();
    if (cached != null && cached.anchor().equals(anchor) && cached.text().equals(text)) {
      return cached;
    }
    CoreDocument doc = new CoreDocument(text);
    anchor.ifPresent(d -> doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    pipeline.annotate(doc);
    List<PlaceMention> places = new ArrayList<>();
    List<TimeMention> times = new ArrayList<>();
    for (CoreEntityMention m : doc.entityMentions() == null ? List.<CoreEntityMention>of() : doc.entityMentions()) {
      Span span = new Span(m.charOffsets().first(), m.charOffsets().second());
      if (PLACE_TYPES.contains(m.entityType())) {
        places.add(new PlaceMention(span, span.of(text)));
      }
      Timex timex = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
      if (timex != null) {
        timeMention(span, span.of(text), timex).ifPresent(times::add);
      }
    }
    Annotated done = new Annotated(text, anchor, List.copyOf(places), List.copyOf(times));
    last.set(done);
    return done;
  }

  /** SUTime's TIMEX3 as a mention: its type, its value unless underspecified, and the range it denotes. */
  static Optional<TimeMention> timeMention(Span span, String text, Timex timex) {
    TimeType type;
    try {
      type = TimeType.valueOf(String.valueOf(timex.timexType()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Optional<String> value = Optional.ofNullable(timex.value()).or(() -> Optional.ofNullable(timex.altVal()))
        .filter(v -> !v.isBlank() && !v.contains("X") || v.matches("\\d{3}X"));
    Optional<EventDate> date = type == TimeType.DATE || type == TimeType.TIME
        ? value.flatMap(TimexDates::date) : Optional.empty();
    return Optional.of(new TimeMention(span, text, type, value, date));
  }
}
