// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.placard.export.EventJson;
import org.placard.model.Coordinates;
import org.placard.model.Event;
import org.placard.model.Place;

/**
 * The rows of {@code event_members} and {@code merge_vetoes}, inside the caller's transaction. Not thread-safe.
 */
final class MemberRows {
  /** Half the side of the box around a place in which stored members are candidates, in degrees of latitude. */
  static final double BOX_DEGREES = 0.5;
  /** Dates within this many days of each other are candidates (the rule then asks for a true overlap). */
  static final int DATE_SLACK_DAYS = 1;
  static final String INSERT = "INSERT INTO event_members (member_id, event_id, report_id, position, member_json, "
      + "reason, reference, iso2, geonameid, latitude, longitude, date_start, date_end) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String COLUMNS = "member_id, event_id, report_id, position, member_json, reason";

  /** A member as the merge handles it: the report's event, the report, and its place among that report's events. */
  record Entry(Event event, String reportId, int position) {
    String id() {
      return event.id();
    }
  }

  /** A stored member and the stored event it belongs to. */
  record Stored(String eventId, Entry entry, Optional<String> reason) {}

  private final Connection connection;
  private final Dialect dialect;

  MemberRows(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  /** Binds one {@code event_members} row to {@link #INSERT}. */
  static void bind(PreparedStatement row, Dialect dialect, String eventId, Entry entry, Optional<String> reason)
      throws SQLException {
    Event event = entry.event();
    Optional<Place> place = event.place();
    Optional<Coordinates> point = place.flatMap(Place::coordinates);
    EventWriter.set(row, entry.id(), eventId, entry.reportId(), entry.position(), EventJson.write(event), reason);
    row.setBoolean(7, event.reference());
    row.setString(8, place.map(Place::countryCode).orElse(null));
    if (place.flatMap(Place::geonameId).isPresent()) {
      row.setLong(9, place.get().geonameId().get());
    } else {
      row.setNull(9, Types.BIGINT);
    }
    if (point.isPresent()) {
      row.setDouble(10, point.get().lat());
      row.setDouble(11, point.get().lon());
    } else {
      row.setNull(10, Types.DOUBLE);
      row.setNull(11, Types.DOUBLE);
    }
    dialect.bindDate(row, 12, event.date().start());
    dialect.bindDate(row, 13, event.date().end());
  }

  /**
   * Stored members that might be the same event as {@code event}: the same reference flag, dates within a day,
   * and the same GeoNames id or a point in the same country within about {@value #BOX_DEGREES} degrees. A superset
   * of what {@link org.placard.merge.MergeRule} accepts; members without a place have no candidates. Rows for
   * which {@code skip} holds (given the member id and its event's id) are passed over before their event is read,
   * so that a caller that has read a large event already does not read it again with every lookup. An event with
   * the same place, dates and reference flag as one looked up before (members of one stored event mostly share
   * them) is answered from {@code asked}: the rows found then, less those {@code skip} now passes over. That holds
   * only while {@code skip} passes over no fewer rows than it did then and the store is unchanged, as within one
   * merge.
   */
  List<Stored> candidates(Event event, BiPredicate<String, String> skip, Map<Lookup, List<Stored>> asked)
      throws SQLException {
    if (event.place().isEmpty()) {
      return List.of();
    }
    Place place = event.place().get();
    Lookup key = new Lookup(event.reference(), place.geonameId(), place.coordinates(), place.countryCode(),
        event.date().start(), event.date().end());
    List<Stored> found = asked.get(key);
    if (found == null) {
      found = lookup(event, skip);
      asked.put(key, found);
    }
    return found.stream().filter(s -> !skip.test(s.entry().id(), s.eventId())).toList();
  }

  /** What a candidate lookup depends on. */
  record Lookup(boolean reference, Optional<Long> geonameId, Optional<Coordinates> at, String iso2, LocalDate start,
      LocalDate end) {}

  private List<Stored> lookup(Event event, BiPredicate<String, String> skip) throws SQLException {
    Place place = event.place().get();
    String dates = " AND reference = ? AND date_start <= ? AND date_end >= ?";
    Map<String, Stored> found = new LinkedHashMap<>();
    if (place.geonameId().isPresent()) {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT " + COLUMNS + " FROM event_members WHERE geonameid = ?" + dates)) {
        select.setLong(1, place.geonameId().get());
        bindDates(select, 2, event);
        read(select, found, skip);
      }
    }
    if (place.coordinates().isPresent()) {
      Coordinates at = place.coordinates().get();
      // A degree of longitude shrinks towards the poles; near the antimeridian any longitude is a candidate.
      double lonDegrees = BOX_DEGREES / Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(at.lat()) + 1))));
      boolean wraps = at.lon() - lonDegrees < -180 || at.lon() + lonDegrees > 180;
      try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM event_members "
          + "WHERE iso2 = ? AND latitude BETWEEN ? AND ?" + (wraps ? "" : " AND longitude BETWEEN ? AND ?") + dates)) {
        select.setString(1, place.countryCode());
        select.setDouble(2, at.lat() - BOX_DEGREES);
        select.setDouble(3, at.lat() + BOX_DEGREES);
        int next = 4;
        if (!wraps) {
          select.setDouble(4, at.lon() - lonDegrees);
          select.setDouble(5, at.lon() + lonDegrees);
          next = 6;
        }
        bindDates(select, next, event);
        read(select, found, skip);
      }
    }
    return List.copyOf(found.values());
  }

  /** The members of the stored events, by member id. */
  List<Stored> ofEvents(Collection<String> eventIds) throws SQLException {
    return in("SELECT " + COLUMNS + " FROM event_members WHERE event_id IN ", eventIds, " ORDER BY member_id");
  }

  /** Those of {@code memberIds} already stored. */
  Set<String> stored(Collection<String> memberIds) throws SQLException {
    Set<String> ids = new HashSet<>();
    for (Stored s : in("SELECT " + COLUMNS + " FROM event_members WHERE member_id IN ", memberIds, "")) {
      ids.add(s.entry().id());
    }
    return ids;
  }

  /**
   * Makes each stored event that has no member (one stored before schema version 3) its own single member, as
   * if its first source had told it whole, so that it takes part in merging from now on.
   */
  void adoptOrphans(EventReader reader) throws SQLException {
    List<String> orphans = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT id FROM events e WHERE NOT EXISTS "
        + "(SELECT 1 FROM event_members m WHERE m.event_id = e.id)");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        orphans.add(rows.getString(1));
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (String id : orphans) {
        Event event = reader.event(id).orElseThrow();
        String reportId = event.sources().isEmpty() ? "" : event.sources().get(0).reportId();
        bind(insert, dialect, id, new Entry(event, reportId, 0), Optional.empty());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The vetoed pairs among {@code memberIds}, each as {@code Vetoes.key(a, b)}. */
  Set<String> vetoes(Collection<String> memberIds) throws SQLException {
    Set<String> wanted = new HashSet<>(memberIds);
    Set<String> pairs = new HashSet<>();
    for (List<String> chunk : chunks(List.copyOf(wanted))) {
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT member_a, member_b FROM merge_vetoes WHERE member_a IN (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          select.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            if (wanted.contains(rows.getString(2))) {
              pairs.add(Grouping.pair(rows.getString(1), rows.getString(2)));
            }
          }
        }
      }
    }
    return pairs;
  }

  /** Records that {@code a} and {@code b} must never be one event; recording a pair again changes nothing. */
  void veto(String a, String b) throws SQLException {
    String first = a.compareTo(b) < 0 ? a : b;
    String second = first.equals(a) ? b : a;
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT 1 FROM merge_vetoes WHERE member_a = ? AND member_b = ?")) {
      select.setString(1, first);
      select.setString(2, second);
      try (ResultSet row = select.executeQuery()) {
        if (row.next()) {
          return;
        }
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO merge_vetoes (member_a, member_b) VALUES (?, ?)")) {
      insert.setString(1, first);
      insert.setString(2, second);
      insert.executeUpdate();
    }
  }

  /** Deletes stored events, and with them (ON DELETE CASCADE) their child rows and members. */
  void deleteEvents(Collection<String> eventIds) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM events WHERE id = ?")) {
      for (String id : eventIds) {
        delete.setString(1, id);
        delete.addBatch();
      }
      delete.executeBatch();
    }
  }

  private List<Stored> in(String select, Collection<String> ids, String order) throws SQLException {
    List<Stored> out = new ArrayList<>();
    for (List<String> chunk : chunks(List.copyOf(new HashSet<>(ids)))) {
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement statement = connection.prepareStatement(select + "(" + marks + ")" + order)) {
        for (int i = 0; i < chunk.size(); i++) {
          statement.setString(i + 1, chunk.get(i));
        }
        Map<String, Stored> found = new LinkedHashMap<>();
        read(statement, found, (member, event) -> false);
        out.addAll(found.values());
      }
    }
    return out;
  }

  private void bindDates(PreparedStatement select, int from, Event event) throws SQLException {
    select.setBoolean(from, event.reference());
    dialect.bindDate(select, from + 1, event.date().end().plusDays(DATE_SLACK_DAYS));
    dialect.bindDate(select, from + 2, event.date().start().minusDays(DATE_SLACK_DAYS));
  }

  private static void read(PreparedStatement select, Map<String, Stored> into, BiPredicate<String, String> skip)
      throws SQLException {
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        String id = rows.getString("member_id");
        if (!into.containsKey(id) && !skip.test(id, rows.getString("event_id"))) {
          Entry entry = new Entry(EventJson.read(rows.getString("member_json")), rows.getString("report_id"),
              rows.getInt("position"));
          into.put(id, new Stored(rows.getString("event_id"), entry, Optional.ofNullable(rows.getString("reason"))));
        }
      }
    }
  }

  private static List<List<String>> chunks(List<String> ids) {
    List<List<String>> out = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += 500) {
      out.add(ids.subList(from, Math.min(ids.size(), from + 500)));
    }
    return out;
  }
}
