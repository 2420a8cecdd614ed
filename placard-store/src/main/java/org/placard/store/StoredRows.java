// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import static org.placard.store.EventReader.optional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.placard.model.Problem;
import org.placard.model.Report;

/** Reads of what is not an event: reports, problems, counts and the schema version. */
final class StoredRows {
  private final Connection connection;
  private final Dialect dialect;

  StoredRows(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  Optional<Report> report(String id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT id, text, title, url, outlet, published, language, input FROM reports WHERE id = ?")) {
      select.setString(1, id);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new Report(row.getString("id"), row.getString("text"), optional(row, "title"),
            optional(row, "url"), optional(row, "outlet"), dialect.date(row, "published"),
            row.getString("language"), Optional.empty(), row.getString("input")));
      }
    }
  }

  List<Problem> problems() throws SQLException {
    List<Problem> problems = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT input, report_id, stage, message, quote FROM problems ORDER BY id");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        problems.add(new Problem(row.getString("input"), optional(row, "report_id"), row.getString("stage"),
            row.getString("message"), optional(row, "quote")));
      }
    }
    return problems;
  }

  /** Rows in {@code table}, a constant of the caller's. */
  long count(String table) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  String schemaVersion() throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT version FROM " + Migrations.HISTORY_TABLE
        + " WHERE success = ? AND version IS NOT NULL ORDER BY installed_rank DESC");
        ) {
      select.setBoolean(1, true);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new SQLException("no schema migration has been applied");
        }
        return row.getString(1);
      }
    }
  }
}
