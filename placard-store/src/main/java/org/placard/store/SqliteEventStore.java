// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The embedded default: one SQLite file (such as {@code ./placard.db}) in WAL mode, so that readers do not
 * wait for the writer, with a busy timeout for the moments they must. A file that exists but is not a Placard
 * database is refused and left untouched.
 */
public final class SqliteEventStore extends JdbcEventStore {
  /** How long to wait for another connection's lock before failing. */
  private static final int BUSY_TIMEOUT_MS = 10_000;

  private SqliteEventStore(String location, Connection connection) throws SQLException {
    super(location, connection, Dialect.SQLITE);
  }

  /** Opens the store in {@code file}, creating it when absent, and applies pending schema migrations. */
  public static SqliteEventStore open(Path file) throws StoreException {
    String location = file.toString();
    Path absolute = file.toAbsolutePath();
    Path directory = absolute.getParent();
    if (directory != null && !Files.isDirectory(directory)) {
      throw new StoreException("cannot open " + location + ": directory " + directory + " does not exist");
    }
    if (Files.exists(absolute)) {
      refuseForeign(absolute, location);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // In WAL mode NORMAL loses no integrity on power loss, at most the last commits.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    // SQLite's default page cache is 2 MiB; the merge's candidate lookups revisit the same index pages for every
    // event of a batch, so a larger cache saves re-reading them from the file (measured: 90 GB read for 35,000
    // events with the default). In KiB when negative.
    config.setCacheSize(-64 * 1024);
    config.enforceForeignKeys(true);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + absolute);
    Migrations.migrate(dataSource, Dialect.SQLITE, location);
    try {
      return new SqliteEventStore(location, dataSource.getConnection());
    } catch (SQLException e) {
      throw new StoreException("cannot open " + location + ": " + reason(e), e);
    }
  }

  /**
   * Fails unless {@code file} is empty, a Placard database, or an SQLite database with no tables yet. Looks
   * read-only, so that a foreign file is never written to.
   */
  private static void refuseForeign(Path file, String location) throws StoreException {
    if (!Files.isRegularFile(file)) {
      throw new StoreException("cannot open " + location + ": not a regular file");
    }
    if (!Files.isReadable(file) || !Files.isWritable(file)) {
      throw new StoreException("cannot open " + location + ": permission denied");
    }
    SQLiteConfig readOnly = new SQLiteConfig();
    readOnly.setReadOnly(true);
    readOnly.setBusyTimeout(BUSY_TIMEOUT_MS);
    List<String> tables = new ArrayList<>();
    try (Connection connection = readOnly.createConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot open " + location + ": " + reason(e), e);
    }
    if (!tables.isEmpty() && !tables.contains(Migrations.HISTORY_TABLE)) {
      throw new StoreException("cannot open " + location + ": not a Placard database (it holds other tables: "
          + String.join(", ", tables.subList(0, Math.min(5, tables.size()))) + ")");
    }
  }

  /** SQLite's failure in words a user can act on. */
  private static String reason(SQLException e) {
    if (e instanceof SQLiteException sqlite) {
      // Extended codes (SQLITE_READONLY_DBMOVED, ...) carry their primary code in the low byte.
      int code = sqlite.getResultCode().code & 0xFF;
      if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
        return "file is not a database";
      } else if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
        return "database file is corrupt";
      } else if (code == SQLiteErrorCode.SQLITE_PERM.code || code == SQLiteErrorCode.SQLITE_READONLY.code
          || code == SQLiteErrorCode.SQLITE_AUTH.code) {
        return "permission denied";
      } else if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
        return "database is locked by another process";
      } else if (code == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
        return "the file cannot be opened";
      }
    }
    return e.getMessage();
  }
}
