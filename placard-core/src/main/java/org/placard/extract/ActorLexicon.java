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
 * they carry no role. A protester identity inside the proper name of a group the lexicon lacks ("Workers Front",
 * "Teachers' Union of Fars") names that group, not the protesters: the whole name is the actor, an organiser,
 * named as written. Immutable and thread-safe.
 */
final class ActorLexicon {
  /** A canonical actor: {@code {country}} in its name is filled per event. Role empty: never an actor. */
  record Entry(String name, Optional<ActorRole> role) {
    String nameIn(String country) {
      return name.replace("{country}", country);
    }
  }

  /** A run of capitalised words, joined by blanks and small words ("Free Union of Iranian Workers"). */
  private static final Pattern CAPITALISED_RUN = Pattern.compile(
      "\\p{Lu}[\\p{L}'-]*(?:\\s+(?:(?:of|for|and|the)\\s+)*\\p{Lu}[\\p{L}'-]*)*");
  /** The words that make a capitalised run the name of a group. */
  private static final Pattern GROUP_HEAD = Pattern.compile("\\b(?:Front|Party|Unions?|Council|Associations?|Federation|"
      + "Movement|Syndicate|Committee|League|Alliance|Coalition|Organi[sz]ation|Confederation|Network|Collective|"
      + "Society|Guild|Assembly|Caucus)\\b");
  private static final Pattern GROUP_OF = Pattern.compile(
      "\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:'(?!s\\b)[\\p{L}]*)?(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:The|A|An)\\s+");

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
    return namedGroups(folded, within, kept);
  }

  /** Replaces protester identities that stand inside a group's proper name by that group. */
  private static List<Match<Entry>> namedGroups(String folded, Span within, List<Match<Entry>> kept) {
    if (kept.stream().noneMatch(ActorLexicon::isIdentity)) {
      return kept;
    }
    List<Match<Entry>> out = new ArrayList<>(kept);
    Matcher run = CAPITALISED_RUN.matcher(folded).region(within.start(), within.end());
    while (run.find()) {
      Optional<Span> found = groupName(run.group(), run.start());
      if (found.isEmpty()) {
        continue;
      }
      Span name = found.get();
      List<Match<Entry>> inside = out.stream().filter(m -> name.contains(m.span())).toList();
      if (inside.isEmpty() || !inside.stream().allMatch(ActorLexicon::isIdentity)
          || out.stream().anyMatch(m -> m.span().overlaps(name) && !name.contains(m.span()))) {
        continue;
      }
      out.removeAll(inside);
      out.add(new Match<>(new Entry(name.of(folded), Optional.of(ActorRole.ORGANISER)), name));
    }
    out.sort(Comparator.comparing(Match::span));
    return out;
  }

  /**
   * The group name a capitalised run holds, at {@code offset}: from its first word (an article left out) to its
   * last head word, and a short "of ..." after it ("Teachers' Union of Fars"), so that a headline's other words
   * ("Teachers Union Protests In Tehran") stay out.
   */
  private static Optional<Span> groupName(String run, int offset) {
    Matcher head = GROUP_HEAD.matcher(run);
    int end = -1;
    while (head.find()) {
      end = head.end();
    }
    if (end < 0) {
      return Optional.empty();
    }
    Matcher of = GROUP_OF.matcher(run).region(end, run.length());
    if (of.lookingAt()) {
      end = of.end();
    }
    Matcher article = LEADING_ARTICLE.matcher(run);
    int start = article.find() ? article.end() : 0;
    return start < end ? Optional.of(new Span(offset + start, offset + end)) : Optional.empty();
  }

  /** A protester identity filled per country ("Students ({country})"), not a named group. */
  private static boolean isIdentity(Match<Entry> m) {
    return m.value().role().equals(Optional.of(ActorRole.PROTESTERS)) && m.value().name().contains("{country}");
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
