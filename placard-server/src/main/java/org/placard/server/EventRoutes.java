// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import io.javalin.http.Context;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.placard.export.EventWriter;
import org.placard.export.ExportFormat;
import org.placard.export.ExportedEvent;
import org.placard.model.Event;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.model.Report;
import org.placard.model.Source;
import org.placard.store.EventStore;
import org.placard.store.StoreException;

/** The event endpoints: the filtered list, map points, one event with its reports, reports, and exports. */
final class EventRoutes {
  private final EventStore store;
  private final EventCache cache;

  EventRoutes(EventStore store, EventCache cache) {
    this.store = store;
    this.cache = cache;
  }

  /** {@code GET /api/events}: one page of the filtered events, with the total before paging. */
  void list(Context ctx) throws StoreException {
    EventFilter filter = EventFilter.parse(ctx.queryParamMap(), Set.of());
    List<IndexedEvent> all = cache.matching(filter);
    List<Map<String, Object>> page = all.stream()
        .skip(filter.offset()).limit(filter.limit())
        .map(e -> ExportedEvent.fields(e.event()))
        .toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", all.size());
    body.put("offset", filter.offset());
    body.put("limit", filter.limit());
    body.put("events", page);
    ctx.json(body);
  }

  /**
   * {@code GET /api/points}: every filtered event that has coordinates, as compact rows for the map (no paging:
   * a map shows all). Events without coordinates are counted in {@code unplaced}.
   */
  void points(Context ctx) throws StoreException {
    EventFilter filter = EventFilter.parse(ctx.queryParamMap(), Set.of());
    List<IndexedEvent> all = cache.matching(filter);
    List<List<Object>> rows = new ArrayList<>(all.size());
    for (IndexedEvent e : all) {
      Event ev = e.event();
      ev.place().flatMap(Place::coordinates).ifPresent(c -> rows.add(List.of(ev.id(), c.lat(), c.lon(),
          ev.date().eventDate().toString(),
          ev.forms().stream().sorted().findFirst().map(Form::label).orElse(""),
          ev.type().subEventType())));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", all.size());
    body.put("unplaced", all.size() - rows.size());
    body.put("fields", List.of("event_id", "latitude", "longitude", "event_date", "form", "sub_event_type"));
    body.put("rows", rows);
    ctx.json(body);
  }

  /** {@code GET /api/events/{id}}: the event's fields and the full text of each of its source reports. */
  void one(Context ctx) throws StoreException {
    String id = ctx.pathParam("id");
    Event event = store.event(id).orElseThrow(() -> new NotFoundException("no event " + id));
    Map<String, Object> body = ExportedEvent.fields(event);
    List<Map<String, Object>> reports = new ArrayList<>();
    for (Source s : event.sources()) {
      store.report(s.reportId()).ifPresent(r -> reports.add(report(r)));
    }
    body.put("reports", reports);
    ctx.json(body);
  }

  /** {@code GET /api/reports/{id}}. */
  void report(Context ctx) throws StoreException {
    String id = ctx.pathParam("id");
    ctx.json(report(store.report(id).orElseThrow(() -> new NotFoundException("no report " + id))));
  }

  /** {@code GET /api/events.csv} and {@code .geojson}: every filtered event (paging applies only if asked). */
  void export(Context ctx, ExportFormat format) throws StoreException, IOException {
    Map<String, List<String>> params = ctx.queryParamMap();
    EventFilter filter = EventFilter.parse(params, Set.of());
    List<IndexedEvent> all = cache.matching(filter);
    long limit = params.containsKey("limit") ? filter.limit() : Long.MAX_VALUE;
    ctx.contentType(format == ExportFormat.CSV ? "text/csv; charset=utf-8" : "application/geo+json");
    ctx.header("Content-Disposition", "attachment; filename=\"placard-events." + format.extension() + "\"");
    try (EventWriter writer = format.writer(new KeepOpen(ctx.outputStream()))) {
      for (IndexedEvent e : all.stream().skip(filter.offset()).limit(limit).toList()) {
        writer.write(e.event());
      }
    }
  }

  static Map<String, Object> report(Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("report_id", r.id());
    m.put("title", r.title().orElse(null));
    m.put("url", r.url().orElse(null));
    m.put("outlet", r.outlet().orElse(null));
    m.put("published", r.published().map(Object::toString).orElse(null));
    m.put("language", r.language());
    m.put("text", r.text());
    return m;
  }

  /** Lets the writers close their document without closing the response, which the server finishes. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
