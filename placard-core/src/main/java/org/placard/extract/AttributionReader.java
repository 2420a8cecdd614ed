// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.model.Attribution;
import org.placard.model.Span;
import org.placard.model.TimePrecision;
import org.placard.time.TimeMention;

/**
 * Who said a segment's numbers, and when: "according to X", "X said", "announced by X on DATE" make a claimant;
 * "X confirmed ... on DATE" a corroboration; "X denied", "disputed by X" a dispute. The date of a statement is
 * the first day-precise time expression after its verb in the same segment and before the clause it reports
 * ("X said on May 5 that ..."); such dates are statement dates, never event dates. A date inside the reported
 * clause ("X said that 2,000 marched on March 14") is the reported event's. Stateless apart from its lexicon;
 * thread-safe.
 */
final class AttributionReader {
  enum Kind { CLAIMANT, CORROBORATION, DISPUTE }

  /** An attribution, the span of its verb, and the span of the date it took, when any. */
  record Found(Kind kind, Attribution attribution, Span cue, Optional<Span> dateSpan) {}

  private static final String NAME = "(?<x>\\p{Lu}[\\p{L}.&'/-]*(?:\\s+(?:of\\s+|for\\s+|on\\s+|and\\s+|the\\s+)?\\p{Lu}[\\p{L}.&'/-]*){0,6})";
  private static final Pattern CLAIMANT_AFTER = Pattern.compile(
      "(?<v>according to|(?:announced|reported|claimed|stated|published|released|given) by)\\s+(?:the\\s+)?" + NAME);
  private static final Pattern CLAIMANT_BEFORE = Pattern.compile(
      NAME + "\\s+(?<v>said|says|reported|reports|announced|claimed|stated|told|estimated)\\b");
  private static final Pattern CORROBORATION = Pattern.compile(
      NAME + "\\s+(?<v>confirmed|corroborated|verified)\\b|(?<v2>confirmed|corroborated|verified) by\\s+(?:the\\s+)?(?<x2>\\p{Lu}[\\p{L}.&'/-]*(?:\\s+\\p{Lu}[\\p{L}.&'/-]*){0,5})");
  private static final Pattern DISPUTE = Pattern.compile(
      NAME + "\\s+(?<v>denied|disputed|rejected|dismissed)\\b|(?<v2>denied|disputed|rejected) by\\s+(?:the\\s+)?(?<x2>\\p{Lu}[\\p{L}.&'/-]*(?:\\s+\\p{Lu}[\\p{L}.&'/-]*){0,5})");

  /** The start of the clause a statement reports: what follows belongs to the event told, not the telling. */
  private static final Pattern REPORTED_CLAUSE = Pattern.compile("(?i)(?:^|[\\s,])(?:that|how|whether)\\s");

  private final ActorLexicon actors;

  AttributionReader(ActorLexicon actors) {
    this.actors = actors;
  }

  List<Found> read(String folded, Span segment, List<TimeMention> times) {
    List<Found> out = new ArrayList<>();
    scan(CLAIMANT_AFTER, Kind.CLAIMANT, folded, segment, times, out);
    scan(CLAIMANT_BEFORE, Kind.CLAIMANT, folded, segment, times, out);
    scan(CORROBORATION, Kind.CORROBORATION, folded, segment, times, out);
    scan(DISPUTE, Kind.DISPUTE, folded, segment, times, out);
    return out;
  }

  private void scan(Pattern p, Kind kind, String folded, Span segment, List<TimeMention> times, List<Found> out) {
    Matcher m = p.matcher(folded).region(segment.start(), segment.end());
    while (m.find()) {
      String group = m.group("x") != null ? "x" : "x2";
      String verbGroup = m.group("v") != null ? "v" : "v2";
      if (m.group(group) == null) {
        continue;
      }
      Span name = new Span(m.start(group), m.end(group));
      Span verb = new Span(m.start(verbGroup), m.end(verbGroup));
      Optional<TimeMention> date = firstDayAfter(folded, verb.end(), segment, times);
      Optional<LocalDate> on = date.flatMap(TimeMention::date).map(d -> d.start());
      out.add(new Found(kind, new Attribution(canonical(folded, name), on), verb, date.map(TimeMention::span)));
    }
  }

  /** The actor lexicon's canonical name for a known group ("PMOI" -> "PMOI/MEK"), else the name as written. */
  private String canonical(String folded, Span name) {
    for (Match<ActorLexicon.Entry> a : actors.find(folded, name)) {
      if (a.value().role().isPresent() && !a.value().name().contains("{country}")) {
        return a.value().name();
      }
    }
    String written = name.of(folded).strip().replaceAll("[.,/&'-]+$", "");
    return written.startsWith("The ") ? written.substring(4) : written;
  }

  private static Optional<TimeMention> firstDayAfter(String folded, int from, Span segment, List<TimeMention> times) {
    return times.stream()
        .filter(t -> t.span().start() >= from && segment.contains(t.span()))
        .filter(t -> !REPORTED_CLAUSE.matcher(folded.substring(from, t.span().start())).find())
        .filter(t -> t.date().map(d -> d.precision() == TimePrecision.DAY).orElse(false))
        .findFirst();
  }
}
