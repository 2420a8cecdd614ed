// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placard.model.Report;

/** The store contract on an SQLite file, and what only SQLite files can get wrong. */
class SqliteEventStoreTest extends EventQueryContract {
  @TempDir
  Path dir;

  private Path file() {
    return dir.resolve("placard.db");
  }

  @Override
  protected EventStore open() throws StoreException {
    return EventStores.open(file().toString());
  }

  @Override
  protected Connection rawConnection() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file());
  }

  @Test
  void theFileIsInWalMode() throws SQLException {
    try (Connection raw = rawConnection(); Statement statement = raw.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA journal_mode")) {
      row.next();
      assertThat(row.getString(1)).isEqualToIgnoringCase("wal");
    }
    assertThat(store).isInstanceOf(SqliteEventStore.class);
  }

  @Test
  void aSecondStoreOnTheSameFileSeesWholeBatches() throws StoreException {
    try (EventStore reader = EventStores.open(file().toString())) {
      Report report = Fixtures.report("A rally.", "r", LocalDate.of(2024, 1, 1));
      assertThat(reader.reportCount()).isZero();

      store.save(List.of(Fixtures.extraction(report, List.of())), List.of());

      assertThat(reader.reportCount()).isEqualTo(1);
      assertThat(reader.report(report.id())).contains(report);
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws IOException {
    Path notes = dir.resolve("notes.db");
    byte[] bytes = "These are my notes, not a database. ".repeat(200).getBytes();
    Files.write(notes, bytes);

    assertThatThrownBy(() -> EventStores.open(notes.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessage("cannot open " + notes + ": file is not a database");
    assertThat(Files.readAllBytes(notes)).isEqualTo(bytes);
    assertThat(dir.resolve("notes.db-wal")).doesNotExist();
  }

  @Test
  void anotherApplicationsDatabaseIsRefusedAndLeftAlone() throws SQLException, IOException {
    Path other = dir.resolve("other.db");
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + other);
        Statement statement = raw.createStatement()) {
      statement.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
    }
    byte[] before = Files.readAllBytes(other);

    assertThatThrownBy(() -> EventStores.open(other.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessage("cannot open " + other + ": not a Placard database (it holds other tables: customers)");
    assertThat(Files.readAllBytes(other)).isEqualTo(before);
  }

  @Test
  void anEmptyFileBecomesAStore() throws IOException, StoreException {
    Path empty = Files.createFile(dir.resolve("empty.db"));
    try (EventStore fresh = EventStores.open(empty.toString())) {
      assertThat(fresh.eventCount()).isZero();
    }
  }

  @Test
  void aMissingDirectoryIsNamed() {
    Path nowhere = dir.resolve("no/such/dir/placard.db");
    assertThatThrownBy(() -> EventStores.open(nowhere.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot open " + nowhere)
        .hasMessageContaining("does not exist");
  }

  @Test
  void jdbcSqliteUrlsNameAFileToo() throws StoreException {
    try (EventStore again = EventStores.open("jdbc:sqlite:" + file())) {
      assertThat(again).isInstanceOf(SqliteEventStore.class);
      assertThat(again.eventCount()).isEqualTo(store.eventCount());
    }
  }
}
