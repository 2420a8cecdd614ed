// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
 * An event saved again under an id already stored (a later report merged into it) replaces the stored one
 * whole; an event id twice in one batch is an error and the batch is rolled back. A problem identical in every
 * field to one already recorded is recorded once.
 */
public abstract sealed class JdbcEventStore implements EventStore permits SqliteEventStore, PostgresEventStore {
  private final String location;
  private final Connection connection;
  private final Dialect dialect;

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
      replaceable(c, fresh);
      try (EventWriter writer = new EventWriter(c, dialect, Instant.now())) {
        for (Extraction extraction : fresh) {
          writer.report(extraction.report());
          for (Event event : extraction.events()) {
            writer.event(event);
          }
        }
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
  public List<Event> events(EventQuery query) throws StoreException {
    Objects.requireNonNull(query, "query");
    return inTransaction("read events", c -> new EventReader(c, dialect).events(query));
  }

  @Override
  public Optional<Event> event(String id) throws StoreException {
    Objects.requireNonNull(id, "id");
    return inTransaction("read event " + id, c -> new EventReader(c, dialect).event(id));
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

  /** Deletes stored events that the batch saves again, so that the new version replaces them whole. */
  private static void replaceable(Connection c, List<Extraction> fresh) throws SQLException {
    List<String> ids = fresh.stream().flatMap(e -> e.events().stream()).map(Event::id).distinct().toList();
    Set<String> stored = known(c, "events", ids);
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM events WHERE id = ?")) {
      for (String id : stored) {
        delete.setString(1, id);
        delete.addBatch();
      }
      delete.executeBatch();
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
