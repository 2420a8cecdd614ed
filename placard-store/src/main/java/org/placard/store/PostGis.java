// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Optional;

/**
 * PostGIS in a PostgreSQL store, when the database has it: a point column the database keeps in step with
 * {@code latitude}/{@code longitude} (a generated column, so no writer changes) and a GiST index, which bounding-box
 * queries then use. Without PostGIS the store filters boxes on the plain latitude and longitude columns.
 *
 * <p>PostGIS is not a trusted extension: a superuser runs {@code CREATE EXTENSION postgis} in the database once
 * ({@code .ci/postgres.sh} does). The store tries to create it itself and carries on without it if it may not.
 * Names are qualified with the extension's schema, so a store in its own schema ({@code ?currentSchema=})
 * finds PostGIS installed in {@code public}.
 */
final class PostGis {
  private final String schema;

  private PostGis(String schema) {
    this.schema = schema;
  }

  /** Sets PostGIS up on the store's tables if the database has it or lets us create it; runs in its own transaction. */
  static Optional<PostGis> enable(Connection connection) throws SQLException {
    Optional<String> schema = installedSchema(connection);
    if (schema.isEmpty() && available(connection)) {
      Savepoint before = connection.setSavepoint();
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        schema = installedSchema(connection);
      } catch (SQLException notAllowed) {
        connection.rollback(before); // most roles may not create it: the plain columns serve
      }
    }
    if (schema.isEmpty()) {
      connection.commit();
      return Optional.empty();
    }
    String s = quote(schema.get());
    try (Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS geom " + s + ".geometry(Point, 4326) "
          + "GENERATED ALWAYS AS (" + s + ".ST_SetSRID(" + s + ".ST_MakePoint(longitude, latitude), 4326)) STORED");
      statement.execute("CREATE INDEX IF NOT EXISTS events_geom ON events USING GIST (geom)");
    }
    connection.commit();
    return Optional.of(new PostGis(schema.get()));
  }

  /** The condition that {@code e.geom} lies in one envelope, with four bindings: west, south, east, north. */
  String inEnvelope() {
    String s = quote(schema);
    return "e.geom OPERATOR(" + s + ".&&) " + s + ".ST_MakeEnvelope(?, ?, ?, ?, 4326)";
  }

  private static Optional<String> installedSchema(Connection connection) throws SQLException {
    String sql = "SELECT n.nspname FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace"
        + " WHERE x.extname = 'postgis'";
    try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
      return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
    }
  }

  private static boolean available(Connection connection) throws SQLException {
    String sql = "SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'";
    try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
      return row.next();
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
