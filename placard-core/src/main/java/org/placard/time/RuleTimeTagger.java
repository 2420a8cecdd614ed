// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.placard.model.Span;
import org.placard.time.Rule.Context;
import org.placard.time.Rule.Reading;

/**
 * A rule-based {@link TimeTagger} for English news, with Solar Hijri dates. Each rule is a regular expression
 * (compiled once, written without nested quantifiers so matching stays linear in the text) with a reader that
 * normalises a match to a TIMEX3 type, value and calendar range. Where matches overlap, the longest wins, then
 * the earliest, then the rule listed first (absolute dates before relative ones, before durations).
 *
 * <p>How expressions without a year or week are placed against the anchor is documented in {@link Anchoring},
 * {@link AbsoluteRules} and {@link RelativeRules}. Without an anchor, relative expressions are returned with
 * no value and no range; today's date is never used.
 *
 * <p>Immutable and thread-safe. Input text that no rule understands is skipped, never thrown at the caller.
 */
public final class RuleTimeTagger implements TimeTagger {

  private final List<Rule> rules;

  public RuleTimeTagger() {
    this.rules = Stream.of(AbsoluteRules.rules(), ClockRules.rules(), RelativeRules.rules(),
        DurationRules.rules()).flatMap(List::stream).toList();
  }

  @Override
  public List<TimeMention> tag(String text, Optional<LocalDate> anchor) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(anchor, "anchor");
    Context context = new Context(text, anchor);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (m.end() > m.start()) {
          read(rule, m, context).ifPresent(
              r -> candidates.add(new Candidate(new Span(m.start(), m.end()), rule.name(), r)));
        }
      }
    }
    return select(text, candidates);
  }

  /** The names of the rules, in priority order (for tests and debugging). */
  List<String> ruleNames() {
    return rules.stream().map(Rule::name).toList();
  }

  private static Optional<Reading> read(Rule rule, Matcher m, Context context) {
    try {
      return rule.reader().read(m.toMatchResult(), context);
    } catch (RuntimeException e) {
      // A reader that cannot make sense of a match (an impossible date such as "February 30") yields nothing.
      return Optional.empty();
    }
  }

  private List<TimeMention> select(String text, List<Candidate> candidates) {
    List<String> names = ruleNames();
    candidates.sort(Comparator.comparingInt((Candidate c) -> -c.span().length())
        .thenComparingInt(c -> c.span().start())
        .thenComparingInt(c -> names.indexOf(c.rule())));
    BitSet taken = new BitSet();
    List<TimeMention> mentions = new ArrayList<>();
    for (Candidate c : candidates) {
      int next = taken.nextSetBit(c.span().start());
      if (next >= 0 && next < c.span().end()) {
        continue;
      }
      taken.set(c.span().start(), c.span().end());
      Reading r = c.reading();
      mentions.add(new TimeMention(c.span(), c.span().of(text), r.type(), r.value(), r.date()));
    }
    mentions.sort(Comparator.comparing(TimeMention::span));
    return List.copyOf(mentions);
  }

  private record Candidate(Span span, String rule, Reading reading) {}
}
