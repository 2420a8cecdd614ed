// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.placard.model.Actor;
import org.placard.model.Event;
import org.placard.model.Place;
import org.placard.model.Problem;
import org.placard.store.EventStore;
import org.placard.store.StoreException;

/** Counts over the filtered events (places, actors, stats) and the recorded problems. */
final class AggregateRoutes {
  private final EventStore store;
  private final EventCache cache;

  AggregateRoutes(EventStore store, EventCache cache) {
    this.store = store;
    this.cache = cache;
  }

  /** {@code GET /api/places}: each place with its number of events, most events first. */
  void places(Context ctx) throws StoreException {
    Map<String, Map<String, Object>> places = new LinkedHashMap<>();
    for (IndexedEvent e : cache.matching(EventFilter.parse(ctx.queryParamMap(), Set.of()))) {
      if (e.event().place().isEmpty()) {
        continue;
      }
      Place p = e.event().place().get();
      String key = p.geonameId().map(String::valueOf).orElse(p.countryCode() + "|" + p.name());
      Map<String, Object> m = places.computeIfAbsent(key, k -> place(p));
      m.merge("events", 1, (a, b) -> (Integer) a + (Integer) b);
      @SuppressWarnings("unchecked")
      Set<String> written = (Set<String>) m.get("as_written");
      written.add(p.nameAsWritten());
    }
    List<Map<String, Object>> out = new ArrayList<>(places.values());
    out.sort(Comparator.comparing((Map<String, Object> m) -> -(Integer) m.get("events")));
    ctx.json(Map.of("places", out));
  }

  private static Map<String, Object> place(Place p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("as_written", new TreeSet<String>());
    m.put("geonameid", p.geonameId().orElse(null));
    m.put("admin1", p.admin1().orElse(null));
    m.put("iso2", p.countryCode());
    m.put("country", p.country());
    m.put("latitude", p.coordinates().map(c -> c.lat()).orElse(null));
    m.put("longitude", p.coordinates().map(c -> c.lon()).orElse(null));
    m.put("geo_precision", p.precision());
    m.put("events", 0);
    return m;
  }

  /** {@code GET /api/actors}: each actor's canonical name, roles, names as written and number of events. */
  void actors(Context ctx) throws StoreException {
    Map<String, Map<String, Object>> actors = new TreeMap<>();
    for (IndexedEvent e : cache.matching(EventFilter.parse(ctx.queryParamMap(), Set.of()))) {
      for (Actor a : e.event().actors()) {
        Map<String, Object> m = actors.computeIfAbsent(a.name(), n -> {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("name", n);
          x.put("roles", new TreeSet<String>());
          x.put("as_written", new TreeSet<String>());
          x.put("events", new TreeSet<String>());
          return x;
        });
        add(m, "roles", a.role().name().toLowerCase(Locale.ROOT));
        a.asWritten().forEach(w -> add(m, "as_written", w));
        add(m, "events", e.event().id());
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> m : actors.values()) {
      Map<String, Object> x = new LinkedHashMap<>(m);
      x.put("events", ((Set<?>) m.get("events")).size());
      out.add(x);
    }
    out.sort(Comparator.comparing((Map<String, Object> m) -> -(Integer) m.get("events")));
    ctx.json(Map.of("actors", out));
  }

  @SuppressWarnings("unchecked")
  private static void add(Map<String, Object> m, String key, String value) {
    ((Set<String>) m.get(key)).add(value);
  }

  /**
   * {@code GET /api/stats?by=day|week|month}: events per period of their ACLED event date (weeks start on
   * Monday and are named by it), and per country, admin-1 region, form and sub-event type.
   */
  void stats(Context ctx) throws StoreException {
    String by = ctx.queryParamMap().getOrDefault("by", List.of("month")).get(0);
    Function<LocalDate, String> period = switch (by) {
      case "day" -> LocalDate::toString;
      case "week" -> d -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
      case "month" -> d -> d.toString().substring(0, 7);
      default -> throw new BadParameterException("by", "expected day, week or month");
    };
    List<IndexedEvent> events = cache.matching(EventFilter.parse(ctx.queryParamMap(), Set.of("by")));
    Map<String, Integer> timeline = new TreeMap<>();
    Map<String, Integer> countries = new TreeMap<>();
    Map<String, Integer> admin1 = new TreeMap<>();
    Map<String, Integer> forms = new TreeMap<>();
    Map<String, Integer> types = new TreeMap<>();
    for (IndexedEvent ie : events) {
      Event e = ie.event();
      timeline.merge(period.apply(e.date().eventDate()), 1, Integer::sum);
      e.place().ifPresent(p -> {
        countries.merge(p.countryCode(), 1, Integer::sum);
        p.admin1().ifPresent(a -> admin1.merge(p.countryCode() + "|" + a, 1, Integer::sum));
      });
      e.forms().forEach(f -> forms.merge(f.label(), 1, Integer::sum));
      types.merge(e.type().subEventType(), 1, Integer::sum);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("by", by);
    body.put("total", events.size());
    body.put("timeline", counts(timeline, "period"));
    body.put("countries", counts(countries, "iso2"));
    body.put("admin1", counts(admin1, "admin1"));
    body.put("forms", counts(forms, "form"));
    body.put("sub_event_types", counts(types, "sub_event_type"));
    ctx.json(body);
  }

  private static List<Map<String, Object>> counts(Map<String, Integer> counts, String keyName) {
    List<Map<String, Object>> out = new ArrayList<>();
    counts.forEach((k, n) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      if (keyName.equals("admin1")) {
        m.put("iso2", k.substring(0, k.indexOf('|')));
        m.put("admin1", k.substring(k.indexOf('|') + 1));
      } else {
        m.put(keyName, k);
      }
      m.put("count", n);
      out.add(m);
    });
    return out;
  }

  /** {@code GET /api/problems}: every recorded problem, oldest first. */
  void problems(Context ctx) throws StoreException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Problem p : store.problems()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("input", p.input());
      m.put("report_id", p.reportId().orElse(null));
      m.put("stage", p.stage());
      m.put("message", p.message());
      m.put("quote", p.quote().orElse(null));
      out.add(m);
    }
    ctx.json(Map.of("total", out.size(), "problems", out));
  }
}
