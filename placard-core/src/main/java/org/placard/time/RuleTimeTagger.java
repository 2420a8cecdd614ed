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
import org.placard.geo.Casing;
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
 * no value and no range; today's date is never used. Year-on-year comparisons after a quarter are placed on
 * that quarter a year before ({@link PreviousQuarter}); "the following year", "that day", "the next day" and
 * "two days later" count from the last date the text stated ({@link StatedDate}).
 *
 * <p>A mostly lower-case text ({@link Casing#isMostlyUncased}) is read with its month and weekday names
 * capitalised ({@link UncasedNames}); mentions quote the text as given.
 *
 * <p>Immutable and thread-safe. Input text that no rule understands is skipped, never thrown at the caller.
 */
public final class RuleTimeTagger implements TimeTagger {

  private final List<Rule> rules;
  private final Triggers triggers;

  public RuleTimeTagger() {
    this.rules = Stream.of(AbsoluteRules.rules(), HolidayRules.rules(), ClockRules.rules(), RelativeRules.rules(),
        DurationRules.rules()).flatMap(List::stream).toList();
    this.triggers = new Triggers(ruleNames());
  }

  @Override
  public List<TimeMention> tag(String text, Optional<LocalDate> anchor) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(anchor, "anchor");
    String original = text;
    if (Casing.isMostlyUncased(text)) {
      text = UncasedNames.capitalise(text);
    }
    Context context = new Context(text, anchor);
    List<Candidate> candidates = new ArrayList<>();
    Triggers.Places places = triggers.places(text);
    int[] starts = places.starts();
    long[] worth = places.rules();
    long anywhere = 0;
    for (long w : worth) {
      anywhere |= w;
    }
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      int rank = i;
      long bit = 1L << i;
      if ((anywhere & bit) == 0) {
        continue;
      }
      Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      int after = 0;
      for (int k = 0; k < starts.length; k++) {
        int start = starts[k];
        if ((worth[k] & bit) == 0 || start < after || !m.region(start, text.length()).lookingAt()
            || m.end() == start) {
          continue;
        }
        after = m.end();
        read(rule, m, context).ifPresent(r -> candidates.add(new Candidate(new Span(start, m.end()), rank, r)));
      }
    }
    return select(text, original, candidates);
  }

  /** The names of the rules, in priority order (for tests and debugging). */
  List<String> ruleNames() {
    return rules.stream().map(Rule::name).toList();
  }

  private static Optional<Reading> read(Rule rule, Matcher m, Context context) {
    try {
      // The matcher itself, not toMatchResult(), which copies the whole text on each match before Java 20.
      return rule.reader().read(m, context);
    } catch (RuntimeException e) {
      // A reader that cannot make sense of a match (an impossible date such as "February 30") yields nothing.
      return Optional.empty();
    }
  }

  /** The longest non-overlapping candidates, read in {@code text}, quoted from {@code original}. */
  private List<TimeMention> select(String text, String original, List<Candidate> candidates) {
    candidates.sort(Comparator.comparingInt((Candidate c) -> -c.span().length())
        .thenComparingInt(c -> c.span().start())
        .thenComparingInt(Candidate::rank));
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
    List<TimeMention> found = StatedDate.apply(PreviousQuarter.apply(DayPairs.apply(text, mentions)));
    if (original.equals(text)) {
      return found;
    }
    return found.stream().map(m -> new TimeMention(m.span(), m.span().of(original), m.type(), m.value(), m.date()))
        .toList();
  }

  private record Candidate(Span span, int rank, Reading reading) {}
}
