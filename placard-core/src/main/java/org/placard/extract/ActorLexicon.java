// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

  /** Every alias in one pattern per case rule, one named group per alias, longer aliases tried first. */
  private final List<Entry> entries = new ArrayList<>();
  private final List<Pattern> patterns;
  private final Map<Pattern, List<String>> groups = new java.util.HashMap<>();

  ActorLexicon() {
    List<String[]> aliases = new ArrayList<>();
    for (String[] row : DataFile.rows("actors.tsv")) {
      Optional<ActorRole> role = switch (row[1]) {
        case "protesters" -> Optional.of(ActorRole.PROTESTERS);
        case "organiser" -> Optional.of(ActorRole.ORGANISER);
        case "state_forces" -> Optional.of(ActorRole.STATE_FORCES);
        case "never" -> Optional.empty();
        default -> throw new IllegalStateException("actors.tsv: unknown role " + row[1]);
      };
      entries.add(new Entry(row[0], role));
      for (String alias : row[2].split("\\|")) {
        aliases.add(new String[] {String.valueOf(entries.size() - 1), alias.strip()});
      }
    }
    aliases.sort(Comparator.comparingInt((String[] a) -> -a[1].length()));
    StringBuilder acronyms = new StringBuilder();
    StringBuilder words = new StringBuilder();
    List<String> acronymGroups = new ArrayList<>();
    List<String> wordGroups = new ArrayList<>();
    for (String[] a : aliases) {
      boolean acronym = a[1].chars().noneMatch(Character::isLowerCase);
      StringBuilder into = acronym ? acronyms : words;
      String group = "e" + a[0] + "x" + into.length();
      (acronym ? acronymGroups : wordGroups).add(group);
      into.append(into.length() == 0 ? "" : "|").append("(?<").append(group).append(">").append(a[1]).append(")");
    }
    this.patterns = List.of(DataFile.cue(acronyms.toString(), true), DataFile.cue(words.toString(), false));
    groups.put(patterns.get(0), acronymGroups);
    groups.put(patterns.get(1), wordGroups);
  }

  /** The actor names inside {@code within} of {@code folded}, non-overlapping, longest first, in text order. */
  List<Match<Entry>> find(String folded, Span within) {
    List<Match<Entry>> all = new ArrayList<>();
    for (Pattern p : patterns) {
      Matcher m = p.matcher(folded).region(within.start(), within.end());
      m.useTransparentBounds(true);
      while (m.find()) {
        all.add(new Match<>(entryOf(p, m), new Span(m.start(), m.end())));
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

  private Entry entryOf(Pattern p, Matcher m) {
    for (String name : groups.get(p)) {
      if (m.start(name) >= 0) {
        return entries.get(Integer.parseInt(name.substring(1, name.indexOf('x'))));
      }
    }
    throw new IllegalStateException("a match with no alias group");
  }
}
