// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A store in a PostgreSQL database, for teams and large collections; the schema is the SQLite one (the same
 * migrations), and so are the queries. The database must exist and the role must be able to create tables in
 * its current schema (the one {@code ?currentSchema=} names, else {@code public}).
 */
public final class PostgresEventStore extends JdbcEventStore {
  private PostgresEventStore(String location, Connection connection) throws SQLException {
    super(location, connection, Dialect.POSTGRESQL);
  }

  /**
   * Opens the store at {@code url} ({@code postgresql://user:pass@host:port/db} or
   * {@code jdbc:postgresql://...}) and applies pending schema migrations.
   *
   * @throws IllegalArgumentException when {@code url} is not a PostgreSQL URL
   */
  public static PostgresEventStore open(String url) throws StoreException {
    PostgresLocation where = PostgresLocation.parse(url);
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(where.jdbcUrl());
    where.user().ifPresent(dataSource::setUser);
    where.password().ifPresent(dataSource::setPassword);
    dataSource.setApplicationName("placard");
    Connection connection;
    try {
      // Connect first: "connection refused" or "password authentication failed" reads better than Flyway's.
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new StoreException("cannot open " + where.display() + ": " + e.getMessage(), e);
    }
    try {
      Migrations.migrate(dataSource, Dialect.POSTGRESQL, where.display());
      return new PostgresEventStore(where.display(), connection);
    } catch (StoreException | SQLException | RuntimeException e) {
      try {
        connection.close();
      } catch (SQLException close) {
        e.addSuppressed(close);
      }
      if (e instanceof StoreException store) {
        throw store;
      }
      throw new StoreException("cannot open " + where.display() + ": " + e.getMessage(), e);
    }
  }
}
