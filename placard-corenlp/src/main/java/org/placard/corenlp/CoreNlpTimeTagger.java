// SPDX-License-Identifier: GPL-3.0-or-later
package org.placard.corenlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.placard.time.TimeMention;
import org.placard.time.TimeTagger;

/** Time expressions as SUTime finds and normalises them, within CoreNLP's NER. Thread-safe. */
public final class CoreNlpTimeTagger implements TimeTagger {
  private final CoreNlpAnnotator annotator;

  /** @param annotator the CoreNLP pipeline, shared with the geoparser so that a report is annotated once */
  public CoreNlpTimeTagger(CoreNlpAnnotator annotator) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
  }

  @Override
  public List<TimeMention> tag(String text, Optional<LocalDate> anchor) {
    return annotator.annotate(text, anchor).times();
  }
}
