// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.placard.model.Actor;
import org.placard.model.ActorRole;
import org.placard.model.Attribution;
import org.placard.model.Claim;
import org.placard.model.Event;
import org.placard.model.Evidence;
import org.placard.model.Figure;
import org.placard.model.Form;
import org.placard.model.Slogan;
import org.placard.model.Source;
import org.placard.model.Span;
import org.placard.store.ChildRows.Key;

/**
 * Reads events back whole: the matching {@code events} rows first, then each child table once per chunk of
 * events (not once per event). Runs inside the caller's transaction, so the parts agree.
 */
final class EventReader {
  /** Few enough bind parameters for every database (SQLite allows 32766, PostgreSQL 65535). */
  private static final int CHUNK = 500;

  private final Connection connection;
  private final Dialect dialect;
  private final Optional<PostGis> postGis;

  EventReader(Connection connection, Dialect dialect, Optional<PostGis> postGis) {
    this.connection = connection;
    this.dialect = dialect;
    this.postGis = postGis;
  }

  List<Event> events(EventQuery query) throws SQLException {
    EventFilter filter = new EventFilter(query, dialect, postGis);
    String sql = "SELECT " + EventRows.COLUMNS + " FROM events e" + filter.where()
        + " ORDER BY e.date_start, e.id LIMIT ? OFFSET ?";
    List<EventRows.Head> heads = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int next = filter.bind(statement, 1);
      statement.setLong(next, query.limit() == 0 ? Long.MAX_VALUE : query.limit());
      statement.setLong(next + 1, query.offset());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          heads.add(EventRows.read(rows, dialect));
        }
      }
    }
    List<Event> events = new ArrayList<>(heads.size());
    for (int from = 0; from < heads.size(); from += CHUNK) {
      events.addAll(complete(heads.subList(from, Math.min(heads.size(), from + CHUNK))));
    }
    return events;
  }

  Optional<Event> event(String id) throws SQLException {
    String sql = "SELECT " + EventRows.COLUMNS + " FROM events e WHERE e.id = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(complete(List.of(EventRows.read(rows, dialect))).get(0)) : Optional.empty();
      }
    }
  }

  private List<Event> complete(List<EventRows.Head> heads) throws SQLException {
    ChildRows rows = new ChildRows(connection, heads.stream().map(EventRows.Head::id).toList());
    Map<String, List<Source>> sources = rows.byEvent("event_sources", "", "position", this::source);
    Map<String, List<Form>> forms = rows.byEvent("event_forms", "", "form", row -> Form.valueOf(row.getString("form")));
    Map<Key, List<String>> names = rows.group("actor_names", "", "actor_position, position",
        row -> key(row, "actor", "actor_position"), row -> row.getString("as_written"));
    Map<String, List<Actor>> actors = rows.byEvent("actors", "", "position",
        row -> new Actor(row.getString("name"), ActorRole.valueOf(row.getString("role")),
            names.getOrDefault(key(row, "actor", "position"), List.of())));
    Map<String, List<Evidence>> evidence = rows.byEvent("evidence", "owner = 'event'", "position", EventReader::evidence);
    Map<Key, List<Evidence>> owned = rows.group("evidence", "owner <> 'event'", "owner, position",
        row -> key(row, row.getString("owner"), "position"), EventReader::evidence);
    Map<String, List<Slogan>> slogans = rows.byEvent("slogans", "", "position",
        row -> new Slogan(row.getString("text"), owned.get(key(row, "slogan", "position")).get(0)));
    Map<Key, List<Attribution>> attributions = rows.group("claim_attributions", "", "claim_position, kind, position",
        row -> key(row, row.getString("kind"), "claim_position"),
        row -> new Attribution(row.getString("source"), dialect.date(row, "said_on")));
    Map<String, List<Claim>> claims = rows.byEvent("claims", "", "position", row -> claim(row, attributions, owned));

    List<Event> events = new ArrayList<>(heads.size());
    for (EventRows.Head head : heads) {
      String id = head.id();
      events.add(new Event(id, head.date(), head.place(), head.type(), Set.copyOf(forms.getOrDefault(id, List.of())),
          actors.getOrDefault(id, List.of()), slogans.getOrDefault(id, List.of()), claims.getOrDefault(id, List.of()),
          head.reference(), sources.getOrDefault(id, List.of()), evidence.getOrDefault(id, List.of())));
    }
    return events;
  }

  private Claim claim(ResultSet row, Map<Key, List<Attribution>> attributions, Map<Key, List<Evidence>> owned)
      throws SQLException {
    long value = row.getLong("value");
    Optional<Long> count = row.wasNull() ? Optional.empty() : Optional.of(value);
    Optional<String> claimant = Optional.ofNullable(row.getString("claimant"));
    Optional<Attribution> by = claimant.isEmpty()
        ? Optional.empty() : Optional.of(new Attribution(claimant.get(), dialect.date(row, "claimant_on")));
    return new Claim(Figure.valueOf(row.getString("figure")), count, row.getString("as_written"), by,
        attributions.getOrDefault(key(row, "corroborated", "position"), List.of()),
        attributions.getOrDefault(key(row, "disputed", "position"), List.of()),
        owned.get(key(row, "claim", "position")).get(0));
  }

  private Source source(ResultSet row) throws SQLException {
    return new Source(row.getString("report_id"), optional(row, "title"), optional(row, "url"),
        optional(row, "outlet"), dialect.date(row, "published"));
  }

  private static Evidence evidence(ResultSet row) throws SQLException {
    return new Evidence(row.getString("report_id"), row.getString("field"),
        new Span(row.getInt("span_start"), row.getInt("span_end")), row.getString("quote"));
  }

  private static Key key(ResultSet row, String kind, String positionColumn) throws SQLException {
    return new Key(row.getString("event_id"), kind, row.getInt(positionColumn));
  }

  static Optional<String> optional(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getString(column));
  }
}
