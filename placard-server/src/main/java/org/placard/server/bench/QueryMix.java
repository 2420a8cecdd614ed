// SPDX-License-Identifier: Apache-2.0
package org.placard.server.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.placard.bench.SyntheticReports;

/**
 * The requests the web page sends while a user works, over {@link SyntheticReports}' events: filtered pages of
 * events, map points, counts, and single events. Each call gives a path and query; the mix is fixed by the seed.
 * Not thread-safe: give each client thread its own.
 */
public final class QueryMix {
  private static final List<String> FORMS = List.of("graffiti", "banner", "strike", "demonstration", "rally", "sit-in");
  private final Random random;
  private final List<String> eventIds;

  /** @param eventIds stored event ids to ask for one at a time (may be empty) */
  public QueryMix(long seed, List<String> eventIds) {
    this.random = new Random(seed);
    this.eventIds = List.copyOf(eventIds);
  }

  /** A filtered {@code /api/events} page of one of the kinds the page sends. */
  public String filteredPage() {
    LocalDate since = SyntheticReports.FIRST_DAY.plusDays(random.nextInt(SyntheticReports.DAYS - 30));
    String form = FORMS.get(random.nextInt(FORMS.size()));
    String query = switch (random.nextInt(6)) {
      case 0 -> "country=IR&form=" + form;
      case 1 -> "since=" + since + "&until=" + since.plusDays(30) + "&sort=-date";
      case 2 -> "bbox=50,34,53,37";
      case 3 -> "q=" + SyntheticReports.SLOGANS.get(random.nextInt(SyntheticReports.SLOGANS.size())).split(" ")[1];
      case 4 -> "admin1=Region%20" + random.nextInt(40) + "&verification=single-source";
      default -> "country=IR&since=" + since + "&until=" + since.plusDays(90) + "&form=" + form;
    };
    return "/api/events?" + query + "&limit=100";
  }

  /** Any request of the mix: mostly filtered pages, then map points, counts and single events. */
  public String next() {
    int kind = random.nextInt(10);
    LocalDate since = SyntheticReports.FIRST_DAY.plusDays(random.nextInt(SyntheticReports.DAYS - 30));
    if (kind < 5) {
      return filteredPage();
    } else if (kind < 7) {
      return "/api/points?since=" + since + "&until=" + since.plusDays(30);
    } else if (kind < 8) {
      return "/api/stats?country=IR&since=" + since + "&until=" + since.plusDays(90);
    } else if (eventIds.isEmpty()) {
      return "/api/events?limit=10&offset=" + random.nextInt(1000);
    } else {
      return "/api/events/" + eventIds.get(random.nextInt(eventIds.size()));
    }
  }
}
