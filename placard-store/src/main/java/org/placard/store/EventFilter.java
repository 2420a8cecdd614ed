// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.placard.model.Form;

/**
 * An {@link EventQuery} as the WHERE clause over {@code events e}, with its values kept apart as bindings:
 * values are never written into the SQL.
 */
final class EventFilter {
  /** Binds one value at a parameter index. */
  @FunctionalInterface
  private interface Binding {
    void bind(PreparedStatement statement, int index) throws SQLException;
  }

  private final List<String> conditions = new ArrayList<>();
  private final List<Binding> bindings = new ArrayList<>();

  private final Optional<PostGis> postGis;

  EventFilter(EventQuery query, Dialect dialect, Optional<PostGis> postGis) {
    this.postGis = postGis;
    query.countryCode().ifPresent(code -> add("e.iso2 = ?", string(code.strip().toUpperCase(Locale.ROOT))));
    query.since().ifPresent(since -> add("e.date_end >= ?", (s, i) -> dialect.bindDate(s, i, since)));
    query.until().ifPresent(until -> add("e.date_start <= ?", (s, i) -> dialect.bindDate(s, i, until)));
    query.form().ifPresent(this::form);
    if (!query.includeReferences()) {
      add("e.reference = ?", (s, i) -> s.setBoolean(i, false));
    }
    query.box().ifPresent(this::box);
    query.text().ifPresent(this::search);
  }

  /** " WHERE ..." or the empty string. */
  String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** Binds the filter's values from {@code first} on; returns the next free index. */
  int bind(PreparedStatement statement, int first) throws SQLException {
    int index = first;
    for (Binding binding : bindings) {
      binding.bind(statement, index++);
    }
    return index;
  }

  private void form(Form form) {
    add("EXISTS (SELECT 1 FROM event_forms f WHERE f.event_id = e.id AND f.form = ?)", string(form.name()));
  }

  private void box(BoundingBox box) {
    if (postGis.isPresent()) {
      spatialBox(box, postGis.get());
      return;
    }
    conditions.add("e.latitude BETWEEN ? AND ?");
    bindings.add((s, i) -> s.setDouble(i, box.minLat()));
    bindings.add((s, i) -> s.setDouble(i, box.maxLat()));
    conditions.add(box.crossesAntimeridian() ? "(e.longitude >= ? OR e.longitude <= ?)" : "e.longitude BETWEEN ? AND ?");
    bindings.add((s, i) -> s.setDouble(i, box.minLon()));
    bindings.add((s, i) -> s.setDouble(i, box.maxLon()));
  }

  /** The box as one envelope, or two either side of the antimeridian; PostGIS's GiST index answers it. */
  private void spatialBox(BoundingBox box, PostGis spatial) {
    if (box.crossesAntimeridian()) {
      conditions.add("(" + spatial.inEnvelope() + " OR " + spatial.inEnvelope() + ")");
      envelope(box.minLon(), box.minLat(), 180, box.maxLat());
      envelope(-180, box.minLat(), box.maxLon(), box.maxLat());
    } else {
      conditions.add(spatial.inEnvelope());
      envelope(box.minLon(), box.minLat(), box.maxLon(), box.maxLat());
    }
  }

  private void envelope(double west, double south, double east, double north) {
    for (double value : new double[] {west, south, east, north}) {
      bindings.add((s, i) -> s.setDouble(i, value));
    }
  }

  /**
   * Case-insensitive substring search. SQLite's LOWER folds ASCII letters only, PostgreSQL's folds all: the
   * search is case-insensitive for ASCII everywhere and for all letters on PostgreSQL.
   */
  private void search(String wanted) {
    String like = "LOWER(%s) LIKE ? ESCAPE '\\'";
    List<String> anyOf = List.of(
        like.formatted("e.location"),
        like.formatted("e.place_as_written"),
        "EXISTS (SELECT 1 FROM slogans g WHERE g.event_id = e.id AND " + like.formatted("g.text") + ")",
        "EXISTS (SELECT 1 FROM actors a WHERE a.event_id = e.id AND " + like.formatted("a.name") + ")",
        "EXISTS (SELECT 1 FROM actor_names n WHERE n.event_id = e.id AND " + like.formatted("n.as_written") + ")",
        "EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id AND " + like.formatted("s.title") + ")",
        "EXISTS (SELECT 1 FROM event_sources s JOIN reports r ON r.id = s.report_id WHERE s.event_id = e.id AND "
            + like.formatted("r.text") + ")");
    conditions.add("(" + String.join(" OR ", anyOf) + ")");
    String pattern = "%" + escapeLike(wanted.toLowerCase(Locale.ROOT)) + "%";
    for (int n = 0; n < anyOf.size(); n++) {
      bindings.add(string(pattern));
    }
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private void add(String condition, Binding binding) {
    conditions.add(condition);
    bindings.add(binding);
  }

  private static Binding string(String value) {
    return (s, i) -> s.setString(i, value);
  }
}
