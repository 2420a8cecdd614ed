// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The few places where SQLite and PostgreSQL differ for Placard: how dates and times are bound and read, and
 * which migration folder holds the dialect's own scripts. Everything else is shared SQL.
 */
enum Dialect {
  /** SQLite has no date type: dates are ISO-8601 text, whose order is date order. */
  SQLITE("sqlite") {
    @Override
    void bindDate(PreparedStatement statement, int index, Optional<LocalDate> date) throws SQLException {
      if (date.isPresent()) {
        statement.setString(index, date.get().toString());
      } else {
        statement.setNull(index, Types.VARCHAR);
      }
    }

    @Override
    Optional<LocalDate> date(ResultSet row, String column) throws SQLException {
      return Optional.ofNullable(row.getString(column)).map(LocalDate::parse);
    }

    @Override
    void bindTime(PreparedStatement statement, int index, Instant time) throws SQLException {
      statement.setString(index, time.toString());
    }
  },

  /** PostgreSQL binds {@code java.time} values to DATE and TIMESTAMP columns directly. */
  POSTGRESQL("postgresql") {
    @Override
    void bindDate(PreparedStatement statement, int index, Optional<LocalDate> date) throws SQLException {
      if (date.isPresent()) {
        statement.setObject(index, date.get());
      } else {
        statement.setNull(index, Types.DATE);
      }
    }

    @Override
    Optional<LocalDate> date(ResultSet row, String column) throws SQLException {
      return Optional.ofNullable(row.getObject(column, LocalDate.class));
    }

    @Override
    void bindTime(PreparedStatement statement, int index, Instant time) throws SQLException {
      // reports.ingested_at is a TIMESTAMP without zone on both databases: it holds UTC.
      statement.setObject(index, LocalDateTime.ofInstant(time, ZoneOffset.UTC));
    }
  };

  private final String migrationFolder;

  Dialect(String migrationFolder) {
    this.migrationFolder = migrationFolder;
  }

  /** The classpath folder beside {@code db/migration/common} with this dialect's own migrations. */
  String migrationLocation() {
    return "classpath:db/migration/" + migrationFolder;
  }

  abstract void bindDate(PreparedStatement statement, int index, Optional<LocalDate> date) throws SQLException;

  abstract Optional<LocalDate> date(ResultSet row, String column) throws SQLException;

  abstract void bindTime(PreparedStatement statement, int index, Instant time) throws SQLException;

  void bindDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
    bindDate(statement, index, Optional.of(date));
  }

  LocalDate requiredDate(ResultSet row, String column) throws SQLException {
    return date(row, column).orElseThrow(() -> new SQLException("no date in column " + column));
  }
}
