// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.List;
import java.util.Optional;
import org.placard.model.EventType;
import org.placard.model.Span;

/**
 * The pipeline's view of {@link TypeCoder}: the ACLED type of a segment, or none when the segment tells no event
 * (no cue, only weak words such as "killed" in a sentence of numbers, or a disaster, crime, diplomacy or claim of
 * responsibility, which are not events). Riots, attacks and arrests are never forced into "protest": the coder
 * tries them first. Immutable and thread-safe.
 */
final class TypeRules {
  /** A decided type, its rank (lower: tried earlier, more specific) and the cue's span when there is one. */
  record Decision(EventType type, int rank, Optional<Span> cue) {}

  private final TypeCoder coder;

  TypeRules(TypeCoder coder) {
    this.coder = coder;
  }

  /**
   * The type of the event told in {@code within}, given the protest words and form cues found there, or empty
   * when it tells no event of its own.
   */
  Optional<Decision> classify(String folded, Span within, List<Span> protestWords) {
    return coder.code(folded, within, protestWords).filter(c -> c.isEvent() && !c.weak())
        .map(c -> new Decision(c.type().get(), c.rank(), c.cue()));
  }

  /** Whether state forces acted against the event's participants, so that they are its second actor. */
  static boolean forcesIntervened(EventType type) {
    return !type.subEventType().equals(EventType.PEACEFUL_PROTEST.subEventType())
        && type.disorderType().equals("Demonstrations")
        || type.subEventType().equals("Arrests");
  }
}
