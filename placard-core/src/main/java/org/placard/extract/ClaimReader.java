// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.model.Attribution;
import org.placard.model.Claim;
import org.placard.model.Evidence;
import org.placard.model.Figure;
import org.placard.model.Report;
import org.placard.model.Span;
import org.placard.time.TimeMention;

/**
 * The numbers of a segment as claims: killed, injured, arrested, crowd size ({@code claim-patterns.tsv}), each
 * with the segment's claimant, corroborations and disputes. A number that is a time expression ("2019") is
 * never a count. Immutable and thread-safe.
 */
final class ClaimReader {
  /** A claim and where its number stands, so that it can be attached to the nearest event. */
  record Found(Claim claim, Span span) {}

  private record Rule(Figure figure, Pattern pattern) {}

  private static final String WHO = "(?:\\s+(?:of|who|people|persons|protesters|protestors|demonstrators|civilians|students|"
      + "workers|activists|citizens|men|women|children|others|more|of them|were|was|have|has|had|been|being|"
      + "reportedly|allegedly|later|also|are|were reportedly))*";

  private final Quantities quantities;
  private final AttributionReader attributions;
  private final List<Rule> rules = new ArrayList<>();

  ClaimReader(Quantities quantities, AttributionReader attributions) {
    this.quantities = quantities;
    this.attributions = attributions;
    String n = quantities.pattern();
    for (String[] row : DataFile.rows("claim-patterns.tsv")) {
      String regex = "(?<![\\p{L}\\p{N}])" + row[1].replace("{N}", n).replace("{WHO}", WHO) + "(?![\\p{L}\\p{N}])";
      rules.add(new Rule(Figure.ofLabel(row[0]), Pattern.compile(regex, Pattern.CASE_INSENSITIVE)));
    }
  }

  List<Found> read(Report report, String folded, Span segment, List<TimeMention> times) {
    List<Found> found = new ArrayList<>();
    List<Span> taken = new ArrayList<>();
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(folded).region(segment.start(), segment.end());
      m.useTransparentBounds(true);
      while (m.find()) {
        Span number = new Span(m.start("n"), m.end("n"));
        boolean isTime = times.stream().anyMatch(t -> t.span().overlaps(number));
        if (isTime || taken.stream().anyMatch(s -> s.overlaps(number))) {
          continue;
        }
        taken.add(number);
        String written = number.of(report.text());
        Span whole = new Span(m.start(), m.end());
        found.add(new Found(new Claim(rule.figure(), quantities.value(rule.figure(), written), written,
            Optional.empty(), List.of(), List.of(), Evidence.of(report, "claim", whole)), number));
      }
    }
    if (found.isEmpty()) {
      return found;
    }
    List<AttributionReader.Found> said = attributions.read(folded, segment, times);
    Optional<Attribution> claimant = said.stream().filter(a -> a.kind() == AttributionReader.Kind.CLAIMANT)
        .map(AttributionReader.Found::attribution).findFirst();
    List<Attribution> confirmed = of(said, AttributionReader.Kind.CORROBORATION);
    List<Attribution> disputed = of(said, AttributionReader.Kind.DISPUTE);
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      Claim c = f.claim();
      out.add(new Found(new Claim(c.figure(), c.value(), c.asWritten(), claimant, confirmed, disputed, c.evidence()),
          f.span()));
    }
    return out;
  }

  private static List<Attribution> of(List<AttributionReader.Found> said, AttributionReader.Kind kind) {
    return said.stream().filter(a -> a.kind() == kind).map(AttributionReader.Found::attribution).toList();
  }
}
