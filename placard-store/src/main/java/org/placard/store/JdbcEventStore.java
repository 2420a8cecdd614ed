// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.placard.model.Event;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.pipeline.Extraction;

/**
 * The event store over one JDBC connection, with the same SQL for every database; a {@link Dialect} covers
 * the few differences. Every method runs in a transaction of its own, so readers see whole batches only.
 *
 * <p>Thread-safe: methods are synchronized on the store, so concurrent callers take turns on the connection.
 * Saved and loaded events become members and are merged by {@link Merger}; an event id twice in one batch is an
 * error and the batch is rolled back, and an event id already stored as a member is skipped. A problem identical
 * in every field to one already recorded is recorded once.
 */
public abstract sealed class JdbcEventStore implements EventStore permits SqliteEventStore, PostgresEventStore {
  private final String location;
  private final Connection connection;
  private final Dialect dialect;
  private final Optional<PostGis> postGis;

  /** A unit of work on the connection, inside a transaction. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  JdbcEventStore(String location, Connection connection, Dialect dialect) throws SQLException {
    this.location = location;
    this.connection = connection;
    this.dialect = dialect;
    connection.setAutoCommit(false);
    this.postGis = dialect == Dialect.POSTGRESQL ? PostGis.enable(connection) : Optional.empty();
    try {
      inTransaction("adopt events stored before members were kept", c -> {
        new MemberRows(c, dialect).adoptOrphans(new EventReader(c, dialect, postGis));
        return null;
      });
    } catch (StoreException e) {
      throw new SQLException(e.getMessage(), e);
    }
  }

  /** Whether bounding-box queries use a PostGIS index (PostgreSQL with PostGIS installed). */
  public boolean spatialIndex() {
    return postGis.isPresent();
  }

  /** Where the store is, as given to open it (passwords masked): for messages. */
  public String location() {
    return location;
  }

  @Override
  public Set<String> knownReports(Collection<String> reportIds) throws StoreException {
    List<String> ids = List.copyOf(new LinkedHashSet<>(reportIds));
    return inTransaction("read reports", c -> known(c, "reports", ids));
  }

  @Override
  public void save(List<Extraction> batch, List<Problem> inputProblems) throws StoreException {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(inputProblems, "inputProblems");
    inTransaction("save a batch of " + batch.size() + " reports", c -> {
      // A report already stored is skipped with its events and problems: re-running a command adds nothing.
      Set<String> seen = known(c, "reports", batch.stream().map(e -> e.report().id()).distinct().toList());
      List<Extraction> fresh = new ArrayList<>();
      for (Extraction extraction : batch) {
        if (seen.add(extraction.report().id())) {
          fresh.add(extraction);
        }
      }
      try (EventWriter writer = new EventWriter(c, dialect, Instant.now())) {
        List<MemberRows.Entry> entries = new ArrayList<>();
        for (Extraction extraction : fresh) {
          writer.report(extraction.report());
          for (int i = 0; i < extraction.events().size(); i++) {
            entries.add(new MemberRows.Entry(extraction.events().get(i), extraction.report().id(), i));
          }
        }
        new Merger(new MemberRows(c, dialect), writer).add(entries);
        for (Problem problem : inputProblems) {
          writer.problem(problem);
        }
        for (Extraction extraction : fresh) {
          for (Problem problem : extraction.problems()) {
            writer.problem(problem);
          }
        }
        writer.flush();
      }
      return null;
    });
  }

  @Override
  public void load(List<Event> events) throws StoreException {
    Objects.requireNonNull(events, "events");
    List<MemberRows.Entry> entries = new ArrayList<>();
    Map<String, Integer> positions = new HashMap<>();
    for (Event event : events) {
      if (event.sources().isEmpty()) {
        throw new IllegalArgumentException("event " + event.id() + " cites no report: a loaded event needs its source");
      }
      String reportId = event.sources().get(0).reportId();
      entries.add(new MemberRows.Entry(event, reportId, positions.merge(reportId, 1, Integer::sum) - 1));
    }
    inTransaction("load " + events.size() + " events", c -> {
      try (EventWriter writer = new EventWriter(c, dialect, Instant.now())) {
        new Merger(new MemberRows(c, dialect), writer).add(entries);
        writer.flush();
      }
      return null;
    });
  }

  @Override
  public List<Member> members(String eventId) throws StoreException {
    Objects.requireNonNull(eventId, "eventId");
    return inTransaction("read the members of event " + eventId, c -> {
      List<Member> members = new ArrayList<>();
      for (MemberRows.Stored s : new MemberRows(c, dialect).ofEvents(List.of(eventId))) {
        members.add(new Member(s.entry().event(), s.entry().reportId(), s.reason()));
      }
      members.sort(Comparator.comparing((Member m) -> m.event().id()));
      return members;
    });
  }

  @Override
  public List<Event> split(String eventId) throws StoreException {
    Objects.requireNonNull(eventId, "eventId");
    return inTransaction("split event " + eventId, c -> {
      MemberRows rows = new MemberRows(c, dialect);
      List<MemberRows.Stored> members = new ArrayList<>(rows.ofEvents(List.of(eventId)));
      if (members.isEmpty()) {
        throw new SQLException("no event " + eventId + " is stored");
      }
      members.sort(Comparator.comparing((MemberRows.Stored m) -> m.entry().id()));
      try (EventWriter writer = new EventWriter(c, dialect, Instant.now())) {
        List<Event> events = new Merger(rows, writer).split(eventId, members);
        writer.flush();
        return events;
      }
    });
  }

  @Override
  public List<Event> events(EventQuery query) throws StoreException {
    Objects.requireNonNull(query, "query");
    return inTransaction("read events", c -> new EventReader(c, dialect, postGis).events(query));
  }

  @Override
  public Optional<Event> event(String id) throws StoreException {
    Objects.requireNonNull(id, "id");
    return inTransaction("read event " + id, c -> new EventReader(c, dialect, postGis).event(id));
  }

  @Override
  public Optional<Report> report(String id) throws StoreException {
    Objects.requireNonNull(id, "id");
    return inTransaction("read report " + id, c -> new StoredRows(c, dialect).report(id));
  }

  @Override
  public List<Problem> problems() throws StoreException {
    return inTransaction("read problems", c -> new StoredRows(c, dialect).problems());
  }

  @Override
  public long reportCount() throws StoreException {
    return inTransaction("count reports", c -> new StoredRows(c, dialect).count("reports"));
  }

  @Override
  public long eventCount() throws StoreException {
    return inTransaction("count events", c -> new StoredRows(c, dialect).count("events"));
  }

  /** The version of the newest schema migration applied, such as "2". */
  public String schemaVersion() throws StoreException {
    return inTransaction("read the schema version", c -> new StoredRows(c, dialect).schemaVersion());
  }

  @Override
  public synchronized void close() throws StoreException {
    try {
      if (!connection.isClosed()) {
        connection.rollback();
        connection.close();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot close " + location + ": " + e.getMessage(), e);
    }
  }

  /** Those of {@code ids} that {@code table} (reports or events, a constant) holds. */
  private static Set<String> known(Connection c, String table, List<String> ids) throws SQLException {
    Set<String> found = new HashSet<>();
    try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
      for (String id : ids) {
        select.setString(1, id);
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            found.add(id);
          }
        }
      }
    }
    return found;
  }

  private synchronized <T> T inTransaction(String doing, Work<T> work) throws StoreException {
    try {
      if (connection.isClosed()) {
        throw new StoreException("cannot " + doing + " in " + location + ": the store is closed");
      }
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw new StoreException("cannot " + doing + " in " + location + ": " + e.getMessage(), e);
    }
  }
}
