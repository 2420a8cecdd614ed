// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.model.Span;

/**
 * The words that signal protest ({@code protest-vocabulary.txt}), as one pattern: a single scan decides
 * relevance, so thousands of reports a second pass the screen. Immutable and thread-safe.
 */
final class ProtestVocabulary {
  private final Pattern words;

  ProtestVocabulary() {
    List<String> cues = new ArrayList<>();
    for (String[] row : DataFile.rows("protest-vocabulary.txt")) {
      cues.add(row[0].strip());
    }
    this.words = DataFile.cue(String.join("|", cues));
  }

  boolean anyIn(CharSequence text) {
    return words.matcher(text).find();
  }

  /** The protest words inside {@code within} of {@code folded}. */
  List<Span> find(String folded, Span within) {
    List<Span> out = new ArrayList<>();
    Matcher m = words.matcher(folded).region(within.start(), within.end());
    m.useTransparentBounds(true);
    while (m.find()) {
      out.add(new Span(m.start(), m.end()));
    }
    return out;
  }
}
