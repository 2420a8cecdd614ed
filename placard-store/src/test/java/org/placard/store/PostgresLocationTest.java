// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostgresLocationTest {
  @Test
  void libpqUrlsBecomeJdbcUrlsWithCredentialsApart() {
    PostgresLocation where = PostgresLocation.parse("postgresql://ana:s3cr%40t+x@db.example:5433/events?sslmode=require");

    assertThat(where).isEqualTo(new PostgresLocation("jdbc:postgresql://db.example:5433/events?sslmode=require",
        Optional.of("ana"), Optional.of("s3cr@t+x"), "postgresql://ana:***@db.example:5433/events?sslmode=require"));
  }

  @Test
  void userPasswordAndPortAreOptional() {
    assertThat(PostgresLocation.parse("postgres://localhost/placard"))
        .isEqualTo(new PostgresLocation("jdbc:postgresql://localhost/placard", Optional.empty(), Optional.empty(),
            "postgresql://localhost/placard"));
    assertThat(PostgresLocation.parse("postgresql://ana@[::1]:5432/p").user()).contains("ana");
    assertThat(PostgresLocation.parse("postgresql://ana@[::1]:5432/p").jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5432/p");
  }

  @Test
  void jdbcUrlsPassThroughWithThePasswordMaskedForMessages() {
    String jdbc = "jdbc:postgresql://localhost:5432/p?user=ana&password=hunter2&ssl=true";
    PostgresLocation where = PostgresLocation.parse(jdbc);

    assertThat(where.jdbcUrl()).isEqualTo(jdbc);
    assertThat(where.display()).isEqualTo("jdbc:postgresql://localhost:5432/p?user=ana&password=***&ssl=true");
  }

  @Test
  void onlyPostgresSchemesAreAccepted() {
    assertThat(PostgresLocation.accepts("postgresql://h/d")).isTrue();
    assertThat(PostgresLocation.accepts("postgres://h/d")).isTrue();
    assertThat(PostgresLocation.accepts("jdbc:postgresql://h/d")).isTrue();
    assertThat(PostgresLocation.accepts("placard.db")).isFalse();
    assertThat(PostgresLocation.accepts("mysql://h/d")).isFalse();
  }

  @Test
  void aUrlWithoutHostIsRefusedWithoutShowingThePassword() {
    assertThatThrownBy(() -> PostgresLocation.parse("postgresql:///db"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a host");
    assertThatThrownBy(() -> PostgresLocation.parse("postgresql://ana:pa ss@h/db"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pa ss");
  }
}
