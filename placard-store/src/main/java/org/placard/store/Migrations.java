// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The schema's versioned migrations, from one place for every database: {@code db/migration/common} holds the
 * SQL that SQLite and PostgreSQL both accept, {@code db/migration/<dialect>} only what truly differs.
 * Opening a store applies pending migrations and nothing else.
 */
final class Migrations {
  /** Flyway's history table, named for Placard so that its presence marks a Placard database. */
  static final String HISTORY_TABLE = "placard_schema_history";

  private Migrations() {}

  static void migrate(DataSource dataSource, Dialect dialect, String location) throws StoreException {
    Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration/common", dialect.migrationLocation())
        .table(HISTORY_TABLE)
        .failOnMissingLocations(true)
        .load();
    try {
      flyway.migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot open " + location + ": its schema could not be brought up to date: "
          + e.getMessage(), e);
    }
  }
}
