// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on PostgreSQL, at the URL in {@code PLACARD_TEST_PG_URL} ({@code .ci/postgres.sh} starts a
 * server and prints one). Each test gets a schema of its own, dropped afterwards, so the database is not wiped.
 *
 * <p>In CI ({@code CI=true}) a missing URL FAILS the suite: PostgreSQL support must never go untested there
 * unnoticed. Only outside CI, on a developer's machine without PostgreSQL, are these tests skipped.
 */
class PostgresEventStoreTest extends EventMergeContract {
  private static final String URL_VARIABLE = "PLACARD_TEST_PG_URL";
  private static String url;
  private String schema;

  @BeforeAll
  static void needsAServer() {
    url = System.getenv(URL_VARIABLE);
    boolean inCi = "true".equalsIgnoreCase(System.getenv("CI"));
    if ((url == null || url.isBlank()) && inCi) {
      fail(URL_VARIABLE + " is not set: CI must run .ci/postgres.sh and export the URL it prints");
    }
    assumeTrue(url != null && !url.isBlank(), URL_VARIABLE + " is not set: PostgreSQL tests skipped (outside CI only)");
  }

  @Override
  protected void prepare() throws SQLException {
    schema = "placard_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    try (Connection admin = rawConnection(false); Statement statement = admin.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection admin = rawConnection(false); Statement statement = admin.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Override
  protected EventStore open() throws StoreException {
    return EventStores.open(inSchema(url));
  }

  @Override
  protected Connection rawConnection() throws SQLException {
    return rawConnection(true);
  }

  private Connection rawConnection(boolean inSchema) throws SQLException {
    PostgresLocation where = PostgresLocation.parse(inSchema ? inSchema(url) : url);
    Properties credentials = new Properties();
    where.user().ifPresent(user -> credentials.setProperty("user", user));
    where.password().ifPresent(password -> credentials.setProperty("password", password));
    return DriverManager.getConnection(where.jdbcUrl(), credentials);
  }

  private String inSchema(String base) {
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Test
  void aPostgresUrlOpensAPostgresStore() {
    assertThat(store).isInstanceOf(PostgresEventStore.class);
    assertThat(((JdbcEventStore) store).location()).doesNotContain(":placard_test@").contains("currentSchema=");
  }

  @Test
  void boxQueriesUseAPostGisIndexExactlyWhenTheDatabaseHasPostGis() throws SQLException {
    boolean installed;
    try (Connection raw = rawConnection(false); Statement statement = raw.createStatement();
        var row = statement.executeQuery("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'")) {
      row.next();
      installed = row.getInt(1) == 1;
    }
    assertThat(((JdbcEventStore) store).spatialIndex()).isEqualTo(installed);
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      assertThat(installed).as(".ci/postgres.sh installs PostGIS, so CI tests the spatial path").isTrue();
    }
    try (Connection raw = rawConnection(); Statement statement = raw.createStatement();
        var row = statement.executeQuery("SELECT count(*) FROM information_schema.columns"
            + " WHERE table_schema = current_schema() AND table_name = 'events' AND column_name = 'geom'")) {
      row.next();
      assertThat(row.getInt(1)).isEqualTo(installed ? 1 : 0);
    }
  }

  @Test
  void aWrongPasswordIsReportedWithoutShowingIt() {
    PostgresLocation where = PostgresLocation.parse(url);
    String wrong = where.jdbcUrl() + (where.jdbcUrl().contains("?") ? "&" : "?")
        + "user=" + where.user().orElse("nobody") + "&password=secret-wrong";
    assertThatThrownBy(() -> EventStores.open(wrong))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot open jdbc:postgresql://")
        .hasMessageNotContaining("secret-wrong");
  }
}
