// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.model.Form;
import org.placard.model.Span;

/**
 * The forms a protest took, read from cue phrases ({@code forms.tsv}: "sprayed graffiti", "installing banner",
 * "distributing ... message"). A hunger strike is not also counted a strike. Immutable and thread-safe.
 */
final class FormLexicon {
  private final Map<Form, Pattern> cues = new LinkedHashMap<>();

  FormLexicon() {
    for (String[] row : DataFile.rows("forms.tsv")) {
      cues.put(Form.ofLabel(row[0]), DataFile.cue(row[1]));
    }
  }

  /** Every form cue inside {@code within} of {@code folded}, in text order per form. */
  List<Match<Form>> find(String folded, Span within) {
    List<Match<Form>> out = new ArrayList<>();
    for (Map.Entry<Form, Pattern> e : cues.entrySet()) {
      Matcher m = e.getValue().matcher(folded).region(within.start(), within.end());
      m.useTransparentBounds(true);
      while (m.find()) {
        out.add(new Match<>(e.getKey(), new Span(m.start(), m.end())));
      }
    }
    return out;
  }
}
