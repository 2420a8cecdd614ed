// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.placard.store.EventStore;
import org.placard.store.EventStores;
import org.placard.store.StoreException;

/**
 * Benchmark, not a test: fills an SQLite store in a temporary folder with generated events (10 per report, over
 * two years, in 40 places), starts the server, and times filtered {@code /api/events} queries over HTTP.
 * Prints one JSON line: load time, the first (cold) query that reads the whole store, then, after 50 warm-up
 * queries, median and p95 of the rest. Arguments: [events, default 100000] [queries, default 300]. Run with {@code scripts/api-bench.sh}.
 */
public final class ApiBench {
  private static final String[] SLOGANS = {"Down with the dictator", "Bread work freedom", "Pay our wages",
      "Free the prisoners", "Water for farmers", "No to executions", "Our pensions are stolen", "Justice now"};

  private ApiBench() {}

  public static void main(String[] args) throws IOException, StoreException {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    Path dir = Files.createTempDirectory("placard-bench");
    Random random = new Random(42);
    long loadStart = System.nanoTime();
    try (EventStore store = EventStores.open(dir.resolve("bench.db").toString())) {
      List<Extraction> batch = new ArrayList<>();
      for (int i = 0; i < events / 10; i++) {
        batch.add(report(i, random));
        if (batch.size() == 500) {
          store.save(batch, List.of());
          batch.clear();
        }
      }
      store.save(batch, List.of());
      long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
      try (PlacardServer server = PlacardServer.start(store, "127.0.0.1", 0, Optional.empty())) {
        ApiClient api = new ApiClient(server.port());
        long t0 = System.nanoTime();
        int total = api.json("/api/events?limit=100").get("total").asInt();
        double coldMs = (System.nanoTime() - t0) / 1e6;
        for (int q = 0; q < 50; q++) {
          api.json("/api/events?" + query(random)); // warm-up: JIT, not counted
        }
        long c0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
          store.reportCount();
          store.eventCount();
        }
        double countMs = (System.nanoTime() - c0) / 1e6 / 20;
        double[] times = new double[queries];
        for (int q = 0; q < queries; q++) {
          String query = query(random);
          long start = System.nanoTime();
          api.json("/api/events?" + query);
          times[q] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf(java.util.Locale.ROOT,
            "{\"events\":%d,\"stored_events\":%d,\"load_ms\":%d,\"cold_first_query_ms\":%.1f,\"counts_ms\":%.2f,"
                + "\"queries\":%d,"
                + "\"median_ms\":%.1f,\"p95_ms\":%.1f,\"max_ms\":%.1f}%n",
            events, total, loadMs, coldMs, countMs, queries, times[queries / 2], times[(int) (queries * 0.95)],
            times[queries - 1]);
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** A filtered query of one of the kinds the web page sends. */
  private static String query(Random r) {
    String[] forms = {"graffiti", "banner", "strike", "demonstration", "rally", "sit-in"};
    LocalDate since = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(600));
    return switch (r.nextInt(6)) {
      case 0 -> "country=IR&form=" + forms[r.nextInt(forms.length)] + "&limit=100";
      case 1 -> "since=" + since + "&until=" + since.plusDays(30) + "&limit=100&sort=-date";
      case 2 -> "bbox=50,34,53,37&limit=100";
      case 3 -> "q=" + SLOGANS[r.nextInt(SLOGANS.length)].split(" ")[1] + "&limit=100";
      case 4 -> "admin1=Region%20" + r.nextInt(40) + "&verification=single-source&limit=100";
      default -> "country=IR&since=" + since + "&until=" + since.plusDays(90) + "&form="
          + forms[r.nextInt(forms.length)] + "&limit=100";
    };
  }

  private static Extraction report(int n, Random r) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<Integer> cities = new ArrayList<>();
    List<String> slogans = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      int city = r.nextInt(40);
      String slogan = SLOGANS[r.nextInt(SLOGANS.length)];
      int start = text.length();
      text.append("Protesters gathered in City ").append(city).append(" chanting \"");
      int s = text.length();
      text.append(slogan).append("\". ");
      spans.add(new int[] {start, s, s + slogan.length()});
      cities.add(city);
      slogans.add(slogan);
    }
    LocalDate published = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(730));
    Report report = Report.of(text.toString(), Optional.of("Report " + n), Optional.empty(),
        Optional.of("Outlet " + r.nextInt(20)), Optional.of(published), "en", "bench");
    List<Event> events = new ArrayList<>();
    Form[] forms = Form.values();
    for (int i = 0; i < 10; i++) {
      int city = cities.get(i);
      Place place = new Place(Optional.of(1_000_000L + city), "City " + city, "City " + city,
          Optional.of("Region " + city), city < 30 ? "IR" : "IQ", city < 30 ? "Iran" : "Iraq",
          Optional.of(new Coordinates(30 + city * 0.2, 45 + city * 0.3)), 1);
      Evidence slogan = Evidence.of(report, "slogan", new Span(spans.get(i)[1], spans.get(i)[2]));
      events.add(new Event(report.id() + "-" + i, EventDate.day(published.minusDays(r.nextInt(5))),
          Optional.of(place), EventType.PEACEFUL_PROTEST, Set.of(forms[r.nextInt(forms.length)]),
          List.of(new Actor("Protesters", ActorRole.PROTESTERS, List.of("protesters"))),
          List.of(new Slogan(slogans.get(i), slogan)), List.of(), false, List.of(Source.of(report)),
          List.of(Evidence.of(report, "event", new Span(spans.get(i)[0], spans.get(i)[1] - 10)), slogan)));
    }
    return new Extraction(report, events, List.of());
  }
}
