// SPDX-License-Identifier: Apache-2.0
package org.placard.merge;

import java.util.Comparator;
import java.util.Objects;

/**
 * Why two events are one, and how closely they match, so that a member that matches several events joins the
 * one it matches best: the same place before a nearby one, then the nearer place, then the closer dates, then
 * the more alike words.
 *
 * @param reason     the rule's words, for a person to read
 * @param samePlace  both name the same GeoNames place
 * @param km         how far apart the two places are (0 for the same place)
 * @param dateFit    the share of days the two date ranges have in common, of all the days either covers (1: the
 *                   same range)
 * @param similarity how alike the words of their evidence are, 0 to 1
 */
public record Match(String reason, boolean samePlace, double km, double dateFit, double similarity) {
  /** The best match first. */
  public static final Comparator<Match> BEST_FIRST = Comparator.comparing((Match m) -> !m.samePlace())
      .thenComparingDouble(Match::km)
      .thenComparing(Comparator.comparingDouble(Match::dateFit).reversed())
      .thenComparing(Comparator.comparingDouble(Match::similarity).reversed());

  public Match {
    Objects.requireNonNull(reason, "reason");
    if (!(km >= 0) || !(dateFit >= 0 && dateFit <= 1) || !(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("match out of range: km " + km + ", dateFit " + dateFit + ", similarity " + similarity);
    }
  }
}
