// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a child table's rows for a set of events in one query, grouped by a key and kept in order. */
final class ChildRows {
  /** Maps the current row of a result set. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** The key of a list inside an event: the event, what kind of list, and the position of its owner. */
  record Key(String eventId, String kind, int position) {}

  private final Connection connection;
  private final List<String> eventIds;

  ChildRows(Connection connection, List<String> eventIds) {
    this.connection = connection;
    this.eventIds = List.copyOf(eventIds);
  }

  /**
   * Rows of {@code table} for the events, ordered by event then {@code order}, grouped by {@code key}.
   *
   * @param condition a fixed extra condition ("owner = 'event'") or empty; never a value from outside
   */
  <K, T> Map<K, List<T>> group(
      String table, String condition, String order, RowMapper<K> key, RowMapper<T> value) throws SQLException {
    if (eventIds.isEmpty()) {
      return Map.of();
    }
    String marks = String.join(", ", Collections.nCopies(eventIds.size(), "?"));
    String sql = "SELECT * FROM " + table + " WHERE event_id IN (" + marks + ")"
        + (condition.isEmpty() ? "" : " AND " + condition) + " ORDER BY event_id, " + order;
    Map<K, List<T>> groups = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < eventIds.size(); i++) {
        statement.setString(i + 1, eventIds.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          groups.computeIfAbsent(key.map(rows), k -> new ArrayList<>()).add(value.map(rows));
        }
      }
    }
    return groups;
  }

  /** {@link #group} keyed by the event alone. */
  <T> Map<String, List<T>> byEvent(String table, String condition, String order, RowMapper<T> value)
      throws SQLException {
    return group(table, condition, order, row -> row.getString("event_id"), value);
  }
}
