// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.model.ActorRole;
import org.placard.model.Span;

/**
 * Actors named in a text, from {@code actors.tsv}: protester identities, named groups, state forces. Aliases
 * match longest first ("MEK Resistance Units" before "MEK"), acronyms case-sensitively. Outlets and platforms
 * (Reuters, Twitter) are matched too, so that their names are claimed and never read as actors or places, but
 * they carry no role. Immutable and thread-safe.
 */
final class ActorLexicon {
  /** A canonical actor: {@code {country}} in its name is filled per event. Role empty: never an actor. */
  record Entry(String name, Optional<ActorRole> role) {
    String nameIn(String country) {
      return name.replace("{country}", country);
    }
  }

  private record Alias(Entry entry, Pattern pattern) {}

  private final List<Alias> aliases = new ArrayList<>();

  ActorLexicon() {
    for (String[] row : DataFile.rows("actors.tsv")) {
      Optional<ActorRole> role = switch (row[1]) {
        case "protesters" -> Optional.of(ActorRole.PROTESTERS);
        case "organiser" -> Optional.of(ActorRole.ORGANISER);
        case "state_forces" -> Optional.of(ActorRole.STATE_FORCES);
        case "never" -> Optional.empty();
        default -> throw new IllegalStateException("actors.tsv: unknown role " + row[1]);
      };
      Entry entry = new Entry(row[0], role);
      for (String alias : row[2].split("\\|")) {
        aliases.add(new Alias(entry, DataFile.cue(alias.strip())));
      }
    }
  }

  /** The actor names inside {@code within} of {@code folded}, non-overlapping, longest first, in text order. */
  List<Match<Entry>> find(String folded, Span within) {
    List<Match<Entry>> all = new ArrayList<>();
    for (Alias alias : aliases) {
      Matcher m = alias.pattern().matcher(folded).region(within.start(), within.end());
      m.useTransparentBounds(true);
      while (m.find()) {
        all.add(new Match<>(alias.entry(), new Span(m.start(), m.end())));
      }
    }
    all.sort(Comparator.comparingInt((Match<Entry> a) -> -a.span().length()).thenComparingInt(a -> a.span().start()));
    List<Match<Entry>> kept = new ArrayList<>();
    for (Match<Entry> candidate : all) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(candidate.span()))) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparing(Match::span));
    return kept;
  }
}
