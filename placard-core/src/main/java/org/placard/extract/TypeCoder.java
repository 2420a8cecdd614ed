// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.model.EventType;
import org.placard.model.Span;
import org.placard.text.Folding;

/**
 * Codes what a passage of news tells to one of ACLED's 25 sub-event types, or to an outcome that is not an
 * ACLED event (a natural or man-made disaster, organised crime, diplomacy, a claim of responsibility), by the
 * ordered rules of {@code acled-types.tsv}. Each rule has a cue, the context it needs and the context that rules
 * it out, and a tier: a rule of a lower tier wins outright; within a tier the cue told first wins, since a news
 * lead tells its main event first. The pipeline ({@link TypeRules}) and {@code placard eval case2021} share this
 * one coder. Immutable and thread-safe.
 */
public final class TypeCoder {
  /** What a passage was coded as when no rule fires. */
  public static final String UNRELATED = "Unrelated";

  /** Rules from this tier on are weak words: enough to code a snippet, not to make an event of a segment. */
  static final int WEAK_TIER = 70;

  /**
   * A passage's coding.
   *
   * @param outcome the ACLED sub-event type, or an outcome that is not an ACLED event ("Natural disaster", ...)
   * @param type    ACLED's type triple, empty for an outcome that is not an event
   * @param rank    the rule's place in the file (lower: more specific); {@code Integer.MAX_VALUE} when unrelated
   * @param tier    the rule's tier; {@code Integer.MAX_VALUE} when unrelated
   * @param cue     the words that fired the rule, when a rule with a cue fired
   * @param line    the rule's line in {@code acled-types.tsv}, 0 when unrelated
   */
  public record Coding(String outcome, Optional<EventType> type, int rank, int tier, Optional<Span> cue, int line) {
    public Coding {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(cue, "cue");
    }

    /** Whether this coding is an ACLED event, rather than a disaster, crime, diplomacy or nothing at all. */
    public boolean isEvent() {
      return type.isPresent();
    }

    /** Whether the words that decided are weak: enough to code a snippet, not to make an event of a segment. */
    public boolean weak() {
      return tier >= WEAK_TIER;
    }
  }

  /** One rule of the file. {@code cue} empty: the first protest word is the cue. */
  private record Rule(int rank, String outcome, Optional<EventType> type, int tier, Optional<Pattern> cue,
      List<Condition> needs, List<Condition> unless, int line) {}

  /** A context: the passage has a protest word, or contains a pattern. */
  private record Condition(Optional<Pattern> pattern) {
    boolean holds(String folded, Span within, List<Span> protestWords) {
      if (pattern.isEmpty()) {
        return !protestWords.isEmpty();
      }
      Matcher m = pattern.get().matcher(folded).region(within.start(), within.end());
      m.useTransparentBounds(true);
      return m.find();
    }
  }

  private final List<Rule> rules = new ArrayList<>();
  private final ProtestVocabulary vocabulary;
  private final FormLexicon forms;

  /** The coder with the rules shipped in {@code org/placard/extract/acled-types.tsv}. */
  public TypeCoder() {
    this(new ProtestVocabulary(), new FormLexicon());
  }

  TypeCoder(ProtestVocabulary vocabulary, FormLexicon forms) {
    this.vocabulary = vocabulary;
    this.forms = forms;
    Map<String, List<Pattern>> contexts = new HashMap<>();
    for (String[] row : DataFile.numberedRows("acled-types.tsv")) {
      int line = Integer.parseInt(row[0]);
      if (row[1].equals("context")) {
        contexts.computeIfAbsent(row[2], k -> new ArrayList<>()).add(DataFile.cue(row[3]));
        continue;
      }
      if (row.length != 8) {
        throw new IllegalStateException(
            "acled-types.tsv line " + line + ": expected 7 cells, found " + (row.length - 1));
      }
      int tier = Integer.parseInt(row[1]);
      if (!rules.isEmpty() && tier < rules.get(rules.size() - 1).tier()) {
        throw new IllegalStateException("acled-types.tsv line " + line + ": tiers must not decrease");
      }
      Optional<EventType> type = row[2].equals("-") ? Optional.empty()
          : Optional.of(new EventType(row[2], row[3], row[4]));
      Optional<Pattern> cue = row[5].equals("protest") ? Optional.empty() : Optional.of(DataFile.cue(row[5]));
      rules.add(new Rule(rules.size(), row[4], type, tier, cue, conditions(row[6], contexts, line),
          conditions(row[7], contexts, line), line));
    }
  }

  /**
   * "." none; else any of: "protest" (a protest word), "@name" (a context), each followed by a space, and then
   * perhaps one pattern (which may hold spaces of its own).
   */
  private static List<Condition> conditions(String cell, Map<String, List<Pattern>> contexts, int line) {
    List<Condition> out = new ArrayList<>();
    String rest = cell.equals(".") ? "" : cell;
    while (!rest.isEmpty()) {
      int space = rest.indexOf(' ');
      String token = space < 0 ? rest : rest.substring(0, space);
      if (token.equals("protest")) {
        out.add(new Condition(Optional.empty()));
      } else if (token.startsWith("@")) {
        List<Pattern> named = contexts.get(token.substring(1));
        if (named == null) {
          throw new IllegalStateException("acled-types.tsv line " + line + ": no context " + token);
        }
        named.forEach(p -> out.add(new Condition(Optional.of(p))));
      } else {
        out.add(new Condition(Optional.of(DataFile.cue(rest))));
        break;
      }
      rest = space < 0 ? "" : rest.substring(space + 1);
    }
    return out;
  }

  /** Every outcome a rule can give, in file order, and {@link #UNRELATED}. */
  public Set<String> outcomes() {
    Set<String> out = new LinkedHashSet<>();
    rules.forEach(r -> out.add(r.outcome()));
    out.add(UNRELATED);
    return out;
  }

  /** The coding of a whole passage (a snippet, a sentence), with its own protest words and form cues. */
  public Coding code(String text) {
    Objects.requireNonNull(text, "text");
    String folded = Folding.forMatching(text);
    Span all = new Span(0, folded.length());
    List<Span> protestWords = new ArrayList<>(vocabulary.find(folded, all));
    forms.find(folded, all).forEach(f -> protestWords.add(f.span()));
    return code(folded, all, protestWords)
        .orElse(new Coding(UNRELATED, Optional.empty(), Integer.MAX_VALUE, Integer.MAX_VALUE, Optional.empty(), 0));
  }

  /**
   * The coding of {@code within} of {@code folded}, given the protest words and form cues found there, or empty
   * when no rule fires.
   */
  Optional<Coding> code(String folded, Span within, List<Span> protestWords) {
    Rule best = null;
    Span bestCue = null;
    for (Rule rule : rules) {
      if (best != null && rule.tier() > best.tier()) {
        break;
      }
      Optional<Span> cue = find(rule, folded, within, protestWords);
      if (cue.isEmpty() || !holds(rule, folded, within, protestWords)) {
        continue;
      }
      if (best == null || cue.get().start() < bestCue.start()) {
        best = rule;
        bestCue = cue.get();
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Optional<Span> cue = best.cue().isPresent() ? Optional.of(bestCue) : Optional.empty();
    return Optional.of(new Coding(best.outcome(), best.type(), best.rank(), best.tier(), cue, best.line()));
  }

  private static Optional<Span> find(Rule rule, String folded, Span within, List<Span> protestWords) {
    if (rule.cue().isEmpty()) {
      return protestWords.stream().min(Span::compareTo);
    }
    Matcher m = rule.cue().get().matcher(folded).region(within.start(), within.end());
    m.useTransparentBounds(true);
    return m.find() ? Optional.of(new Span(m.start(), m.end())) : Optional.empty();
  }

  private static boolean holds(Rule rule, String folded, Span within, List<Span> protestWords) {
    boolean needed = rule.needs().isEmpty()
        || rule.needs().stream().anyMatch(c -> c.holds(folded, within, protestWords));
    return needed && rule.unless().stream().noneMatch(c -> c.holds(folded, within, protestWords));
  }
}
