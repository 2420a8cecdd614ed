// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.placard.model.Actor;
import org.placard.model.ActorRole;
import org.placard.model.Coordinates;
import org.placard.model.Event;
import org.placard.model.EventDate;
import org.placard.model.EventType;
import org.placard.model.Evidence;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.model.Report;
import org.placard.model.Slogan;
import org.placard.model.Source;
import org.placard.model.Span;
import org.placard.pipeline.Extraction;

/**
 * Generated extractions for benchmarks of the store and the server, which need many stored events quickly and
 * must not depend on the extractor's recall. Each report tells {@value #EVENTS_PER_REPORT} protests, each with a
 * place (one of {@value #PLACES} in two countries and 40 provinces), a day within two years, one form, an actor, a
 * slogan and the evidence for them. Places repeat across reports, so the store's merging is exercised as with real
 * news, but few events share place and day. Reports come in date order, as a feed or an archive gives them, spread
 * evenly over {@value #DAYS} days. The same seed and count give the same reports.
 */
public final class SyntheticReports {
  public static final int EVENTS_PER_REPORT = 10;
  public static final int PLACES = 5_000;
  public static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  public static final int DAYS = 730;
  /** The slogans events chant; queries can search for their words. */
  public static final List<String> SLOGANS = List.of("Down with the dictator", "Bread work freedom",
      "Pay our wages", "Free the prisoners", "Water for farmers", "No to executions", "Our pensions are stolen",
      "Justice now");

  private final Random random;
  private final int reports;
  private int next;

  /** @param reports how many reports will be asked for, to spread them over the days */
  public SyntheticReports(long seed, int reports) {
    if (reports < 1) {
      throw new IllegalArgumentException("reports must be positive, not " + reports);
    }
    this.random = new Random(seed);
    this.reports = reports;
  }

  /** The next report with its events. */
  public Extraction next() {
    int n = next++;
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<Integer> places = new ArrayList<>();
    List<String> slogans = new ArrayList<>();
    for (int i = 0; i < EVENTS_PER_REPORT; i++) {
      int place = random.nextInt(PLACES);
      String slogan = SLOGANS.get(random.nextInt(SLOGANS.size()));
      int start = text.length();
      text.append("Protesters gathered in City ").append(place).append(" chanting \"");
      int quote = text.length();
      text.append(slogan).append("\". ");
      spans.add(new int[] {start, quote, quote + slogan.length()});
      places.add(place);
      slogans.add(slogan);
    }
    LocalDate published = FIRST_DAY.plusDays(Math.min(DAYS - 1, (long) n * DAYS / reports));
    Report report = Report.of(text.toString(), Optional.of("Report " + n), Optional.empty(),
        Optional.of("Outlet " + random.nextInt(20)), Optional.of(published), "en", "synthetic");
    List<Event> events = new ArrayList<>();
    Form[] forms = Form.values();
    for (int i = 0; i < EVENTS_PER_REPORT; i++) {
      int[] span = spans.get(i);
      Evidence slogan = Evidence.of(report, "slogan", new Span(span[1], span[2]));
      events.add(new Event(report.id() + "-" + i, EventDate.day(published.minusDays(random.nextInt(5))),
          Optional.of(place(places.get(i))), EventType.PEACEFUL_PROTEST, Set.of(forms[random.nextInt(forms.length)]),
          List.of(new Actor("Protesters", ActorRole.PROTESTERS, List.of("protesters"))),
          List.of(new Slogan(slogans.get(i), slogan)), List.of(), false, List.of(Source.of(report)),
          List.of(Evidence.of(report, "event", new Span(span[0], span[1] - 10)), slogan)));
    }
    return new Extraction(report, events, List.of());
  }

  /** Place {@code n}: on a grid about 11 km apart, three in four in Iran (IR), the rest in Iraq (IQ). */
  static Place place(int n) {
    boolean iran = n % 4 != 0;
    return new Place(Optional.of(1_000_000L + n), "City " + n, "City " + n, Optional.of("Region " + n % 40),
        iran ? "IR" : "IQ", iran ? "Iran" : "Iraq",
        Optional.of(new Coordinates(29 + (n % 71) * 0.1, 44 + (n / 71) * 0.12)), 1);
  }
}
