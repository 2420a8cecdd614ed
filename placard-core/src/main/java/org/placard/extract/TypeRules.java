// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.model.EventType;
import org.placard.model.Span;

/**
 * ACLED's event type of a segment, from the cue phrases of {@code event-types.tsv}, tried in file order: riots
 * before lethal force, lethal force before intervention, intervention before a peaceful protest, so that riots,
 * attacks and arrests are never forced into "protest". Immutable and thread-safe.
 */
final class TypeRules {
  /** One row: a type, its cue, and whether it needs a protest word beside it. */
  private record Rule(EventType type, Optional<Pattern> cue, boolean needsProtest) {}

  /** A decided type, its rank (lower: tried earlier, more specific) and the cue's span when there is one. */
  record Decision(EventType type, int rank, Optional<Span> cue) {}

  private final List<Rule> rules = new ArrayList<>();

  TypeRules() {
    for (String[] row : DataFile.rows("event-types.tsv")) {
      boolean needsProtest = row[0].equals("protest");
      Optional<Pattern> cue = row[4].equals(".") ? Optional.empty() : Optional.of(DataFile.cue(row[4]));
      rules.add(new Rule(new EventType(row[1], row[2], row[3]), cue, needsProtest));
    }
  }

  /**
   * The type of the event told in {@code within}, or empty when it holds neither a protest word nor a cue that
   * is an event of its own.
   */
  Optional<Decision> classify(String folded, Span within, boolean protestWord) {
    for (int rank = 0; rank < rules.size(); rank++) {
      Rule rule = rules.get(rank);
      if (rule.needsProtest() && !protestWord) {
        continue;
      }
      if (rule.cue().isEmpty()) {
        return Optional.of(new Decision(rule.type(), rank, Optional.empty()));
      }
      Matcher m = rule.cue().get().matcher(folded).region(within.start(), within.end());
      m.useTransparentBounds(true);
      if (m.find()) {
        return Optional.of(new Decision(rule.type(), rank, Optional.of(new Span(m.start(), m.end()))));
      }
    }
    return Optional.empty();
  }

  /** Whether state forces acted against the event's participants, so that they are its second actor. */
  static boolean forcesIntervened(EventType type) {
    return !type.subEventType().equals(EventType.PEACEFUL_PROTEST.subEventType())
        && type.disorderType().equals("Demonstrations")
        || type.subEventType().equals("Arrests");
  }
}
